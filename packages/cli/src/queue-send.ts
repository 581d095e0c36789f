import { EXIT, type ExitCode } from "./exit-codes.js";
import { type CliIo, writeLine } from "./io.js";
import { readQueueLocation, redactUrl } from "./queue-location.js";
import { loadQueuePackage } from "./queue-package.js";
import type { SendOptions } from "./send-options.js";
import { readMessageAndReceivers } from "./send-plan.js";
import { UsageError } from "./usage-error.js";
import { validateRequests } from "./validate-request.js";

/** Flags of `send` that belong to the workers, not to enqueueing. */
const WORKER_ONLY: [keyof SendOptions, string][] = [
  ["region", "--region"],
  ["baseUrl", "--base-url"],
  ["concurrency", "--concurrency"],
  ["timeoutMs", "--timeout"],
];

/**
 * `yunxin-im send --queue <redis-url>`: reads and checks the message and every receiver as a send
 * would, then enqueues the broadcast for `yunxin-im worker`s and prints its id on stdout (a JSON
 * object with --json). Needs no credentials: the workers sign with their own.
 */
export async function enqueueSend(options: SendOptions, io: CliIo): Promise<ExitCode> {
  const location = readQueueLocation("send --queue", options.queue, options.queueName);
  for (const [field, flag] of WORKER_ONLY) {
    if (options[field] !== undefined) {
      throw new UsageError(`${flag} is for yunxin-im worker: with --queue, send only enqueues`);
    }
  }
  if (options.mock) throw new UsageError("--mock cannot be combined with --queue");
  if (options.resumeFile !== undefined) {
    throw new UsageError(
      "--resume cannot be combined with --queue: a queued broadcast resumes by itself (its workers record every receiver)",
    );
  }
  if (options.dryRun) throw new UsageError("--dry-run cannot be combined with --queue");
  const { body, flagOf, bodySource, receivers } = await readMessageAndReceivers(options, io);
  validateRequests(body, receivers.ids, { flagOf, bodySource });

  const { createBroadcastQueue } = await loadQueuePackage("send --queue");
  const queue = createBroadcastQueue({
    connection: location.url,
    ...(location.queueName === undefined ? {} : { queueName: location.queueName }),
  });
  try {
    const result = await queue.enqueue({
      message: body,
      receivers: receivers.ids,
      ...(options.broadcastId === undefined ? {} : { broadcastId: options.broadcastId }),
    });
    const { broadcastId, created, status } = result;
    if (options.json) {
      await writeLine(io.stdout, JSON.stringify({ broadcastId, created, status }));
    } else {
      await writeLine(io.stdout, broadcastId);
    }
    const where = `--queue ${redactUrl(location.url)}${location.queueName ? ` --queue-name ${location.queueName}` : ""}`;
    await writeLine(
      io.stderr,
      created
        ? `queued ${status.receivers} receivers in ${status.chunks} calls as broadcast ${broadcastId}` +
            `${receivers.duplicates > 0 ? ` (${receivers.duplicates} repeated ids dropped)` : ""}; ` +
            `yunxin-im worker ${where} sends them, yunxin-im status ${broadcastId} ${where} follows them`
        : `broadcast ${broadcastId} exists already (${status.state}): nothing was added`,
    );
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}
