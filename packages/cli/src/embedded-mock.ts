import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { UsageError } from "./usage-error.js";

/**
 * The signing credentials used against the mock. Prism checks that the four signing headers are
 * present, not their values, so these only exercise the real signer; they open no app.
 */
export const MOCK_CREDENTIALS = {
  appKey: "yunxin-im-mock-app",
  appSecret: "yunxin-im-mock",
} as const;

/** The receiver the spec's success example names: the mock reports it, and only it, as sent. */
export const MOCK_EXAMPLE_RECEIVER = "apifoxtest2";

/** In the monorepo the CLI sits at packages/cli/{src,dist}; the launcher and spec at the root. */
const REPO_ROOT = new URL("../../../", import.meta.url);
export const DEFAULT_MOCK_LAUNCHER = new URL("scripts/prism.mjs", REPO_ROOT);

/** The Prism release the repository pins (the newest that runs on Node 20). */
const PRISM_PACKAGE = "@stoplight/prism-cli@5.14.2";

export interface EmbeddedMock {
  baseUrl: string;
  /** The spec the mock serves, relative to the repository. */
  spec: string;
  stop(): Promise<void>;
}

/**
 * Whether this copy of the CLI can start the embedded mock: only inside a checkout of the
 * yunxin-im repository with its dependencies installed (the launcher, the spec and Prism are
 * there, not in the published packages). When it cannot, `instead` says what to do.
 */
export type MockAvailability =
  | { available: true }
  | { available: false; why: string; instead: string };

interface PrismLauncher {
  startPrism(options: { spec: string; errors?: boolean }): Promise<{
    baseUrl: string;
    stop(): Promise<void>;
    log(): string;
  }>;
}

function specOf(launcher: URL): URL {
  return new URL("../spec/openapi.yaml", launcher);
}

export function mockAvailability(launcher: URL = DEFAULT_MOCK_LAUNCHER): MockAvailability {
  if (!existsSync(fileURLToPath(launcher)) || !existsSync(fileURLToPath(specOf(launcher)))) {
    return {
      available: false,
      why: "this copy of yunxin-im is installed on its own, and the embedded mock runs only from a checkout of the yunxin-im repository",
      instead: runYourOwnMock(),
    };
  }
  try {
    // The launcher runs Prism from the contract kit, which depends on it (the root does not).
    createRequire(new URL("../packages/contract-kit/package.json", launcher)).resolve(
      "@stoplight/prism-cli/package.json",
    );
  } catch {
    const root = fileURLToPath(new URL("..", launcher));
    return {
      available: false,
      why: `Prism is not installed in the yunxin-im repository at ${root}`,
      instead: `run \`npx -y pnpm@12.4.2 install\` there to install it, or ${runYourOwnMock()}`,
    };
  }
  return { available: true };
}

/** How to try the CLI against a mock without the repository: run Prism on the shipped spec. */
function runYourOwnMock(): string {
  const spec =
    shippedSpec() ?? "the API's OpenAPI spec (spec/openapi.yaml in the yunxin-im repository)";
  return `start a mock yourself (\`npx -y ${PRISM_PACKAGE} mock ${spec}\`) and pass --base-url http://127.0.0.1:4010 with any YUNXIN_APP_KEY and YUNXIN_APP_SECRET`;
}

/** The spec that ships with the installed @yunxin-im/core, when it does. */
function shippedSpec(): string | undefined {
  try {
    return fileURLToPath(import.meta.resolve("@yunxin-im/core/openapi.yaml"));
  } catch {
    return undefined;
  }
}

/**
 * Starts a Prism mock of the spec with the repository's launcher. Where that cannot work, the
 * user is told why and what to do instead, before anything else happens.
 */
export async function startEmbeddedMock(
  launcher: URL = DEFAULT_MOCK_LAUNCHER,
): Promise<EmbeddedMock> {
  assertMockAvailable(mockAvailability(launcher), "the embedded mock");
  const { startPrism } = (await import(launcher.href)) as PrismLauncher;
  const prism = await startPrism({ spec: fileURLToPath(specOf(launcher)), errors: true });
  return { baseUrl: prism.baseUrl, spec: "spec/openapi.yaml", stop: () => prism.stop() };
}

/** Throws the usage error that explains why `what` (the mock, --mock) cannot be used here. */
export function assertMockAvailable(availability: MockAvailability, what: string): void {
  if (availability.available) return;
  throw new UsageError(
    `${what} cannot start: ${availability.why}. Instead, ${availability.instead}`,
  );
}
