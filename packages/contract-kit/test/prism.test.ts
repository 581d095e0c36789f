import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveContractSpec } from "../src/contract-spec.js";
import { type PrismServer, startPrism } from "../src/prism.mjs";

const SEND_PATH = "/im/v2/conversations/messages";
// The spec this run tests (CONTRACT_SPEC, else the spec shipped with @yunxin-im/core).
const spec = resolveContractSpec().path;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the Prism launcher (@yunxin-im/contract-kit/prism)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "yunxin-prism-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("serves the chosen spec on a free loopback port and stop() ends the process", async () => {
    const prism = await startPrism({ spec });
    expect(prism.baseUrl).toBe(`http://127.0.0.1:${prism.port}`);
    expect(prism.port).toBeGreaterThan(0);
    const answer = await fetch(`${prism.baseUrl}${SEND_PATH}`, { method: "POST" });
    expect(answer.status).toBe(401);

    await prism.stop();
    await prism.stop();

    expect(isRunning(prism.pid)).toBe(false);
    expect(prism.log()).toContain("Prism is listening on");
  });

  it("mocks the document it is given, not another one", async () => {
    const renamed = path.join(dir, "renamed.yaml");
    const text = await readFile(spec, "utf8");
    await writeFile(renamed, text.replaceAll(`${SEND_PATH}:`, "/im/v2/renamed:"));
    const prism = await startPrism({ spec: renamed });
    try {
      const post = (route: string) => fetch(`${prism.baseUrl}${route}`, { method: "POST" });
      expect((await post("/im/v2/renamed")).status).toBe(401);
      // Not served any more: 404, or 405 where another template of the spec
      // (`/im/v2/conversations/{conversation_id}`, PATCH and DELETE only) matches the route.
      expect([404, 405]).toContain((await post(SEND_PATH)).status);
    } finally {
      await prism.stop();
    }
  });

  it("rejects with Prism's own log when the document is not an OpenAPI spec", async () => {
    const notASpec = path.join(import.meta.dirname, "..", "package.json");
    await expect(startPrism({ spec: notASpec })).rejects.toThrow(
      /Prism exited \(code 1\) before listening[\s\S]*Prism's log:[\s\S]*Unsupported document format/,
    );
  });

  it("rejects at once when the spec file does not exist or is not named", async () => {
    await expect(startPrism({ spec: path.join(dir, "missing.yaml") })).rejects.toThrow(
      /missing\.yaml does not exist/,
    );
    // @ts-expect-error spec is required
    await expect(startPrism({})).rejects.toThrow(/options\.spec must name the OpenAPI document/);
  });

  describe("with a Prism already listening", () => {
    let first: PrismServer;
    beforeAll(async () => {
      first = await startPrism({ spec });
    });
    afterAll(() => first?.stop());

    it("rejects, naming the port, when a fixed port is already taken", async () => {
      await expect(startPrism({ spec, port: first.port })).rejects.toThrow(
        new RegExp(`Port ${first.port} on 127\\.0\\.0\\.1 is already in use[\\s\\S]*EADDRINUSE`),
      );
    });
  });

  it("rejects when Prism does not listen within readyTimeoutMs", async () => {
    await expect(startPrism({ spec, readyTimeoutMs: 1 })).rejects.toThrow(
      /Prism did not start listening within 1 ms/,
    );
  });
});
