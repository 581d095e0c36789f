import { OPERATIONS } from "@yunxin-im/core";
import {
  assertValidBatchMessage,
  BATCH_OPERATIONS,
  type NotificationOutcome,
  RATE_PLANS,
  sendToMany,
} from "@yunxin-im/fanout";
import { AttemptObserver } from "./attempt-observer.js";
import type { Command } from "./command.js";
import { connect } from "./connection.js";
import { mockAvailability } from "./embedded-mock.js";
import { EXIT } from "./exit-codes.js";
import { optionalCount } from "./flag-values.js";
import { type FlagSpecs, type FlagValues, parseFlags } from "./flags.js";
import { formatOutcome, formatSummary, outcomeRecord, plural } from "./format.js";
import { type CliIo, ResultOutput, writeLine } from "./io.js";
import { enqueueBroadcast } from "./queue-enqueue.js";
import { readQueueLocation } from "./queue-location.js";
import { parseRateFlags } from "./rate-flags.js";
import { collectReceivers } from "./receivers.js";
import { SEND_FLAGS } from "./send-flags.js";
import { resolveTarget } from "./target.js";
import { asUsageError, UsageError } from "./usage-error.js";

const OPERATION = BATCH_OPERATIONS.sendBatchCustomNotification;

const NOTIFY_FLAGS = {
  to: SEND_FLAGS.to,
  "to-file": SEND_FLAGS["to-file"],
  from: SEND_FLAGS.from,
  content: {
    type: "string",
    value: "<text>",
    group: "Notification",
    description: "The notification's content, which your client apps interpret (required)",
  },
  region: SEND_FLAGS.region,
  "base-url": SEND_FLAGS["base-url"],
  mock: SEND_FLAGS.mock,
  "rate-plan": SEND_FLAGS["rate-plan"],
  "calls-per-minute": SEND_FLAGS["calls-per-minute"],
  concurrency: SEND_FLAGS.concurrency,
  timeout: SEND_FLAGS.timeout,
  queue: SEND_FLAGS.queue,
  "queue-name": SEND_FLAGS["queue-name"],
  cluster: SEND_FLAGS.cluster,
  "broadcast-id": SEND_FLAGS["broadcast-id"],
  json: SEND_FLAGS.json,
  quiet: SEND_FLAGS.quiet,
  help: SEND_FLAGS.help,
} as const satisfies FlagSpecs;

const HELP = `yunxin-im notify — send one custom notification to any number of receivers

Usage:
  yunxin-im notify --from <sender> --to <ids> --content <text> [options]
  yunxin-im notify --from <sender> --to-file <path> --content <text> --queue <redis-url>

Sends a custom (system) notification through batch custom notification
(POST ${OPERATIONS.sendBatchCustomNotification.path}), up to ${OPERATION.maxReceivers} receivers a call, paced in the ${OPERATION.rateLimitCategory} rate
category it shares with yunxin-im send, and prints each receiver: sent, failed or not attempted.
A custom notification is not stored in the message history.

  --from <sender>          The sender's account id (required)
  --content <text>         The notification's content, which your client apps interpret (required)
  --to <ids>               A receiver id, or several separated by commas; repeatable
  --to-file <path>         A file with one id per line; "-" reads stdin; repeatable
  --region <cn|sg>         Mainland China (default) or Singapore
  --base-url <url>         An explicit host instead (a proxy, a test server)
  --mock                   Use the embedded Prism mock
  --rate-plan <plan>       ${Object.keys(RATE_PLANS).join(", ")}: your app's plan for the ${OPERATION.rateLimitCategory} category
  --calls-per-minute <n>   The limit configured for your app, up to the plan's maximum
  --concurrency <n>        Calls in flight at once (default 4)
  --timeout <ms>           Per-attempt timeout in milliseconds (default 10000)
  --queue <redis-url>      Enqueue the notification in this Redis for yunxin-im worker
                           processes instead of sending now; prints its id (no credentials
                           needed); the workers send it in the same rate category
  --queue-name <name>      The queue in that Redis (default "broadcasts"; one per app)
  --cluster                The --queue hosts are nodes of a Redis Cluster:
                           redis://host:port,host:port (any of its masters)
  --broadcast-id <id>      The broadcast's id (default: a random UUID); the same id again
                           adds nothing
  --json                   One JSON object per receiver outcome, then {"summary": …}
  -q, --quiet              Print only receivers that were not sent, and the summary
  -h, --help               Show this help

Credentials come from YUNXIN_APP_KEY and YUNXIN_APP_SECRET, as for yunxin-im send.`;

/** Flags for sending now, which a queued notification leaves to the workers. */
const WORKER_ONLY = ["region", "base-url", "concurrency", "timeout"] as const;

