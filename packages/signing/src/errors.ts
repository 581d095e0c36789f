/** The option a {@link SigningConfigError} is about. */
export type SigningConfigField =
  | "options"
  | "appKey"
  | "appSecret"
  | "credentials"
  | "now"
  | "createNonce"
  | "createTraceId"
  | "traceId"
  | "toleranceMs"
  | "maxBodyBytes";

/**
 * A configuration value is missing or invalid. Thrown when the middleware or a verifier is created
 * with bad options, or before a request is sent when a provider or source returns a bad value or
 * the request carries an unusable `X-custom-traceid` (field `traceId`); the request is then not
 * sent. The message names the field and the rule, never the value.
 */
export class SigningConfigError extends Error {
  override name = "SigningConfigError";
  readonly field: SigningConfigField;

  constructor(field: SigningConfigField, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}

/** Describes a value by its type only, so an error can say what was wrong without echoing it. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  if (typeof value === "object") return "an object";
  return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
}
