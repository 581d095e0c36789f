import type { AnyReceiverOutcome } from "@yunxin-im/fanout";

/**
 * One receiver's outcome as kept in Redis: a short array instead of an object, so a million
 * outcomes take tens of megabytes, not hundreds. The call's error object is not kept (its
 * `errorCode`, `errorMsg`, trace id and `maybeDelivered` are). A custom notification's sent
 * outcome, which has no message id, is `"v"`.
 */
type StoredOutcome =
  | ["s", string, string, string, number]
  | ["v", string, string, number]
  | ["f", string, number | null, string, 0 | 1, string | null, number]
  | ["n", string, string];

export function encodeOutcomes(outcomes: readonly AnyReceiverOutcome[]): string {
  return JSON.stringify(outcomes.map(encode));
}

export function decodeOutcomes(text: string): AnyReceiverOutcome[] {
  return (JSON.parse(text) as StoredOutcome[]).map(decode);
}

export interface OutcomeCounts {
  sent: number;
  failed: number;
  notAttempted: number;
}

export function countOutcomes(outcomes: readonly AnyReceiverOutcome[]): OutcomeCounts {
  const counts = { sent: 0, failed: 0, notAttempted: 0 };
  for (const outcome of outcomes) {
    if (outcome.status === "sent") counts.sent++;
    else if (outcome.status === "failed") counts.failed++;
    else counts.notAttempted++;
  }
  return counts;
}

function encode(outcome: AnyReceiverOutcome): StoredOutcome {
  switch (outcome.status) {
    case "sent":
      return "messageServerId" in outcome
        ? ["s", outcome.receiverId, outcome.messageServerId, outcome.traceId, outcome.attempts]
        : ["v", outcome.receiverId, outcome.traceId, outcome.attempts];
    case "failed":
      return [
        "f",
        outcome.receiverId,
        outcome.errorCode ?? null,
        outcome.errorMsg,
        outcome.maybeDelivered ? 1 : 0,
        outcome.traceId ?? null,
        outcome.attempts,
      ];
    default:
      return ["n", outcome.receiverId, outcome.reason];
  }
}

function decode(stored: StoredOutcome): AnyReceiverOutcome {
  switch (stored[0]) {
    case "s":
      return {
        status: "sent",
        receiverId: stored[1],
        messageServerId: stored[2],
        traceId: stored[3],
        attempts: stored[4],
      };
    case "v":
      return { status: "sent", receiverId: stored[1], traceId: stored[2], attempts: stored[3] };
    case "f": {
      const [, receiverId, errorCode, errorMsg, maybeDelivered, traceId, attempts] = stored;
      return {
        status: "failed",
        receiverId,
        ...(errorCode === null ? {} : { errorCode }),
        errorMsg,
        ...(traceId === null ? {} : { traceId }),
        attempts,
        maybeDelivered: maybeDelivered === 1,
      };
    }
    default:
      return { status: "not_attempted", receiverId: stored[1], reason: stored[2] };
  }
}
