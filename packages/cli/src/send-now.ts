import { YunxinValidationError } from "@yunxin-im/core";
import { type ReceiverOutcome, sendToMany } from "@yunxin-im/fanout";
import { AttemptObserver } from "./attempt-observer.js";
import { CallWindow } from "./call-window.js";
import { type Connection, connect } from "./connection.js";
import { DebugLog, debugFromEnvironment } from "./debug-log.js";
import { MOCK_EXAMPLE_RECEIVER } from "./embedded-mock.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { plural } from "./format.js";
import { type CliIo, ResultOutput, writeLine } from "./io.js";
import { type OtlpExport, otlpWanted, startOtlpExport } from "./otlp-export.js";
import { SendReport } from "./report.js";
import { type SendPlan, summarisePlan } from "./send-plan.js";
import { UsageError } from "./usage-error.js";

/**
 * Carries out a plan: starts the mock or connects to the host, sends every call through the
 * fan-out sender, and reports each receiver's outcome. Resolves with the exit status.
 */
export async function sendNow(plan: SendPlan, io: CliIo): Promise<ExitCode> {
  const { options, receivers } = plan;
  if (io.signal?.aborted) return interruptedBeforeSending(io);
  const calls = new CallWindow();
  const stdout = new ResultOutput(io.stdout);
  const debug = options.debug || debugFromEnvironment(io.env.YUNXIN_DEBUG);
  const debugLog = new DebugLog((line) => void report.status(line));
  const observer = new AttemptObserver(debug ? [calls, debugLog] : [calls], { readCode: debug });
  const report = new SendReport(
    { json: options.json, quiet: options.quiet, stdout, stderr: io.stderr, evidence: observer },
    receivers.length,
    calls,
  );
  const alreadySent = plan.totalReceivers - receivers.length;
  if (receivers.length === 0) {
    try {
      return await reportNothingToSend(plan, report);
    } finally {
      stdout.dispose();
    }
  }
  const otlp = otlpWanted(options.otel, io.env) ? await startOtlpExport() : undefined;
  try {
    return await sendWith(plan, io, { report, stdout, observer, alreadySent }, otlp);
  } finally {
    await otlp?.shutdown();
  }
}

async function sendWith(
  plan: SendPlan,
  io: CliIo,
  {
    report,
    stdout,
    observer,
    alreadySent,
  }: {
    report: SendReport;
    stdout: ResultOutput;
    observer: AttemptObserver;
    alreadySent: number;
  },
  otlp: OtlpExport | undefined,
): Promise<ExitCode> {
  const { options, receivers } = plan;
  const telemetry = otlp
    ? { tracerProvider: otlp.tracerProvider, meterProvider: otlp.meterProvider }
    : {};
  let connection: Connection;
  try {
    connection = await connect(plan, observer, io.mockLauncher, telemetry);
  } catch (error) {
    // Ctrl-C while the mock starts also stops the mock (its launcher does): not a failure.
    if (io.signal?.aborted) return interruptedBeforeSending(io);
    throw error;
  }
  try {
    if (io.signal?.aborted) return interruptedBeforeSending(io);
    const baseUrl = connection.client.baseUrls[0] ?? "";
    await report.start({
      mock: connection.mock !== undefined,
      baseUrl,
      spec: connection.mock?.spec,
      senderId: plan.body.sender_id,
      messageType: plan.body.message.message_type,
      receivers: receivers.length,
      duplicates: plan.duplicates,
      pacing: `${options.rate.plan} plan: up to ${options.rate.callsPerMinute} calls a minute`,
      summaryFields: summaryFieldsOf(plan),
      alreadySent,
    });
    await reportEarlierRun(plan, report, baseUrl);

    // Ctrl-C, or stdout's reader going away: either way no new call starts.
    const stop = io.signal ? AbortSignal.any([io.signal, stdout.signal]) : stdout.signal;
    const run = sendToMany({
      client: connection.client,
      message: plan.body,
      receivers,
      total: receivers.length,
      rateLimit: { callsPerMinute: options.rate.callsPerMinute },
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      signal: stop,
      onProgress: (progress) => report.progress(progress),
      ...telemetry,
    });
    const stopping = () => {
      void report.status(
        "Stopping: no new calls start; the calls in flight finish first (Ctrl-C again leaves at once).",
      );
    };
    io.signal?.addEventListener("abort", stopping, { once: true });
    let unreportedByMock = 0;
    const withoutOutcome = new Set(receivers);
    try {
      for await (const outcome of run) {
        withoutOutcome.delete(outcome.receiverId);
        if (connection.mock && isUnreported(outcome)) unreportedByMock++;
        await report.outcome(outcome);
      }
    } finally {
      io.signal?.removeEventListener("abort", stopping);
    }
    const fanoutSummary = await run.summary();
    const interrupted = io.signal?.aborted === true;
    // A run that stops early may leave receivers it never read without an outcome; every
    // receiver still gets its line, so the user sees exactly who was not sent.
    const reason = interrupted ? "aborted" : fanoutSummary.aborted ? "rate limited" : "stopped";
    for (const receiverId of withoutOutcome) {
      await report.outcome({ status: "not_attempted", receiverId, reason });
    }
    const summary = {
      ...fanoutSummary,
      notAttempted: fanoutSummary.notAttempted + withoutOutcome.size,
    };
    const notes: string[] = [];
    if (unreportedByMock > 0) {
      notes.push(
        `Note: the mock answers every call with the spec's example, whose success_list names only ${MOCK_EXAMPLE_RECEIVER}; ${unreportedByMock === 1 ? "1 other receiver is" : `${unreportedByMock} other receivers are`} in neither list and shown as failed (unreported). A real server reports every receiver.`,
      );
    }
    if (interrupted) {
      notes.push(
        "Interrupted: receivers marked 'not attempted' were not sent; the calls in flight finished and are reported above.",
      );
    } else if (summary.aborted) {
      notes.push(
        "Stopped early: the API kept answering 416 (rate limited); receivers marked 'not attempted' were not sent. Try again later or lower --calls-per-minute.",
      );
    }
    await report.finish(summary, notes);
    if (stdout.closed) {
      await reportClosedStdout(
        io,
        { ...summary, sent: summary.sent + alreadySent },
        plan.totalReceivers,
      );
    }
    if (interrupted) return EXIT.interrupted;
    return summary.sent === receivers.length ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof YunxinValidationError) {
      throw new UsageError(`${error.issues[0]?.message ?? error.message}; nothing was sent`);
    }
    throw error;
  } finally {
    stdout.dispose();
    await connection.close();
  }
}

