import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { computeCheckSum, signCallback } from "@yunxin-im/signing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../scripts/paths.mjs";
import { publishedPackages } from "../scripts/published-packages.mjs";
import { guidePath, guideSamples, includedSamples, samplesDir } from "./guide-samples.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
const sample = (file: string) => readFileSync(join(samplesDir, file), "utf8");
const commandLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));

describe("the guide's code samples", () => {
  it("are all files under samples/, each shown exactly once, and the guide writes no code of its own", () => {
    const guide = readFileSync(guidePath, "utf8");
    expect(includedSamples().sort()).toEqual(guideSamples().map((s) => s.file));
    expect(guide).not.toMatch(/^\s*(```|~~~)/m);
  });

  it("install only packages this repository publishes", () => {
    const published = publishedPackages().map((pkg) => pkg.name);
    const named = [...sample("install.sh").matchAll(/@yunxin-im\/[a-z-]+/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(published).toContain(name);
    for (const line of commandLines(sample("install.sh"))) expect(line).toMatch(/^npm install /);
  });

  it("regenerate with commands the repository defines", () => {
    const lines = commandLines(sample("regenerate.sh"));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const script = /^pnpm (?:run )?([a-z:-]+)$/.exec(line)?.[1];
      expect(script, line).toBeDefined();
      expect(Object.keys(rootManifest.scripts), line).toContain(script);
    }
    expect(lines).toContain("pnpm run docs");
  });

  it("run the contract kit in CI with the command and flags it has", async () => {
    const workflow = parse(sample("contract-ci.yml"));
    const runs: string[] = Object.values(
      workflow.jobs as Record<string, { steps: { run?: string }[] }>,
    ).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    const kit = publishedPackages().find((pkg) => pkg.name === "@yunxin-im/contract-kit");
    expect(kit, "the contract kit is a published package").toBeDefined();
    const manifest = JSON.parse(readFileSync(join(kit?.dir as string, "package.json"), "utf8"));
    const [command, bin] = Object.entries(manifest.bin as Record<string, string>)[0] as [
      string,
      string,
    ];
    const { stdout: help } = await run(process.execPath, [join(kit?.dir as string, bin), "--help"]);

    const kitRuns = runs.filter((line) => line.startsWith(`npx ${command}`));
    expect(runs.filter((line) => !kitRuns.includes(line))).toEqual(["npm ci"]);
    expect(kitRuns).toHaveLength(1);
    const flags = [...(kitRuns[0] as string).matchAll(/(?:^|\s)(--?[a-z][a-z-]*)/g)].map(
      (m) => m[1],
    );
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(help, `${command} --help lists ${flag}`).toContain(flag);
  });

  describe("verify-callbacks.ts", () => {
    let handleCallback: (request: Request) => Promise<Response>;
    const appSecret = "guide-test-secret";
    const body = '{"eventType":"1","fromAccount":"alice","msgType":"TEXT","body":"hi"}';

    beforeAll(async () => {
      vi.spyOn(console, "log").mockImplementation(() => {}); // the sample logs each callback
      process.env.YUNXIN_APP_SECRET = appSecret;
      ({ handleCallback } = await import("../samples/verify-callbacks.js"));
    });

    it("accepts a callback signed with the app's secret", async () => {
      const headers = await signCallback(body, { appSecret });
      const response = await handleCallback(
        new Request("http://localhost/callback", { method: "POST", headers, body }),
      );
      expect(response.status).toBe(200);
    });

    it("refuses a tampered callback and answers Yunxin's unsigned check of the URL", async () => {
      const headers = await signCallback(body, { appSecret });
      const tampered = await handleCallback(
        new Request("http://localhost/callback", {
          method: "POST",
          headers,
          body: body.replace("hi", "pay me"),
        }),
      );
      expect(tampered.status).toBe(401);
      const check = await handleCallback(
        new Request("http://localhost/callback", { method: "POST", body: "{}" }),
      );
      expect(check.status).toBe(200);
    });
  });

  describe("cli.sh, run by bash against a local stand-in for Yunxin", () => {
    let stub: Server;
    let stubUrl: string;
    const secret = "your-app-secret"; // the one cli.sh exports
    const calls: { receivers: string[]; signed: boolean }[] = [];
    let workDir: string;

    beforeAll(async () => {
      stub = createServer(async (request, response) => {
        const sent = JSON.parse(await readBody(request));
        calls.push({ receivers: sent.receiver_ids, signed: await signedWith(request, secret) });
        response.writeHead(200, { "content-type": "application/json" }).end(
          JSON.stringify({
            code: 200,
            msg: "success",
            data: {
              success_list: sent.receiver_ids.map((receiver_id: string, i: number) => ({
                receiver_id,
                message_server_id: 9897543190000 + calls.length * 1000 + i,
              })),
            },
          }),
        );
      });
      await new Promise<void>((done) => stub.listen(0, "127.0.0.1", done));
      const address = stub.address() as { port: number };
      stubUrl = `http://127.0.0.1:${address.port}`;
      workDir = mkdtempSync(join(tmpdir(), "yunxin-docs-cli-"));
    });

    afterAll(async () => {
      await new Promise((done) => stub?.close(done));
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    });

    it("sends each command's receivers, 100 per call, signed with the exported credentials", async () => {
      const shims = cliShims(workDir, stubUrl);
      const users = Array.from({ length: 150 }, (_, i) => `user-${i}`);
      writeFileSync(join(workDir, "users.txt"), `${users.join("\n")}\n`);

      const { stdout } = await run("bash", ["-euo", "pipefail", "-c", sample("cli.sh")], {
        cwd: workDir,
        env: { PATH: `${shims}:${process.env.PATH}`, HOME: workDir },
      });

      expect(calls.map((call) => call.receivers.length)).toEqual([3, 100, 50]);
      expect(calls[0]?.receivers).toEqual(["bob", "carol", "dave"]);
      expect(calls.flatMap((call) => call.receivers).slice(3)).toEqual(users);
      expect(calls.every((call) => call.signed)).toBe(true);
      const outcomes = readFileSync(join(workDir, "outcomes.jsonl"), "utf8").trim().split("\n");
      // The plan line, one line per receiver, the summary line.
      expect(outcomes).toHaveLength(users.length + 2);
      expect(stdout).toMatch(/Usage:\s+yunxin-im send/);
    });
  });
});

