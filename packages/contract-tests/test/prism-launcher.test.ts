import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEFAULT_SPEC, startPrism } from "../../../scripts/prism.mjs";
import { contractSpecPath } from "./support/contract-spec.js";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the Prism launcher (scripts/prism.mjs)", () => {
  it("serves the spec on a free loopback port and stop() ends the process", async () => {
    const prism = await startPrism();
    expect(prism.baseUrl).toBe(`http://127.0.0.1:${prism.port}`);
    expect(prism.port).toBeGreaterThan(0);
    expect(prism.baseUrl).not.toBe(inject("prismBaseUrl"));
    const answer = await fetch(`${prism.baseUrl}/im/v2/conversations/messages`, { method: "POST" });
    expect(answer.status).toBe(401);

    await prism.stop();
    await prism.stop();

    expect(isRunning(prism.pid)).toBe(false);
    expect(prism.log()).toContain("Prism is listening on");
  });

  it("rejects with Prism's own log when the document is not an OpenAPI spec", async () => {
    const notASpec = path.join(import.meta.dirname, "..", "package.json");
    await expect(startPrism({ spec: notASpec })).rejects.toThrow(
      /Prism exited \(code 1\) before listening[\s\S]*Prism's log:[\s\S]*Unsupported document format/,
    );
  });

  it("rejects at once when the spec file does not exist", async () => {
    await expect(
      startPrism({ spec: path.join(import.meta.dirname, "missing.yaml") }),
    ).rejects.toThrow(/missing\.yaml does not exist/);
  });

  it("rejects, naming the port, when a fixed port is already taken", async () => {
    const { port } = new URL(inject("prismBaseUrl"));
    await expect(startPrism({ port: Number(port) })).rejects.toThrow(
      new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use[\\s\\S]*EADDRINUSE`),
    );
  });

  it("rejects when Prism does not listen within readyTimeoutMs", async () => {
    await expect(startPrism({ readyTimeoutMs: 1 })).rejects.toThrow(
      /Prism did not start listening within 1 ms/,
    );
  });
});

describe("the suite's spec (CONTRACT_SPEC)", () => {
  it("defaults to the repository's spec/openapi.yaml", () => {
    expect(contractSpecPath({})).toBe(DEFAULT_SPEC);
    expect(inject("contractSpec")).toBe(contractSpecPath());
  });

  it("resolves a relative CONTRACT_SPEC against the directory the command was run from", () => {
    expect(contractSpecPath({ CONTRACT_SPEC: "api/openapi.yaml", INIT_CWD: "/srv/app" })).toBe(
      "/srv/app/api/openapi.yaml",
    );
    expect(contractSpecPath({ CONTRACT_SPEC: "/specs/yunxin.yaml", INIT_CWD: "/srv/app" })).toBe(
      "/specs/yunxin.yaml",
    );
  });
});
