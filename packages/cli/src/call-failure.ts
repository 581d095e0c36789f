import {
  YunxinApiError,
  YunxinConnectionError,
  type YunxinError,
  YunxinHttpError,
  YunxinTimeoutError,
} from "@yunxin-im/core";
import type { FailedOutcome, ReceiverOutcome } from "@yunxin-im/fanout";
import { errorCode } from "./system-error-code.js";

/** A call that failed as a whole: one error for all of its receivers. */
export interface CallFailure {
  receiverIds: string[];
  error: YunxinError;
  errorCode?: number | undefined;
  errorMsg: string;
  traceId?: string | undefined;
  attempts: number;
  maybeDelivered: boolean;
}

/** A failed outcome that stands for its whole call (the fan-out gives every receiver the error). */
export function isCallFailure(
  outcome: ReceiverOutcome,
): outcome is FailedOutcome & { error: YunxinError } {
  return outcome.status === "failed" && outcome.error !== undefined;
}

/** What is known about a call's attempts from watching them (see AttemptObserver). */
export interface DeliveryEvidence {
  /** true when every attempt of the call with this trace id provably never reached a server. */
  neverReachedServer(traceId: string): boolean;
  /** The hosts the call's attempts went to. */
  hostsOf(traceId: string): readonly string[];
}

/** Groups the outcomes of one failed call into one failure. */
export function callFailureOf(
  outcomes: readonly (FailedOutcome & { error: YunxinError })[],
  evidence: DeliveryEvidence | undefined,
): CallFailure {
  const [first] = outcomes;
  if (!first) throw new RangeError("a call failure needs at least one receiver");
  const { error, traceId } = first;
  const neverReached = traceId !== undefined && evidence?.neverReachedServer(traceId) === true;
  return {
    receiverIds: outcomes.map((outcome) => outcome.receiverId),
    error,
    errorCode: first.errorCode,
    errorMsg: first.errorMsg,
    traceId,
    attempts: first.attempts,
    maybeDelivered: neverReached ? false : first.maybeDelivered,
  };
}

/** The cause in words: the API's code and message, or what happened to the connection. */
export function describeCause(failure: CallFailure, hosts: readonly string[] = []): string {
  const { error } = failure;
  if (error instanceof YunxinApiError) return `${error.code} ${error.msg || error.message}`;
  if (error instanceof YunxinHttpError) return `HTTP ${error.status} from the server`;
  if (error instanceof YunxinTimeoutError) return `no answer within ${error.timeoutMs} ms`;
  const where = hosts.length > 0 ? ` (${hosts.join(", ")})` : "";
  if (error instanceof YunxinConnectionError) {
    const code = errorCode(error);
    const words = code ? CONNECTION_ERRORS[code] : undefined;
    if (words) return `${words}${where}: ${code}`;
    if (code) return `connection failed${where}: ${code}`;
  }
  return withoutTraceSuffix(error.message);
}

const CONNECTION_ERRORS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host name not found",
  EAI_AGAIN: "host name lookup failed",
  EAI_FAIL: "host name lookup failed",
  EAI_NONAME: "host name not found",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENETDOWN: "network down",
  ECONNRESET: "connection reset",
  EPIPE: "connection closed while sending",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed",
};

/** What to check, where the cause tells: `undefined` when there is nothing useful to add. */
export function hintFor(failure: CallFailure): string | undefined {
  const { error } = failure;
  if (error instanceof YunxinApiError) return API_HINTS[error.code];
  if (error instanceof YunxinTimeoutError) {
    return "raise --timeout if the server is slow; the call may have been delivered, so check before sending these receivers again";
  }
  if (error instanceof YunxinHttpError) {
    return error.status >= 500
      ? "the server or a proxy in front of it failed; try again later"
      : "this is not the API's answer (it answers HTTP 200): check --base-url and any proxy";
  }
  const code = errorCode(error);
  if (code === "ECONNREFUSED")
    return "nothing accepts connections there: check --base-url or --region, and the network";
  if (code === "ENOTFOUND" || code?.startsWith("EAI_")) {
    return "the host name does not resolve: check --base-url, DNS and the network";
  }
  if (code && /CERT|SELF_SIGNED|UNABLE_TO/.test(code)) {
    return "the server's TLS certificate was refused: check --base-url and any intercepting proxy";
  }
  return undefined;
}

/** Hints for the API's `code`s (reference: codes table). */
const API_HINTS: Record<number, string> = {
  414: "414 is also the answer to a bad signature: check YUNXIN_APP_KEY and YUNXIN_APP_SECRET, and this machine's clock (a signature is valid for 5 minutes); otherwise a field the server refuses",
  403: "the app may not be allowed this call or this sender: check the app's settings in the Yunxin console",
  416: "rate limited: lower --calls-per-minute, or check --rate-plan against your plan",
  431: "the server saw this trace id before: the call may already have been delivered",
  500: "a server error: try again later",
  503: "the server is busy: try again later",
  514: "the service is unavailable: try again later",
};

function withoutTraceSuffix(message: string): string {
  return message.replace(/ \(trace id [^)]*\)$/, "");
}

const LISTED_IN_TEXT = 3;

/**
 * One line for a failed call:
 * `✗ call failed for 100 receivers (user000, user001, user002 and 97 more): 414 parameter error · trace id … · not delivered · hint: …`
 */
export function formatCallFailure(failure: CallFailure, hosts: readonly string[] = []): string {
  const { receiverIds } = failure;
  const shown = receiverIds.slice(0, LISTED_IN_TEXT).join(", ");
  const more =
    receiverIds.length > LISTED_IN_TEXT ? ` and ${receiverIds.length - LISTED_IN_TEXT} more` : "";
  const count = `${receiverIds.length} receiver${receiverIds.length === 1 ? "" : "s"}`;
  const parts = [
    `✗ call failed for ${count} (${shown}${more}): ${describeCause(failure, hosts)}`,
    ...(failure.traceId ? [`trace id ${failure.traceId}`] : []),
    failure.maybeDelivered ? "may have been delivered: check before resending" : "not delivered",
  ];
  const hint = hintFor(failure);
  if (hint) parts.push(`hint: ${hint}`);
  return parts.join(" · ");
}

/** The JSON record of a failed call (one line of `--json` output), with every receiver listed. */
export function callFailureRecord(
  failure: CallFailure,
  hosts: readonly string[] = [],
): Record<string, unknown> {
  const hint = hintFor(failure);
  const code = failure.error instanceof YunxinApiError ? undefined : errorCode(failure.error);
  return {
    status: "call_failed",
    receivers: failure.receiverIds.length,
    receiverIds: failure.receiverIds,
    ...(failure.errorCode === undefined ? {} : { errorCode: failure.errorCode }),
    errorMsg: withoutTraceSuffix(failure.errorMsg),
    cause: describeCause(failure, hosts),
    ...(code === undefined ? {} : { causeCode: code }),
    error: failure.error.name,
    maybeDelivered: failure.maybeDelivered,
    ...(failure.traceId === undefined ? {} : { traceId: failure.traceId }),
    attempts: failure.attempts,
    ...(hint === undefined ? {} : { hint }),
  };
}