describe("cli-call.sh, run by bash against a local stand-in for Yunxin", () => {
  let stub: Server;
  let stubUrl: string;
  const calls: { method: string; url: string; body: string; signed: boolean }[] = [];
  let workDir: string;
  const ROOM_ID = "9007199254740993"; // 2^53 + 1: a float64 would send ...992

  beforeAll(async () => {
    stub = createServer(async (request, response) => {
      const body = await readBody(request);
      calls.push({
        method: request.method as string,
        url: request.url as string,
        body,
        signed: await signedWith(request, "your-app-secret"),
      });
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(
          `{"code":200,"msg":"success","data":{"room_id":${ROOM_ID},"valid":true,"creator":"alice","room_name":"launch"}}`,
        );
    });
    await new Promise<void>((done) => stub.listen(0, "127.0.0.1", done));
    stubUrl = `http://127.0.0.1:${(stub.address() as { port: number }).port}`;
    workDir = mkdtempSync(join(tmpdir(), "yunxin-docs-cli-call-"));
  });

  afterAll(async () => {
    await new Promise((done) => stub?.close(done));
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("lists the operations, then calls each by operationId with the room id exact in the path and the body as given", async () => {
    const shims = cliShims(workDir, stubUrl);
    const script = `export YUNXIN_APP_KEY=your-app-key YUNXIN_APP_SECRET=your-app-secret\n${sample("cli-call.sh")}`;
    const { stdout } = await run("bash", ["-euo", "pipefail", "-c", script], {
      cwd: workDir,
      env: { PATH: `${shims}:${process.env.PATH}`, HOME: workDir },
    });

    expect(stdout).toContain("getChatroomInfo");
    expect(stdout).toContain("createChatroom");
    expect(calls.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `GET /im/v2/chatrooms/${ROOM_ID}?need_online_user_count=true`,
      "POST /im/v2/chatrooms",
    ]);
    expect(JSON.parse(calls[1]?.body as string)).toEqual({ creator: "alice", room_name: "launch" });
    expect(calls.every((call) => call.signed)).toBe(true);
    expect(stdout).toContain(`"room_id": "${ROOM_ID}"`);
  });
});

/** A `yunxin-im` on PATH that runs this repository's CLI aimed at `baseUrl` instead of Yunxin. */
function cliShims(workDir: string, baseUrl: string): string {
  const cliManifest = require.resolve("@yunxin-im/cli/package.json");
  const bin = join(
    dirname(cliManifest),
    JSON.parse(readFileSync(cliManifest, "utf8")).bin["yunxin-im"],
  );
  const shims = join(workDir, "bin");
  mkdirSync(shims, { recursive: true });
  writeFileSync(
    join(shims, "yunxin-im"),
    `#!/bin/sh\ncase "$1" in operations) exec "${process.execPath}" "${bin}" "$@";; esac\nexec "${process.execPath}" "${bin}" "$@" --base-url "${baseUrl}"\n`,
  );
  chmodSync(join(shims, "yunxin-im"), 0o755);
  return shims;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether the request's CheckSum was made with `secret`. */
async function signedWith(request: IncomingMessage, secret: string): Promise<boolean> {
  const header = (name: string) => String(request.headers[name.toLowerCase()] ?? "");
  const expected = await computeCheckSum(secret, header("Nonce"), header("CurTime"));
  return header("CheckSum") === expected;
}
