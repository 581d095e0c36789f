import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ConsumerProject,
  createConsumerProject,
  NODE_PACKAGES,
} from "./support/consumer-project.js";
import {
  COLUMNS,
  type Feature,
  type Row,
  renderTable,
  tableInReadme,
  withHostVersionMasked,
  writeTableToReadme,
} from "./support/readme-table.js";
import {
  binariesExpected,
  bun,
  deno,
  nodeRuntimes,
  type Runtime,
  runScript,
  workerd,
} from "./support/runtimes.js";
import { type SignedCallback, startStubServer } from "./support/stub-server.js";
import { COMPATIBILITY_DATE, type RunningWorker, startWorker } from "./support/workerd.js";

const README = fileURLToPath(new URL("../README.md", import.meta.url));
const SMOKE_FEATURES = Object.keys(COLUMNS).filter((f) => f !== "require") as Feature[];

interface SmokeReport {
  runtime: string;
  results: Record<string, { ok: boolean; detail: string }>;
}

let project: ConsumerProject;
let stub: Awaited<ReturnType<typeof startStubServer>>;
const rows: Row[] = [];

beforeAll(async () => {
  [project, stub] = await Promise.all([
    createConsumerProject(),
    startStubServer({ appKey: "runtime-matrix-app", appSecret: "not-a-real-secret-0123456789" }),
  ]);
}, 120_000);

afterAll(async () => {
  await stub?.close();
  project?.remove();
});

function row(runtime: Runtime, source = runtime.source): Row {
  const entry: Row = { runtime: runtime.name, version: runtime.version, source, features: {} };
  rows.push(entry);
  return entry;
}

/** Runs the smoke suite's report through one assertion per feature, recording the row. */
function expectEveryFeature(report: SmokeReport, runtime: Runtime, entry: Row) {
  expect(report.runtime).toBe(runtime.reportsAs);
  for (const feature of SMOKE_FEATURES) entry.features[feature] = report.results[feature]?.ok;
  const failures = SMOKE_FEATURES.filter((f) => !report.results[f]?.ok).map(
    (f) => `${f}: ${report.results[f]?.detail ?? "not run"}`,
  );
  expect(failures, `${runtime.name} ${runtime.version}`).toEqual([]);
}

/** Until a check reports, its cells say it failed: a runtime that crashes must not read as "—". */
function markFailed(entry: Row, features: Feature[]) {
  for (const feature of features) entry.features[feature] = false;
}

const skipWithoutBinary = (runtime: Runtime) => !runtime.binary && !binariesExpected;

describe.each([...nodeRuntimes, bun, deno])("$name", (runtime) => {
  const entry = row(runtime);

  it.skipIf(skipWithoutBinary(runtime))(
    "signs, sends, retries, times out, aborts, fans out and verifies callbacks (also at a served endpoint) with the packed packages",
    async () => {
      markFailed(entry, SMOKE_FEATURES);
      const report = await runScript<SmokeReport>(runtime, project.dir, "run-smoke.mjs", [
        JSON.stringify(stub.fixture),
      ]);
      expectEveryFeature(report, runtime, entry);
      expect(report.results.callback?.detail).toContain("through a served endpoint");
    },
  );

  it.skipIf(skipWithoutBinary(runtime))(
    "loads the ESM-only packages with require() from CommonJS and sends through them",
    async () => {
      markFailed(entry, ["require"]);
      const result = await runScript<{ ok: boolean; detail: string }>(
        runtime,
        project.dir,
        "require-packages.cjs",
        [JSON.stringify(stub.fixture), ...(nodeRuntimes.includes(runtime) ? NODE_PACKAGES : [])],
      );
      entry.features.require = result.ok;
      expect(result).toMatchObject({ ok: true });
    },
  );
});

describe("Cloudflare workerd", () => {
  const entry = row(workerd, `${workerd.source}, compatibility date ${COMPATIBILITY_DATE}`);
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    if (!skipWithoutBinary(workerd)) worker = await startWorker(project.dir, stub.fixture);
  }, 60_000);
  afterAll(async () => worker?.stop());

  it.skipIf(skipWithoutBinary(workerd))(
    "runs the smoke suite inside a Worker's fetch handler with the bundled packed packages",
    async () => {
      markFailed(entry, SMOKE_FEATURES);
      const response = await fetch(`${worker?.url}/smoke`, {
        method: "POST",
        body: JSON.stringify(stub.fixture),
      });
      expect(response.status).toBe(200);
      expectEveryFeature((await response.json()) as SmokeReport, workerd, entry);
    },
  );

  it.skipIf(skipWithoutBinary(workerd))(
    "sends through one client kept for the isolate, from consecutive and concurrent requests",
    async () => {
      const send = async (n: number) => {
        const response = await fetch(`${worker?.url}/send`, {
          method: "POST",
          body: JSON.stringify({ receiver: `user-${n}` }),
        });
        return [response.status, await response.text()];
      };
      const id = (n: number) => JSON.stringify({ id: String(2n ** 53n + 1n + BigInt(n)) });
      expect(await send(1)).toEqual([200, id(1)]);
      expect(await send(2)).toEqual([200, id(2)]);
      expect(await Promise.all([send(3), send(4), send(5)])).toEqual([
        [200, id(3)],
        [200, id(4)],
        [200, id(5)],
      ]);
    },
  );

  it.skipIf(skipWithoutBinary(workerd))(
    "accepts a genuine callback and refuses altered ones in the Worker's callback endpoint",
    async () => {
      entry.features.callback = false;
      const post = (callback: SignedCallback, body = callback.body) =>
        fetch(`${worker?.url}/yunxin/callback`, {
          method: "POST",
          headers: callback.headers,
          body,
        });
      const genuine = stub.signedCallback();
      const accepted = await post(genuine);
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toEqual({ received: String(2n ** 53n + 1n) });

      const altered = await post(genuine, genuine.body.replace("hello", "HELLO"));
      expect([altered.status, await altered.text()]).toEqual([401, "md5-mismatch"]);

      const forged = stub.signedCallback();
      forged.headers.CheckSum = "0".repeat(40);
      const refused = await post(forged);
      expect([refused.status, await refused.text()]).toEqual([401, "checksum-mismatch"]);

      const probe = await fetch(`${worker?.url}/yunxin/callback`, { method: "POST", body: "{}" });
      expect(probe.status).toBe(200);
      entry.features.callback = true;
    },
  );
});

describe("README", () => {
  it.skipIf(!binariesExpected)(
    "shows the runtime × feature table this run proved, with the exact versions",
    () => {
      const table = renderTable(rows);
      if (process.env.UPDATE_README === "1") writeTableToReadme(README, table);
      expect(withHostVersionMasked(tableInReadme(README))).toBe(withHostVersionMasked(table));
    },
  );
});
