import { describeType, SigningConfigError } from "./errors.js";
import { isVisibleAscii } from "./header-value.js";
import { type Secret, toSecret } from "./secret.js";

/** An application's credentials from the Yunxin console. */
export interface Credentials {
  appKey: string;
  appSecret: string | Secret;
}

/**
 * Returns the current credentials; called before every request, so a rotated secret is used from
 * the next request on. Cache inside the provider if fetching them is expensive.
 */
export type CredentialsProvider = () => Credentials | Promise<Credentials>;

/** Credentials after validation: the secret is always wrapped. */
export interface CheckedCredentials {
  readonly appKey: string;
  readonly appSecret: Secret;
}

export function checkCredentials(value: unknown, source: string): CheckedCredentials {
  if (typeof value !== "object" || value === null) {
    throw new SigningConfigError(
      "credentials",
      `${source} must give { appKey, appSecret }, got ${describeType(value)}`,
    );
  }
  const { appKey, appSecret } = value as Partial<Credentials>;
  return {
    appKey: checkAppKey(appKey, source),
    appSecret: toSecret(appSecret, source === "options" ? "appSecret" : `${source}.appSecret`),
  };
}

function checkAppKey(value: unknown, source: string): string {
  const label = source === "options" ? "appKey" : `${source}.appKey`;
  if (typeof value !== "string" || value === "") {
    throw new SigningConfigError(
      "appKey",
      `${label} must be a non-empty string, got ${describeType(value)}`,
    );
  }
  if (!isVisibleAscii(value)) {
    throw new SigningConfigError(
      "appKey",
      `${label} must be visible ASCII characters without spaces, as in the Yunxin console`,
    );
  }
  return value;
}
