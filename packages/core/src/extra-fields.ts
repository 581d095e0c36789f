import type { ValidationIssue } from "./errors.js";
import { YunxinValidationError } from "./errors.js";
import { SEND_BATCH_REQUEST_SCHEMA } from "./generated/contract.js";
import type { SendBatchRequest } from "./types.js";

/**
 * Top-level request fields the spec does not know yet (the server added them after this release),
 * passed as `sendBatch(body, { extraFields })`. Any name and JSON value, except the spec's own
 * fields: those belong in the body, where their types and limits are checked.
 */
export type ExtraRequestFields = { readonly [field: string]: unknown } & {
  readonly [Known in keyof SendBatchRequest]?: never;
};

const KNOWN_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(SEND_BATCH_REQUEST_SCHEMA.properties),
);

/**
 * The body as sent: `body` (already validated as the spec says) with `extraFields` added at the
 * top level. Throws a {@link YunxinValidationError} naming any extra field the spec already has.
 */
export function withExtraFields(
  body: SendBatchRequest,
  extraFields: ExtraRequestFields | undefined,
): SendBatchRequest {
  if (extraFields === undefined) return body;
  const issues: ValidationIssue[] = Object.keys(extraFields)
    .filter((field) => KNOWN_FIELDS.has(field))
    .map((field) => ({
      path: field,
      keyword: "extraFields",
      message: `${field} is a field of SendBatchRequest: set it in the body, where it is validated, not in extraFields`,
    }));
  if (issues.length > 0) throw new YunxinValidationError(issues);
  return { ...extraFields, ...body } as SendBatchRequest;
}