/**
 * The results could not all be written: say on stderr what happened to every receiver, so a
 * partial send never passes for a complete one (the exit status says so too).
 */
async function reportClosedStdout(
  io: CliIo,
  summary: { sent: number; failed: number; notAttempted: number },
  total: number,
): Promise<void> {
  const notSent = total - summary.sent;
  await writeLine(
    io.stderr,
    `error: stdout was closed before all results were written (no call starts once that is noticed). Of ${plural(total, "receiver")}, ${summary.sent} ${summary.sent === 1 ? "was" : "were"} sent and ${notSent} ${notSent === 1 ? "was" : "were"} not (${summary.failed} failed, ${summary.notAttempted} not attempted); the results written after it closed are lost.`,
  );
}

/** The `--json` summary's own fields: the message's fingerprint, and what --resume skipped. */
function summaryFieldsOf(plan: SendPlan): Record<string, unknown> {
  return {
    fingerprint: plan.fingerprint,
    ...(plan.resumed ? { alreadySent: plan.totalReceivers - plan.receivers.length } : {}),
  };
}

/**
 * The first results of a `--json` run: the plan (with the message's fingerprint, so a run cut
 * off before its summary can still be resumed), then the `sent` records of the receivers an
 * earlier run had sent, so this run's output alone is complete for the next `--resume`.
 */
async function reportEarlierRun(plan: SendPlan, report: SendReport, baseUrl?: string) {
  await report.record({ plan: summarisePlan(plan, baseUrl) });
  const earlier = plan.resumed;
  if (!earlier) return;
  for (const record of earlier.sent.values()) await report.record({ ...record, resumed: true });
  const skipped = plan.totalReceivers - plan.receivers.length;
  await report.status(
    `Resuming: ${plural(skipped, "receiver")} already sent in ${earlier.path} ${skipped === 1 ? "is" : "are"} skipped.`,
  );
  if (earlier.maybeDelivered.size > 0) {
    await report.status(
      `Note: ${earlier.path} reports ${plural(earlier.maybeDelivered.size, "receiver")} failed but maybe delivered; ${earlier.maybeDelivered.size === 1 ? "it is" : "they are"} sent again.`,
    );
  }
  if (earlier.cutOff) {
    await report.status(`Note: the last line of ${earlier.path} was cut off and is ignored.`);
  }
}

/** Every receiver was already sent (`--resume`): nothing to connect to, and success. */
async function reportNothingToSend(plan: SendPlan, report: SendReport): Promise<ExitCode> {
  await report.start({
    mock: plan.target.kind === "mock",
    baseUrl: summarisePlan(plan).baseUrl ?? "",
    senderId: plan.body.sender_id,
    messageType: plan.body.message.message_type,
    receivers: 0,
    duplicates: plan.duplicates,
    pacing: "",
    summaryFields: summaryFieldsOf(plan),
    alreadySent: plan.totalReceivers,
    nothingToSend: true,
  });
  await reportEarlierRun(plan, report);
  const summary = {
    sent: 0,
    failed: 0,
    notAttempted: 0,
    calls: 0,
    rateLimited: 0,
    durationMs: 0,
    aborted: false,
  };
  await report.finish(summary, []);
  return EXIT.ok;
}

/** A receiver the answer named in neither list (the fan-out reports it failed, maybe delivered). */
function isUnreported(outcome: ReceiverOutcome): boolean {
  return (
    outcome.status === "failed" &&
    outcome.errorCode === undefined &&
    /unreported/i.test(outcome.errorMsg)
  );
}

async function interruptedBeforeSending(io: CliIo): Promise<ExitCode> {
  await writeLine(io.stderr, "Interrupted before sending: nothing was sent.");
  return EXIT.interrupted;
}
