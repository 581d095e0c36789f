import type { ValidationIssue } from "./errors.js";
import { YunxinValidationError } from "./errors.js";
import { resolveSchema } from "./schema-refs.js";
import type { SendBatchRequest } from "./types.js";
import type { Schema } from "./validate.js";

/**
 * Top-level request fields the spec does not know yet (the server added them after this release),
 * passed as `{ extraFields }` in a call's options. Any name and JSON value, except the body's own
 * fields (of `Body`; `sendBatch`'s by default): those belong in the body, where their types and
 * limits are checked.
 */
export type ExtraRequestFields<Body = SendBatchRequest> = { readonly [field: string]: unknown } & {
  readonly [Known in keyof Body]?: never;
};

const knownFields = new WeakMap<Schema, ReadonlySet<string>>();

/**
 * The body as sent: `body` (already validated as the spec says) with `extraFields` added at the
 * top level. Throws a {@link YunxinValidationError} naming any extra field the spec already has.
 */
export function withExtraFields<Body>(
  body: Body,
  extraFields: { readonly [field: string]: unknown } | undefined,
  bodySchema: Schema | undefined,
  operationId: string,
): Body {
  if (extraFields === undefined) return body;
  const resolved = bodySchema ? resolveSchema(bodySchema) : {};
  let known = knownFields.get(resolved);
  if (!known) {
    known = new Set(Object.keys(resolved.properties ?? {}));
    knownFields.set(resolved, known);
  }
  const name = resolved.title ?? "the request body";
  const issues: ValidationIssue[] = Object.keys(extraFields)
    .filter((field) => known.has(field))
    .map((field) => ({
      path: field,
      location: "body",
      keyword: "extraFields",
      message: `${field} is a field of ${name}: set it in the body, where it is validated, not in extraFields`,
    }));
  if (issues.length > 0) throw new YunxinValidationError(issues, { operationId });
  return { ...extraFields, ...body } as Body;
}
