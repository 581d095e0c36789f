import { describeType, SigningConfigError } from "./errors.js";

const REDACTED = "[redacted]";
const inspectCustom = Symbol.for("nodejs.util.inspect.custom");
// A lone surrogate would be encoded as U+FFFD, silently signing something else than the secret.
const LONE_SURROGATE = /\p{Cs}/u;
// A secret read from a file or an environment file often keeps its newline; signing with it gives
// nothing but a 414 from the server. No console-issued secret starts or ends with whitespace.
const EDGE_WHITESPACE = /^\s|\s$/u;

/**
 * Holds the AppSecret so it cannot leak by accident: `JSON.stringify`, `String()`, template
 * literals, `util.inspect` and `console.log` all show `[redacted]`. Only {@link Secret.reveal}
 * returns the value.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = checkSecretValue(value, "appSecret");
    Object.freeze(this);
  }

  /** The secret itself. Call it only where the value is needed, never to log or serialise. */
  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [inspectCustom](): string {
    return `Secret(${REDACTED})`;
  }
}

/** Wraps a string as a {@link Secret}; passes a Secret through. Validates without echoing it. */
export function toSecret(value: unknown, label = "appSecret"): Secret {
  if (value instanceof Secret) return value;
  return new Secret(checkSecretValue(value, label));
}

function checkSecretValue(value: unknown, label: string): string {
  if (typeof value !== "string" || value === "") {
    throw new SigningConfigError(
      "appSecret",
      `${label} must be a non-empty string or a Secret, got ${describeType(value)}`,
    );
  }
  if (EDGE_WHITESPACE.test(value)) {
    throw new SigningConfigError(
      "appSecret",
      `${label} must not start or end with whitespace (a newline or space, often left from ` +
        "reading a file): trim it",
    );
  }
  if (LONE_SURROGATE.test(value)) {
    throw new SigningConfigError(
      "appSecret",
      `${label} must be well-formed Unicode (it contains a lone surrogate)`,
    );
  }
  return value;
}
