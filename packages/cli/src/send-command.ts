import { createYunxinClient, type YunxinClient, YunxinValidationError } from "@yunxin-im/core";
import { RATE_PLANS, type ReceiverOutcome, sendToMany } from "@yunxin-im/fanout";
import { createSigningMiddleware, SigningConfigError } from "@yunxin-im/signing";
import {
  type EmbeddedMock,
  MOCK_CREDENTIALS,
  MOCK_EXAMPLE_RECEIVER,
  startEmbeddedMock,
} from "./embedded-mock.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { SEND_HELP } from "./help.js";
import { type CliIo, writeLine } from "./io.js";
import { buildMessage } from "./message.js";
import { collectReceivers } from "./receivers.js";
import { SendReport } from "./report.js";
import { parseSendOptions, type SendOptions } from "./send-options.js";
import { type Environment, resolveTarget, type Target } from "./target.js";
import { UsageError } from "./usage-error.js";
import { validateRequests } from "./validate-request.js";

/**
 * `yunxin-im send`: everything the user gave is read and checked against the spec first; only
 * then is the mock started or the host contacted. Returns the exit status.
 */
export async function runSend(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = parseSendOptions(argv);
  if (options.help) {
    await writeLine(io.stdout, SEND_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options, io.env);
  const rateLimitBlockMs = readBlockMs(io.env);
  const message = await buildMessage({
    type: options.messageType,
    text: options.text,
    attachmentFile: options.attachmentFile,
    subType: options.subType,
  });
  const receivers = await collectReceivers({
    to: options.to,
    toFiles: options.toFiles,
    stdin: io.stdin,
  });
  validateRequests(options.from, message, receivers.ids);
  const senderId = options.from as string;

  if (io.signal?.aborted) return interruptedBeforeSending(io);
  let connection: Connection;
  try {
    connection = await connect(target, options, rateLimitBlockMs, io.mockLauncher);
  } catch (error) {
    // Ctrl-C while the mock starts also stops the mock (its launcher does): not a failure.
    if (io.signal?.aborted) return interruptedBeforeSending(io);
    throw error;
  }
  try {
    if (io.signal?.aborted) return interruptedBeforeSending(io);
    const report = new SendReport(
      { json: options.json, quiet: options.quiet, stdout: io.stdout, stderr: io.stderr },
      receivers.ids.length,
    );
    await report.start({
      mock: connection.mock !== undefined,
      baseUrl: connection.client.baseUrls[0] ?? "",
      spec: connection.mock?.spec,
      senderId,
      messageType: options.messageType,
      receivers: receivers.ids.length,
      duplicates: receivers.duplicates,
      pacing: describePacing(options),
    });

    const run = sendToMany({
      client: connection.client,
      message: { sender_id: senderId, message },
      receivers: receivers.ids,
      total: receivers.ids.length,
      rateLimit: options.rateLimit,
      ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
      ...(io.signal ? { signal: io.signal } : {}),
      onProgress: (progress) => report.progress(progress),
    });
    const stopping = () => {
      void report.status(
        "Stopping: no new calls start; the calls in flight finish first (Ctrl-C again leaves at once).",
      );
    };
    io.signal?.addEventListener("abort", stopping, { once: true });
    let unreportedByMock = 0;
    const withoutOutcome = new Set(receivers.ids);
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
    if (interrupted) return EXIT.interrupted;
    return summary.sent === receivers.ids.length ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof YunxinValidationError) {
      throw new UsageError(`${error.issues[0]?.message ?? error.message}; nothing was sent`);
    }
    throw error;
  } finally {
    await connection.close();
  }
}

interface Connection {
  client: YunxinClient;
  mock: EmbeddedMock | undefined;
  close(): Promise<void>;
}

async function connect(
  target: Target,
  options: SendOptions,
  rateLimitBlockMs: number | undefined,
  mockLauncher?: URL,
): Promise<Connection> {
  const mock = target.kind === "mock" ? await startEmbeddedMock(mockLauncher) : undefined;
  try {
    const client = createYunxinClient({
      ...(mock ? { baseUrl: mock.baseUrl } : {}),
      ...(target.kind === "api" && target.baseUrl !== undefined ? { baseUrl: target.baseUrl } : {}),
      ...(target.kind === "api" && target.region !== undefined ? { region: target.region } : {}),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(rateLimitBlockMs === undefined ? {} : { rateLimitBlockMs }),
    });
    const credentials = target.kind === "api" ? target : MOCK_CREDENTIALS;
    client.use(
      createSigningMiddleware({ appKey: credentials.appKey, appSecret: credentials.appSecret }),
    );
    return { client, mock, close: async () => mock?.stop() };
  } catch (error) {
    await mock?.stop();
    if (error instanceof SigningConfigError) {
      // Its message names the rule, never the value.
      const variable = error.field === "appSecret" ? "YUNXIN_APP_SECRET" : "YUNXIN_APP_KEY";
      throw new UsageError(`${variable} is unusable: ${error.message}`);
    }
    throw error;
  }
}

function describePacing(options: SendOptions): string {
  const limit =
    typeof options.rateLimit === "string"
      ? RATE_PLANS[options.rateLimit].callsPerMinute
      : options.rateLimit.callsPerMinute;
  return `${options.ratePlan} plan: up to ${limit} calls a minute`;
}

/** A receiver the answer named in neither list (the fan-out reports it failed, maybe delivered). */
function isUnreported(outcome: ReceiverOutcome): boolean {
  return (
    outcome.status === "failed" &&
    outcome.errorCode === undefined &&
    /unreported/i.test(outcome.errorMsg)
  );
}

function readBlockMs(env: Environment): number | undefined {
  const value = env.YUNXIN_RATE_LIMIT_BLOCK_MS;
  if (value === undefined || value.trim() === "") return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(
      `YUNXIN_RATE_LIMIT_BLOCK_MS must be a whole number of milliseconds, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value.trim());
}

async function interruptedBeforeSending(io: CliIo): Promise<ExitCode> {
  await writeLine(io.stderr, "Interrupted before sending: nothing was sent.");
  return EXIT.interrupted;
}
