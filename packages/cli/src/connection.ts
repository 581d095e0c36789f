import { createYunxinClient, type TelemetryOptions, type YunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware, SigningConfigError } from "@yunxin-im/signing";
import type { AttemptObserver } from "./attempt-observer.js";
import { type EmbeddedMock, MOCK_CREDENTIALS, startEmbeddedMock } from "./embedded-mock.js";
import type { Target } from "./target.js";
import { UsageError } from "./usage-error.js";

/** A signed client for the plan's target, and the mock it started (if any). */
export interface Connection {
  client: YunxinClient;
  mock: EmbeddedMock | undefined;
  close(): Promise<void>;
}

/** Where a command's calls go and how long an attempt may take: what `connect` needs. */
export interface ConnectionPlan {
  target: Target;
  options: { timeoutMs?: number | undefined };
  rateLimitBlockMs?: number | undefined;
}

/**
 * Starts the embedded mock when the plan goes there, and builds the client: signed with the
 * app's credentials (placeholder ones for the mock), watched by `observer` after signing.
 */
export async function connect(
  plan: ConnectionPlan,
  observer: AttemptObserver,
  mockLauncher?: URL,
  telemetry: TelemetryOptions = {},
): Promise<Connection> {
  const { target, options, rateLimitBlockMs } = plan;
  const mock = target.kind === "mock" ? await startEmbeddedMock(mockLauncher) : undefined;
  try {
    const client = createYunxinClient({
      ...(mock ? { baseUrl: mock.baseUrl } : {}),
      ...(target.kind === "api" && target.baseUrl !== undefined ? { baseUrl: target.baseUrl } : {}),
      ...(target.kind === "api" && target.region !== undefined ? { region: target.region } : {}),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(rateLimitBlockMs === undefined ? {} : { rateLimitBlockMs }),
      ...telemetry,
    });
    const credentials = target.kind === "api" ? target : MOCK_CREDENTIALS;
    client.use(
      createSigningMiddleware({ appKey: credentials.appKey, appSecret: credentials.appSecret }),
    );
    client.use(observer.middleware());
    return { client, mock, close: async () => mock?.stop() };
  } catch (error) {
    await mock?.stop();
    if (error instanceof SigningConfigError) {
      // Its message names the rule, never the value.
      const variable = error.field === "appSecret" ? "YUNXIN_APP_SECRET" : "YUNXIN_APP_KEY";
      throw new UsageError(`${variable} is unusable: ${error.message}`);
    }
    throw error;
  }
}
