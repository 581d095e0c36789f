import { existsSync } from "node:fs";
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
const SPEC = new URL("spec/openapi.yaml", REPO_ROOT);

export interface EmbeddedMock {
  baseUrl: string;
  /** The spec the mock serves, relative to the repository. */
  spec: string;
  stop(): Promise<void>;
}

interface PrismLauncher {
  startPrism(options: { spec: string; errors?: boolean }): Promise<{
    baseUrl: string;
    stop(): Promise<void>;
    log(): string;
  }>;
}

/**
 * Starts a Prism mock of the spec with the repository's launcher. An installed package has no
 * repository around it, so there the user is told to configure a real host instead.
 */
export async function startEmbeddedMock(
  launcher: URL = DEFAULT_MOCK_LAUNCHER,
  spec: URL = SPEC,
): Promise<EmbeddedMock> {
  if (!existsSync(fileURLToPath(launcher)) || !existsSync(fileURLToPath(spec))) {
    throw new UsageError(
      "no credentials and no host: set YUNXIN_APP_KEY and YUNXIN_APP_SECRET, or pass --base-url (the embedded mock only runs inside the yunxin-im repository)",
    );
  }
  const { startPrism } = (await import(launcher.href)) as PrismLauncher;
  const prism = await startPrism({ spec: fileURLToPath(spec), errors: true });
  return { baseUrl: prism.baseUrl, spec: "spec/openapi.yaml", stop: () => prism.stop() };
}
