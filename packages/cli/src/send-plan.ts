import type { SendBatchRequest } from "@yunxin-im/core";
import { mockAvailability } from "./embedded-mock.js";
import type { CliIo } from "./io.js";
import { buildMessage } from "./message.js";
import { collectReceivers } from "./receivers.js";
import type { SendOptions } from "./send-options.js";
import { type Environment, resolveTarget, type Target } from "./target.js";
import { UsageError } from "./usage-error.js";
import { validateRequests } from "./validate-request.js";

/**
 * Everything a send will do, read and checked against the spec before anything is sent: where
 * it goes, the body of every call but its receivers, and the receivers. What carries it out
 * (sending now, printing it for --dry-run) takes a plan and nothing else from the user.
 */
export interface SendPlan {
  options: SendOptions;
  target: Target;
  /** The request body without `receiver_ids`; every call sends it with up to 100 receivers. */
  body: Omit<SendBatchRequest, "receiver_ids">;
  /** The receivers to send to, each once, in the order given. */
  receivers: string[];
  /** Repeated receiver ids that were dropped. */
  duplicates: number;
  /** How long a 416 pauses calls (YUNXIN_RATE_LIMIT_BLOCK_MS), when set. */
  rateLimitBlockMs: number | undefined;
}

/** Reads the message, the receivers and the target, and checks every request against the spec. */
export async function prepareSend(options: SendOptions, io: CliIo): Promise<SendPlan> {
  const target = resolveTarget(options, io.env, () => mockAvailability(io.mockLauncher));
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
  return {
    options,
    target,
    body: { sender_id: options.from as string, message },
    receivers: receivers.ids,
    duplicates: receivers.duplicates,
    rateLimitBlockMs,
  };
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