/** `yunxin-im notify`: batch custom notifications, through the same fan-out as `send`. */
export const notifyCommand: Command = {
  name: "notify",
  usage: ["yunxin-im notify --from <sender> --to <ids> --content <text> [options]"],
  summary: `Send one custom notification to any number of receivers (up to ${OPERATION.maxReceivers} per call,\npaced in the batch-send rate category) and report each receiver`,
  help: () => HELP,
  async run(argv, io) {
    const flags = parseFlags(argv, NOTIFY_FLAGS, "yunxin-im notify");
    if (flags.help) {
      await writeLine(io.stdout, HELP);
      return EXIT.ok;
    }
    if (flags.from === undefined) throw new UsageError("--from <sender> is required");
    if (flags.content === undefined) throw new UsageError("--content <text> is required");
    const { plan, callsPerMinute } = parseRateFlags(flags["rate-plan"], flags["calls-per-minute"]);
    const concurrency = optionalCount("--concurrency", flags.concurrency);
    const timeoutMs = optionalCount("--timeout", flags.timeout);
    const message = { sender_id: flags.from, content: flags.content };
    try {
      assertValidBatchMessage(OPERATION, message);
    } catch (error) {
      throw asUsageError(error);
    }
    if (flags.queue !== undefined) return enqueueNotification(flags, message, io);
    const target = resolveTarget(
      { mock: flags.mock, region: flags.region, baseUrl: flags["base-url"] },
      io.env,
      () => mockAvailability(io.mockLauncher),
    );
    const { ids: receivers, duplicates } = await notifyReceivers(flags, io);
    const connection = await connect(
      { target, options: { timeoutMs } },
      new AttemptObserver([], { readCode: false }),
      io.mockLauncher,
    );
    const stdout = new ResultOutput(io.stdout);
    try {
      if (!flags.json) {
        const calls = Math.ceil(receivers.length / OPERATION.maxReceivers);
        await writeLine(
          io.stderr,
          `Sending a custom notification from ${flags.from} to ${plural(receivers.length, "receiver")} in ${plural(calls, "call")} (${plan} plan: up to ${callsPerMinute} calls a minute)${duplicates > 0 ? `; ${plural(duplicates, "repeated receiver id")} ignored` : ""}.`,
        );
      }
      const stop = io.signal ? AbortSignal.any([io.signal, stdout.signal]) : stdout.signal;
      const run = sendToMany({
        client: connection.client,
        operation: OPERATION.operationId as "sendBatchCustomNotification",
        message,
        receivers,
        rateLimit: { callsPerMinute },
        ...(concurrency === undefined ? {} : { concurrency }),
        signal: stop,
      });
      for await (const outcome of run) await print(stdout, outcome, flags);
      const summary = await run.summary();
      await stdout.writeLine(flags.json ? JSON.stringify({ summary }) : formatSummary(summary));
      if (io.signal?.aborted) return EXIT.interrupted;
      return summary.sent === receivers.length ? EXIT.ok : EXIT.failed;
    } catch (error) {
      throw asUsageError(error);
    } finally {
      stdout.dispose();
      await connection.close();
    }
  },
};

type NotifyFlags = FlagValues<typeof NOTIFY_FLAGS>;

/** The receivers of `--to`, `--to-file` and stdin; a usage error when there are none. */
async function notifyReceivers(flags: NotifyFlags, io: CliIo) {
  const receivers = await collectReceivers({
    to: flags.to ?? [],
    toFiles: flags["to-file"] ?? [],
    stdin: io.stdin,
  });
  if (receivers.ids.length === 0) {
    throw new UsageError("no receivers: give --to <ids>, --to-file <path> or ids on stdin");
  }
  return receivers;
}

/** `notify --queue`: the notification enqueued for `yunxin-im worker`s, as `send --queue` does a message. */
async function enqueueNotification(flags: NotifyFlags, message: object, io: CliIo) {
  const location = readQueueLocation(
    "notify --queue",
    flags.queue,
    flags["queue-name"],
    flags.cluster,
  );
  for (const flag of WORKER_ONLY) {
    if (flags[flag] !== undefined) {
      throw new UsageError(`--${flag} is for yunxin-im worker: with --queue, notify only enqueues`);
    }
  }
  if (flags.mock) throw new UsageError("--mock cannot be combined with --queue");
  const { ids: receivers, duplicates } = await notifyReceivers(flags, io);
  try {
    return await enqueueBroadcast(io, {
      command: "notify --queue",
      location,
      operation: OPERATION.operationId,
      message,
      receivers,
      duplicates,
      broadcastId: flags["broadcast-id"],
      json: flags.json,
    });
  } catch (error) {
    throw asUsageError(error, "nothing was queued");
  }
}

async function print(
  stdout: ResultOutput,
  outcome: NotificationOutcome,
  flags: { json?: boolean | undefined; quiet?: boolean | undefined },
): Promise<void> {
  if (flags.json) {
    const record =
      outcome.status === "sent"
        ? {
            status: outcome.status,
            receiverId: outcome.receiverId,
            traceId: outcome.traceId,
            attempts: outcome.attempts,
          }
        : outcomeRecord(outcome);
    await stdout.writeLine(JSON.stringify(record));
    return;
  }
  if (outcome.status === "sent") {
    if (!flags.quiet) await stdout.writeLine(`✓ ${outcome.receiverId}  notified`);
    return;
  }
  await stdout.writeLine(formatOutcome(outcome));
}
