import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as here from "../src/index.js";
import { checkSumVectors, independentCallbackHeaders } from "./support/vectors.js";

// Two versions of the package in one install are two copies of its modules, each with its own
// Secret class. The other copy here is the built package copied to a directory of its own and
// imported from there: a separate module graph, not a mock.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
let copyDir: string;
let other: typeof here;

beforeAll(async () => {
  copyDir = await mkdtemp(join(tmpdir(), "yunxin-signing-copy-"));
  await cp(join(packageDir, "dist"), join(copyDir, "dist"), { recursive: true });
  await cp(join(packageDir, "package.json"), join(copyDir, "package.json"));
  // Its own dependencies (@noble/hashes) resolve as they would next to any installed copy.
  await symlink(join(packageDir, "node_modules"), join(copyDir, "node_modules"), "dir");
  other = await import(/* @vite-ignore */ pathToFileURL(join(copyDir, "dist", "index.js")).href);
});

afterAll(async () => {
  if (copyDir) await rm(copyDir, { recursive: true, force: true });
});

const vector = checkSumVectors[0];
if (!vector) throw new Error("no vectors");

describe("a Secret made by another copy of the package", () => {
  it("is a class of its own there, so only a registered symbol can recognise it", () => {
    expect(other.Secret).not.toBe(here.Secret);
  });

  it("signs a request's CheckSum here", async () => {
    const secret = new other.Secret(vector.appSecret);
    await expect(here.computeCheckSum(secret, vector.nonce, vector.curTime)).resolves.toBe(
      vector.checkSum,
    );
  });

  it("is accepted by this copy's middleware options", () => {
    expect(() =>
      here.createSigningMiddleware({ appKey: "k", appSecret: new other.Secret("s") }),
    ).not.toThrow();
  });

  it("verifies a callback here", async () => {
    const body = '{"eventType":"1"}';
    const now = 1_700_000_000_000;
    const result = await here.verifyCallback(
      { headers: independentCallbackHeaders("s3cret", body, now), body },
      { appSecret: new other.Secret("s3cret"), now: () => now },
    );
    expect(result).toMatchObject({ ok: true });
  });

  it("counts as an instance of this copy's Secret, both ways", () => {
    expect(new other.Secret("s")).toBeInstanceOf(here.Secret);
    expect(new here.Secret("s")).toBeInstanceOf(other.Secret);
    expect({ reveal: () => "s" }).not.toBeInstanceOf(here.Secret);
  });

  it("still stays redacted once it crossed over", () => {
    const secret = new other.Secret(vector.appSecret);
    const middleware = here.createSigningMiddleware({ appKey: "k", appSecret: secret });
    expect(JSON.stringify({ middleware, secret })).not.toContain(vector.appSecret);
  });

  it("does not make any object with a reveal() a secret", async () => {
    const impostor = { reveal: () => vector.appSecret };
    const error = await here
      .computeCheckSum(impostor as never, vector.nonce, vector.curTime)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(here.SigningConfigError);
    expect((error as Error).message).toMatch(
      /must be a non-empty string or a Secret, got an object/,
    );
  });
});
