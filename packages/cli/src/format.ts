import type { FanoutSummary, ReceiverOutcome } from "@yunxin-im/fanout";

/** The human line of one receiver: `✓ bob  message 9897543190303`, `✗ ghost1  102404 …`, `- carol  not attempted: …`. */
export function formatOutcome(outcome: ReceiverOutcome): string {
  switch (outcome.status) {
    case "sent":
      return `✓ ${outcome.receiverId}  message ${outcome.messageServerId}`;
    case "failed": {
      const code = outcome.errorCode === undefined ? "" : `${outcome.errorCode} `;
      const saysSo = /may have been delivered/i.test(outcome.errorMsg);
      const maybe =
        outcome.maybeDelivered && !saysSo
          ? " (may have been delivered: check before resending)"
          : "";
      return `✗ ${outcome.receiverId}  ${code}${outcome.errorMsg}${maybe}`;
    }
    case "not_attempted":
      return `- ${outcome.receiverId}  not attempted: ${outcome.reason}`;
  }
}

/**
 * `sent 2 · failed 1 · not attempted 0 (1 call, 0.4 s)`; a resumed run also says how many
 * receivers the earlier run had sent: `sent 2 · already sent 9800 · failed 1 …`.
 */
export function formatSummary(summary: FanoutSummary, alreadySent = 0): string {
  const calls = `${summary.calls} call${summary.calls === 1 ? "" : "s"}`;
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const limited = summary.rateLimited > 0 ? `, ${summary.rateLimited} answered 416` : "";
  const earlier = alreadySent > 0 ? ` · already sent ${alreadySent}` : "";
  return `sent ${summary.sent}${earlier} · failed ${summary.failed} · not attempted ${summary.notAttempted} (${calls}${limited}, ${seconds} s)`;
}

/** The JSON object of one receiver outcome (one line of `--json` output). */
export function outcomeRecord(outcome: ReceiverOutcome): Record<string, unknown> {
  switch (outcome.status) {
    case "sent":
      return {
        status: outcome.status,
        receiverId: outcome.receiverId,
        messageServerId: outcome.messageServerId,
        traceId: outcome.traceId,
        attempts: outcome.attempts,
      };
    case "failed":
      return {
        status: outcome.status,
        receiverId: outcome.receiverId,
        ...(outcome.errorCode === undefined ? {} : { errorCode: outcome.errorCode }),
        errorMsg: outcome.errorMsg,
        maybeDelivered: outcome.maybeDelivered,
        ...(outcome.traceId === undefined ? {} : { traceId: outcome.traceId }),
        attempts: outcome.attempts,
      };
    case "not_attempted":
      return { status: outcome.status, receiverId: outcome.receiverId, reason: outcome.reason };
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
