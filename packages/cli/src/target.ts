import type { Region } from "@yunxin-im/core";
import { assertMockAvailable, type MockAvailability } from "./embedded-mock.js";
import { UsageError } from "./usage-error.js";

export const REGIONS: readonly Region[] = ["cn", "sg"];

/** Where a send goes: the embedded Prism mock, or a real (or stub) host with the app's credentials. */
export type Target =
  | { kind: "mock" }
  | {
      kind: "api";
      region?: Region;
      baseUrl?: string;
      appKey: string;
      appSecret: string;
    };

export interface TargetFlags {
  mock?: boolean | undefined;
  region?: string | undefined;
  baseUrl?: string | undefined;
}

export type Environment = Record<string, string | undefined>;

/**
 * Decides where to send. No credentials and no host → the mock, where this copy of the CLI can
 * start it (`mock()` says). A host (`--region`, `--base-url`) or credentials → the real API,
 * which needs both YUNXIN_APP_KEY and YUNXIN_APP_SECRET. Credentials come from the environment
 * only.
 */
export function resolveTarget(
  flags: TargetFlags,
  env: Environment,
  mock: () => MockAvailability,
): Target {
  const region = flags.region === undefined ? undefined : parseRegion(flags.region);
  const baseUrl = flags.baseUrl === undefined ? undefined : parseBaseUrl(flags.baseUrl);
  if (flags.mock && (region || baseUrl)) {
    throw new UsageError("--mock cannot be combined with --region or --base-url");
  }
  if (region && baseUrl) throw new UsageError("use either --region or --base-url, not both");
  if (flags.mock) {
    assertMockAvailable(mock(), "--mock");
    return { kind: "mock" };
  }

  const appKey = nonEmpty(env.YUNXIN_APP_KEY);
  const appSecret = nonEmpty(env.YUNXIN_APP_SECRET);
  const hostGiven = region !== undefined || baseUrl !== undefined;
  if (!hostGiven && appKey === undefined && appSecret === undefined) {
    const availability = mock();
    if (availability.available) return { kind: "mock" };
    throw new UsageError(
      `no credentials and no host: set YUNXIN_APP_KEY and YUNXIN_APP_SECRET to send to your app, or pass --base-url <url> of a test server. To try yunxin-im without an account, ${availability.instead} (${availability.why})`,
    );
  }

  const where = baseUrl ?? `the ${region ?? "cn"} region`;
  if (appKey === undefined || appSecret === undefined) {
    const missing = [
      appKey === undefined && "YUNXIN_APP_KEY",
      appSecret === undefined && "YUNXIN_APP_SECRET",
    ]
      .filter(Boolean)
      .join(" and ");
    const hint = !mock().available
      ? "both come from your app in the Yunxin console"
      : hostGiven
        ? "or pass --mock"
        : "or set neither to use the mock";
    throw new UsageError(
      `${missing} ${missing.includes(" and ") ? "are" : "is"} not set: sending to ${where} needs your app's credentials in YUNXIN_APP_KEY and YUNXIN_APP_SECRET (${hint})`,
    );
  }
  return {
    kind: "api",
    ...(baseUrl === undefined ? { region: region ?? "cn" } : { baseUrl }),
    appKey,
    appSecret,
  };
}

function parseRegion(value: string): Region {
  const region = value.trim().toLowerCase();
  if ((REGIONS as readonly string[]).includes(region)) return region as Region;
  throw new UsageError(`--region must be ${REGIONS.join(" or ")}, got ${JSON.stringify(value)}`);
}

function parseBaseUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new UsageError(`--base-url must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/+$/, "");
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
