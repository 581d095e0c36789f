import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, lines, runCli } from "./support/cli.js";
import { allSent, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret" };
const VERSION = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version;

async function tempFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-bin-"));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe("yunxin-im", () => {
  it("starts with a node shebang so it runs as a command", () => {
    expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("prints its version", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it("prints its help with the commands, the credentials variables and examples", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("yunxin-im send --from <sender>");
    expect(stdout).toContain("YUNXIN_APP_SECRET");
    expect(stdout).toContain("Examples:");
  });

  it("prints the help of send, with every flag, the exit statuses and examples", async () => {
    const { code, stdout } = await runCli(["send", "--help"]);
    expect(code).toBe(0);
    for (const flag of [
      "--to-file",
      "--attachment",
      "--region",
      "--base-url",
      "--json",
      "--mock",
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain("Exit status:");
    expect(stdout).toContain("Examples:");
    expect((await runCli(["help", "send"])).stdout).toBe(stdout);
  });

  it("refuses an unknown command with status 2", async () => {
    const { code, stderr } = await runCli(["sned"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: unknown command "sned" (commands: send, notify, call, operations, worker, status, help; see yunxin-im --help)\n',
    );
  });
});

describe("yunxin-im send refuses bad input before the network", () => {
  const cases: {
    problem: string;
    args: (files: { attachment: string }) => string[];
    env?: Record<string, string>;
    stdin?: string;
    error: RegExp;
  }[] = [
    {
      problem: "an unknown flag",
      args: () => ["--to", "bob", "--text", "Hi", "--txet", "Hi"],
      error: /^error: unknown flag --txet \(see yunxin-im send --help\)$/,
    },
    {
      problem: "no receivers",
      args: () => ["--text", "Hi"],
      stdin: "\n# nobody\n",
      error: /^error: no receivers: pass --to <id>, --to-file <path>, or pipe ids on stdin$/,
    },
    {
      problem: "a text over 5000 characters",
      args: () => ["--to", "bob", "--text", "x".repeat(5001)],
      error: /^error: message\.text must be at most 5000 characters, got 5001 \(--text\)/,
    },
    {
      problem: "an attachment file that is not JSON",
      args: ({ attachment }) => ["--to", "bob", "--type", "image", "--attachment", attachment],
      error: /^error: --attachment .*cat\.json is not valid JSON: /,
    },
    {
      problem: "an image message without an attachment",
      args: () => ["--to", "bob", "--type", "image"],
      error: /^error: message\.attachment is required in ImageMessage \(--attachment\)/,
    },
    {
      problem: "a real host with no secret",
      args: () => ["--to", "bob", "--text", "Hi"],
      env: { YUNXIN_APP_KEY: "stub-app-key" },
      error:
        /^error: YUNXIN_APP_SECRET is not set: sending to http:\/\/127\.0\.0\.1:\d+ needs your app's credentials/,
    },
    {
      problem: "the secret given as a flag",
      args: () => ["--to", "bob", "--text", "Hi", "--app-secret", "typed-secret"],
      error: /^error: --app-secret is not a flag: .*set YUNXIN_APP_SECRET in the environment$/,
    },
  ];

  for (const { problem, args, env = CREDENTIALS, stdin, error } of cases) {
    it.concurrent(`refuses ${problem} with one line, status 2, and no request`, async ({
      expect,
    }) => {
      const stub = await startStubServer((request) => allSent(request));
      try {
        const attachment = await tempFile("cat.json", "{ name: 'cat.jpg', }");
        const argv = [
          "send",
          "--from",
          "alice",
          "--base-url",
          stub.baseUrl,
          ...args({ attachment }),
        ];
        const { code, stdout, stderr } = await runCli(argv, { env, ...(stdin ? { stdin } : {}) });

        expect(code).toBe(2);
        expect(lines(stderr)).toHaveLength(1);
        expect(lines(stderr)[0]).toMatch(error);
        expect(stderr).not.toContain("typed-secret");
        expect(stdout).toBe("");
        expect(stub.requests).toHaveLength(0);
      } finally {
        await stub.close();
      }
    });
  }
});
