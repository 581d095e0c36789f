#!/usr/bin/env node
// The repository's Prism mock: @yunxin-im/contract-kit's launcher with spec/openapi.yaml as the
// default spec. Used by `pnpm mock`, the root demo and the CLI's end-to-end tests, without a build.
//
//   import { startPrism } from "../../scripts/prism.mjs";
//   const prism = await startPrism();            // free port, --errors, spec/openapi.yaml
//   await fetch(`${prism.baseUrl}/im/v2/conversations/messages`, ...);
//   await prism.stop();
//
// As a command (`pnpm mock`): node scripts/prism.mjs [spec]  — foreground, port $PORT or 4010.

import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { startPrism as startPrismOn } from "../packages/contract-kit/src/prism.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_SPEC = path.join(ROOT, "spec", "openapi.yaml");
const SEND_PATH = "/im/v2/conversations/messages";

/**
 * Starts `prism mock` on `spec` (default: the repository's spec) and resolves once it listens.
 *
 * @param {Partial<import("./prism.d.mts").StartPrismOptions>} [options]
 * @returns {Promise<import("./prism.d.mts").PrismServer>}
 */
export function startPrism(options = {}) {
  return startPrismOn({ ...options, spec: options.spec ?? DEFAULT_SPEC });
}

/** What `pnpm mock` prints: a signed curl of the spec's TextRequest example and the answer names. */
async function usage(baseUrl, specPath) {
  const doc = parse(readFileSync(specPath, "utf8"));
  const examples =
    doc?.paths?.[SEND_PATH]?.post?.responses?.["200"]?.content?.["application/json"]?.examples;
  const request = doc?.components?.examples?.TextRequest?.value ?? {
    sender_id: "alice",
    receiver_ids: ["bob"],
    message: { message_type: 0, text: "Hello" },
  };
  const body = JSON.stringify(request).replaceAll("'", "'\\''");
  const nonce = randomUUID();
  const curTime = String(Math.floor(Date.now() / 1000));
  const checkSum = createHash("sha1").update(`mock-app-secret${nonce}${curTime}`).digest("hex");
  return [
    "Try it (any AppKey and secret: Prism checks that the headers are there and well formed):",
    `curl -sS -X POST ${baseUrl}${SEND_PATH} \\`,
    `  -H 'Content-Type: application/json' -H 'AppKey: mock-app-key' \\`,
    `  -H 'Nonce: ${nonce}' -H 'CurTime: ${curTime}' -H 'CheckSum: ${checkSum}' \\`,
    `  -d '${body}'`,
    "",
    `Pick an answer with -H 'Prefer: example=NAME': ${Object.keys(examples ?? {}).join(", ")}`,
  ].join("\n");
}

async function main() {
  // `pnpm mock` runs this directly, not through turbo, so these variables need no turbo.json entry.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the foreground mock only
  const spec = path.resolve(process.argv[2] ?? process.env.CONTRACT_SPEC ?? DEFAULT_SPEC);
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the foreground mock only
  const port = Number(process.env.PORT ?? 4010);
  const prism = await startPrism({ spec, port, onOutput: (text) => process.stdout.write(text) });
  process.stdout.write(
    [
      "",
      `Prism mock of ${spec} (--errors), pid ${prism.pid}`,
      `  POST ${prism.baseUrl}${SEND_PATH}`,
      "",
      await usage(prism.baseUrl, spec),
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  const shutdown = async () => {
    await prism.stop();
    process.stdout.write("Prism stopped.\n");
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
