import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrismServer, startPrism } from "../../../scripts/prism.mjs";
import { startEmbeddedMock } from "../src/embedded-mock.js";
import { UsageError } from "../src/usage-error.js";
import { lines, runCli } from "./support/cli.js";

const DEMO = [
  "send",
  "--from",
  "apifoxtest1",
  "--to",
  "apifoxtest2",
  "--text",
  "Hello from yunxin-im",
];

describe("the embedded mock", () => {
  it("sends the demo message through a Prism mock it starts itself, and says it is a mock", async () => {
    const { code, stdout, stderr } = await runCli(DEMO);

    expect(code).toBe(0);
    const notices = lines(stderr);
    expect(notices[0]).toMatch(
      /^Mock mode: talking to a Prism mock of spec\/openapi\.yaml at http:\/\/127\.0\.0\.1:\d+, not to Yunxin\.$/,
    );
    expect(notices[1]).toContain("placeholder demo credentials");
    expect(lines(stdout)).toEqual([
      "✓ apifoxtest2  message 9897543190303",
      expect.stringMatching(/^sent 1 · failed 0 · not attempted 0 \(1 call, \d+\.\d s\)$/),
    ]);
  });

  it("is forced by --mock over credentials, and marks the mock in --json output", async () => {
    const { code, stdout, stderr } = await runCli([...DEMO, "--to", "bob", "--mock", "--json"], {
      env: { YUNXIN_APP_KEY: "real-key", YUNXIN_APP_SECRET: "real-secret" },
    });

    expect(code).toBe(1);
    const records = lines(stdout).map((line) => JSON.parse(line));
    expect(records).toContainEqual(
      expect.objectContaining({
        status: "sent",
        receiverId: "apifoxtest2",
        messageServerId: "9897543190303",
      }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ status: "failed", receiverId: "bob", maybeDelivered: true }),
    );
    expect(records.at(-1).summary).toMatchObject({
      sent: 1,
      failed: 1,
      notAttempted: 0,
      mock: true,
    });
    expect(stderr).toContain("Mock mode: talking to a Prism mock");
    // The mock only ever names the spec's example receiver: that is explained, not hidden.
    expect(stderr).toMatch(
      /Note: the mock answers every call with the spec's example.*apifoxtest2/,
    );
  });

  it("refuses to run without the repository's launcher, saying why and what to do instead", async () => {
    const missing = new URL("file:///nonexistent/scripts/prism.mjs");
    const error = await startEmbeddedMock(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /^the embedded mock cannot start: this copy of yunxin-im is installed without @yunxin-im\/contract-kit, which brings Prism for the mock\. Instead, install @yunxin-im\/contract-kit next to the CLI \(`npm install --global @yunxin-im\/contract-kit` for a global CLI/,
    );
  });
});

describe("a Prism mock given as --base-url", () => {
  let prism: PrismServer;
  beforeAll(async () => {
    prism = await startPrism();
  });
  afterAll(async () => {
    await prism?.stop();
  });

  it("accepts the signed requests of the environment's credentials (Prism refuses unsigned ones)", async () => {
    const { code, stdout, stderr } = await runCli([...DEMO, "--base-url", prism.baseUrl], {
      env: { YUNXIN_APP_KEY: "test-app-key", YUNXIN_APP_SECRET: "test-app-secret" },
    });

    expect(code).toBe(0);
    expect(stderr).not.toContain("Mock mode");
    expect(stderr).toContain(`through ${prism.baseUrl}`);
    expect(lines(stdout)).toContain("✓ apifoxtest2  message 9897543190303");
  });
});
