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

/** The package that brings Prism (pinned for Node 20) and a launcher for it. */
const CONTRACT_KIT = "@yunxin-im/contract-kit";

export interface EmbeddedMock {
  baseUrl: string;
  /** The spec the mock serves, as shown to the user. */
  spec: string;
  stop(): Promise<void>;
}

/**
 * Whether this copy of the CLI can start the embedded mock, and with what: in a checkout of the
 * yunxin-im repository, its launcher and `spec/openapi.yaml`; elsewhere, the launcher of
 * `@yunxin-im/contract-kit` (installed next to the CLI: it brings Prism) and the spec shipped
 * with `@yunxin-im/core`. When neither is there, `why` and `instead` say so and what to do.
 */
export type MockAvailability =
  | { available: true; launcher: URL; spec: string; specLabel: string }
  | { available: false; why: string; instead: string };

interface PrismLauncher {
  startPrism(options: { spec: string; errors?: boolean }): Promise<{
    baseUrl: string;
    stop(): Promise<void>;
  }>;
}

/**
 * `launcher`: the repository's launcher to look for (tests move it to pretend the CLI is
 * installed elsewhere; then the contract kit is not looked for either).
 */
export function mockAvailability(launcher?: URL): MockAvailability {
  const repository = repositoryMock(launcher ?? DEFAULT_MOCK_LAUNCHER);
  if (repository.available || launcher !== undefined) return repository;
  return installedKitMock() ?? repository;
}

function repositoryMock(launcher: URL): MockAvailability {
  const spec = new URL("../spec/openapi.yaml", launcher);
  if (!existsSync(fileURLToPath(launcher)) || !existsSync(fileURLToPath(spec))) {
    return {
      available: false,
      why: `this copy of yunxin-im is installed without ${CONTRACT_KIT}, which brings Prism for the mock`,
      instead: `install ${CONTRACT_KIT} next to the CLI (\`npm install --global ${CONTRACT_KIT}\` for a global CLI, \`npm install ${CONTRACT_KIT}\` in a project) and the mock is used, or run a mock yourself and pass its URL with --base-url and any YUNXIN_APP_KEY and YUNXIN_APP_SECRET`,
    };
  }
  // The repository's launcher runs the contract kit's Prism, installed by `pnpm install`.
  const kit = new URL("../packages/contract-kit/package.json", launcher);
  if (!resolvesPrism(launcher) && !(existsSync(fileURLToPath(kit)) && resolvesPrism(kit))) {
    const root = fileURLToPath(new URL("..", launcher));
    return {
      available: false,
      why: `Prism is not installed in the yunxin-im repository at ${root}`,
      instead: `run \`npx -y pnpm@12.4.2 install\` there`,
    };
  }
  return { available: true, launcher, spec: fileURLToPath(spec), specLabel: "spec/openapi.yaml" };
}

function resolvesPrism(from: URL): boolean {
  try {
    createRequire(from).resolve("@stoplight/prism-cli/package.json");
    return true;
  } catch {
    return false;
  }
}

/** The contract kit's launcher and core's shipped spec, when both resolve from the CLI. */
function installedKitMock(): MockAvailability | undefined {
  const launcher = resolveFromCli(`${CONTRACT_KIT}/prism`);
  const spec = resolveFromCli("@yunxin-im/core/openapi.yaml");
  if (!launcher || !spec) return undefined;
  return {
    available: true,
    launcher: new URL(launcher),
    spec: fileURLToPath(spec),
    specLabel: "the spec of the installed @yunxin-im/core",
  };
}

function resolveFromCli(specifier: string): string | undefined {
  try {
    return import.meta.resolve(specifier);
  } catch {
    return undefined;
  }
}

/**
 * Starts a Prism mock of the spec with the launcher `mockAvailability` found. Where none can
 * work, the user is told why and what to do instead, before anything else happens.
 */
export async function startEmbeddedMock(launcher?: URL): Promise<EmbeddedMock> {
  const availability = mockAvailability(launcher);
  assertMockAvailable(availability, "the embedded mock");
  if (!availability.available) throw new Error("unreachable");
  const { startPrism } = (await import(availability.launcher.href)) as PrismLauncher;
  const prism = await startPrism({ spec: availability.spec, errors: true });
  return { baseUrl: prism.baseUrl, spec: availability.specLabel, stop: () => prism.stop() };
}

/** Throws the usage error that explains why `what` (the mock, --mock) cannot be used here. */
export function assertMockAvailable(availability: MockAvailability, what: string): void {
  if (availability.available) return;
  throw new UsageError(
    `${what} cannot start: ${availability.why}. Instead, ${availability.instead}`,
  );
}
