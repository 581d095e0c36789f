import type { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { enqueueBroadcast } from "./queue-enqueue.js";
import { readQueueLocation } from "./queue-location.js";
import type { SendOptions } from "./send-options.js";
import { readMessageAndReceivers } from "./send-plan.js";
import { UsageError } from "./usage-error.js";
import { validateRequests } from "./validate-request.js";

/** Flags of `send` that belong to the workers, not to enqueueing. */
export const WORKER_ONLY: [keyof SendOptions, string][] = [
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
  const location = readQueueLocation(
    "send --queue",
    options.queue,
    options.queueName,
    options.cluster,
  );
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

  return enqueueBroadcast(io, {
    command: "send --queue",
    location,
    operation: "sendBatchMessages",
    message: body,
    receivers: receivers.ids,
    duplicates: receivers.duplicates,
    broadcastId: options.broadcastId,
    json: options.json,
  });
}
