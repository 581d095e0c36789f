import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packPackages } from "../../../scripts/pack-packages.mjs";

const fixture = new URL("./fixture/consumer.ts", import.meta.url);
const tsc = join(import.meta.dirname, "..", "..", "..", "node_modules", "typescript", "bin", "tsc");
// Above 2^53: a JSON.parse without care would round it.
const MESSAGE_ID = "9007199254740993123";

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "yunxin-im-consumer-"));
  const tarballs = packPackages(join(project, "packed"));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  // The queue is an optional peer of the CLI: this project installs both, from the packed tarballs.
  const wanted = [
    "@yunxin-im/core",
    "@yunxin-im/signing",
    "@yunxin-im/fanout",
    "@yunxin-im/queue",
    "@yunxin-im/cli",
  ];
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", ...wanted.map((name) => tarballs[name] as string)],
    { cwd: project, stdio: "pipe" },
  );
  writeFileSync(join(project, "consumer.ts"), readFileSync(fixture, "utf8"));
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

function typeCheck(options: Record<string, unknown>, emit = false): void {
  const config = {
    compilerOptions: {
      strict: true,
      target: "ES2022",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      types: [],
      skipLibCheck: false,
      noEmit: !emit,
      outDir: "out",
      ...options,
    },
    files: ["consumer.ts"],
  };
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(config));
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, stdio: "pipe" });
}

describe("the packed packages in a project outside the workspace", () => {
  it("type-check under module NodeNext, strict, without @types/node", () => {
    expect(() => typeCheck({ module: "NodeNext", moduleResolution: "NodeNext" })).not.toThrow();
  });

  it("type-check under module and moduleResolution Bundler", () => {
    expect(() => typeCheck({ module: "ESNext", moduleResolution: "Bundler" })).not.toThrow();
  });

  it("send a signed call and deliver the exact int64 id, without @opentelemetry/api installed", async () => {
    // The API is an optional peer of core, fanout and the queue: nothing here brings it.
    expect(existsSync(join(project, "node_modules", "@opentelemetry", "api"))).toBe(false);
    typeCheck({ module: "NodeNext", moduleResolution: "NodeNext" }, true);
    const requests: Record<string, string | string[] | undefined>[] = [];
    const server: Server = createServer((request, response) => {
      requests.push(request.headers);
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const { receiver_ids } = JSON.parse(body) as { receiver_ids: string[] };
        const list = receiver_ids.map(
          (id) => `{"receiver_id":"${id}","message_server_id":${MESSAGE_ID}}`,
        );
        response.setHeader("Content-Type", "application/json");
        response.end(
          `{"code":200,"msg":"success","data":{"success_list":[${list.join(",")}],"failed_list":[]}}`,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const consumer = await import(pathToFileURL(join(project, "out", "consumer.js")).href);
      const lines: string[] = await consumer.main(`http://127.0.0.1:${port}`);
      expect(lines).toEqual([
        `sent bob ${MESSAGE_ID}`,
        "fanout carol sent",
        "refused empty receivers",
      ]);
      expect(requests).toHaveLength(2);
      for (const headers of requests) {
        expect(headers.appkey).toBe("smoke-app-key");
        expect(headers.checksum).toMatch(/^[0-9a-f]{40}$/);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
