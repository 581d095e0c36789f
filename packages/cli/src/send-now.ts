import { sendToMany } from "@yunxin-im/fanout";
import { AttemptObserver } from "./attempt-observer.js";
import { CallWindow } from "./call-window.js";
import { type Connection, connect } from "./connection.js";
import { DebugLog, debugFromEnvironment } from "./debug-log.js";
import { reportEarlierRun, reportNothingToSend, summaryFieldsOf } from "./earlier-run-report.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { type CliIo, ResultOutput, writeLine } from "./io.js";
import { type OtlpExport, otlpWanted, startOtlpExport } from "./otlp-export.js";
import { SendReport } from "./report.js";
import { isUnreported, reportClosedStdout, sendNotes } from "./send-notes.js";
import type { SendPlan } from "./send-plan.js";
import { asUsageError } from "./usage-error.js";

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
    await report.finish(
      summary,
      sendNotes({ unreportedByMock, interrupted, aborted: summary.aborted }),
    );
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
    throw asUsageError(error);
  } finally {
    stdout.dispose();
    await connection.close();
  }
}

async function interruptedBeforeSending(io: CliIo): Promise<ExitCode> {
  await writeLine(io.stderr, "Interrupted before sending: nothing was sent.");
  return EXIT.interrupted;
}
