import { describeType, SigningConfigError } from "./errors.js";

const REDACTED = "[redacted]";
/**
 * Marks a Secret for every copy of this package in a process (two versions in one install each
 * have their own class, so `instanceof` alone would refuse the other's). Registered, so each copy
 * gets the same symbol; the value is the version of the protocol: a `reveal()` giving the secret.
 */
const SECRET_BRAND: unique symbol = Symbol.for("@yunxin-im/signing.Secret");
const SECRET_PROTOCOL = 1;
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

  /** Always 1 (the brand protocol's version): how any copy of this package recognises a Secret. */
  get [SECRET_BRAND](): typeof SECRET_PROTOCOL {
    return SECRET_PROTOCOL;
  }

  /**
   * True for a Secret made by any copy of this package, so `value instanceof Secret` holds across
   * two installed versions too.
   */
  static [Symbol.hasInstance](value: unknown): value is Secret {
    return isBrandedSecret(value);
  }
}

function isBrandedSecret(value: unknown): value is { reveal(): unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [SECRET_BRAND]?: unknown })[SECRET_BRAND] === SECRET_PROTOCOL &&
    typeof (value as { reveal?: unknown }).reveal === "function"
  );
}

/**
 * Wraps a string as a {@link Secret}; passes one of this copy's Secrets through, and re-wraps (and
 * re-checks) one made by another copy of the package. Validates without echoing the value.
 */
export function toSecret(value: unknown, label = "appSecret"): Secret {
  if (isBrandedSecret(value)) {
    if (Object.getPrototypeOf(value) === Secret.prototype) return value as Secret;
    return new Secret(checkSecretValue(value.reveal(), label));
  }
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
