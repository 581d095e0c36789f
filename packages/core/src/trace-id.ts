import { YunxinValidationError } from "./errors.js";
import { TRACE_ID_HEADER, TRACE_ID_HEADER_SCHEMA } from "./generated/contract.js";
import { type Schema, validateAgainst } from "./validate.js";

const HEADER_HINT = `(it is sent as the ${TRACE_ID_HEADER} header: visible ASCII, no spaces)`;

/**
 * The trace id a call is sent with, checked against the spec's `X-custom-traceid` schema before
 * anything is sent. A blank id would reach the signer empty and be replaced on every attempt,
 * giving the retries of one call different ids; a non-ASCII one cannot be a header value at all.
 *
 * @param source what to name in the error (and `operationId` the call's operation): the `traceId` option or the client's `createTraceId()`.
 * @throws {YunxinValidationError} naming `source` and the rule it breaks.
 */
export function checkedTraceId(
  traceId: unknown,
  source: "traceId" | "createTraceId()",
  operationId?: string,
): string {
  const issues = validateAgainst(TRACE_ID_HEADER_SCHEMA as Schema, traceId, source).map(
    (issue) => ({ ...issue, message: `${issue.message} ${HEADER_HINT}` }),
  );
  if (issues.length > 0) throw new YunxinValidationError(issues, { operationId });
  return traceId as string;
}
