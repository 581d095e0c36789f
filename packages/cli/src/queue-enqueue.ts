import type { BatchOperationId } from "@yunxin-im/fanout";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { type CliIo, writeLine } from "./io.js";
import { locationFlags, type QueueLocation, queueConnection } from "./queue-location.js";
import { loadQueuePackage } from "./queue-package.js";

export interface Enqueueing {
  command: string;
  location: QueueLocation;
  operation: BatchOperationId;
  message: object;
  receivers: string[];
  /** Repeated ids already dropped while reading them, for the message. */
  duplicates: number;
  broadcastId: string | undefined;
  json: boolean | undefined;
}

/**
 * Enqueues a broadcast, already checked against the spec, for `yunxin-im worker`s and prints its
 * id on stdout (a JSON object with --json), and on stderr how to send and follow it.
 */
export async function enqueueBroadcast(io: CliIo, enqueueing: Enqueueing): Promise<ExitCode> {
  const { location, receivers } = enqueueing;
  const { createBroadcastQueue } = await loadQueuePackage(enqueueing.command);
  const queue = createBroadcastQueue({
    connection: queueConnection(location),
    ...(location.queueName === undefined ? {} : { queueName: location.queueName }),
  });
  try {
    const { broadcastId, created, status } = await queue.enqueue({
      operation: enqueueing.operation,
      message: enqueueing.message as never,
      receivers,
      ...(enqueueing.broadcastId === undefined ? {} : { broadcastId: enqueueing.broadcastId }),
    });
    if (enqueueing.json) {
      await writeLine(io.stdout, JSON.stringify({ broadcastId, created, status }));
    } else {
      await writeLine(io.stdout, broadcastId);
    }
    const where = locationFlags(location);
    const dropped = enqueueing.duplicates;
    await writeLine(
      io.stderr,
      created
        ? `queued ${status.receivers} receivers in ${status.chunks} calls as broadcast ${broadcastId}` +
            `${dropped > 0 ? ` (${dropped} repeated ids dropped)` : ""}; ` +
            `yunxin-im worker ${where} sends them, yunxin-im status ${broadcastId} ${where} follows them`
        : `broadcast ${broadcastId} exists already (${status.state}): nothing was added`,
    );
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}
