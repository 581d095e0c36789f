import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createSigningMiddleware } from "@yunxin-im/signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  RECIPE_OPERATION_ID,
  RECIPE_PATH,
  recipeOperation,
  recipeSchemas,
} from "./support/recipe-operation.js";
import { REPOSITORY, RepositoryCopy, type Run } from "./support/repository-copy.js";
import { startStub } from "./support/stub-server.js";

// Above 2^53 and at 2^63 − 1: a JavaScript number would round both.
const ROOM_ID = "9007199254740993";
const ENTRY_ID = "9223372036854775807";
const SECRET = "recipe-secret-not-a-real-one";

let copy: RepositoryCopy;
let unbumped: Run;
let generated: Run;
let built: Run;

/** The core the copy built, loaded as a consumer would (its dist). */
async function copiedCore() {
  return import(pathToFileURL(copy.path("packages/core/dist/index.js")).href);
}

beforeAll(() => {
  copy = new RepositoryCopy();
  const specFile = copy.path("spec/openapi.yaml");
  const spec = parse(readFileSync(specFile, "utf8"));
  spec.paths[RECIPE_PATH] = { ...spec.paths[RECIPE_PATH], get: recipeOperation };
  Object.assign(spec.components.schemas, recipeSchemas);
  writeFileSync(specFile, stringify(spec));
  unbumped = copy.pnpm("generate");

  const [major, minor] = String(spec.info.version).split(".").map(Number);
  spec.info.version = `${major}.${(minor ?? 0) + 1}.0`;
  writeFileSync(specFile, stringify(spec));
  generated = copy.pnpm("generate");
  built = copy.pnpm("turbo", "run", "build", "--filter=@yunxin-im/core");
});

afterAll(() => copy?.remove());

describe("adding an operation to the spec, as the README says", () => {
  it("is refused by pnpm generate until info.version moves", () => {
    expect(unbumped.status).not.toBe(0);
    expect(unbumped.output).toContain("bump info.version, then run `pnpm generate`");
  });

  it("regenerates core and builds it once the version is bumped", () => {
    expect(generated.status, generated.output).toBe(0);
    expect(built.status, built.output).toBe(0);
    const types = readFileSync(copy.path("packages/core/src/generated/operation-types.ts"), "utf8");
    expect(types).toContain(
      `${RECIPE_OPERATION_ID}(input: OperationInput<"${RECIPE_OPERATION_ID}">`,
    );
    expect(types).toContain("List a chatroom's members with a tag (查询标签成员)");
  });

  it("gives a method that type-checks with the right input and refuses the wrong one at compile time", () => {
    const consumer = readFileSync(new URL("./fixture/consumer.ts", import.meta.url), "utf8");
    mkdirSync(copy.path("packages/spec-recipe/test/fixture"), { recursive: true });
    writeFileSync(copy.path("packages/spec-recipe/test/fixture/consumer.ts"), consumer);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        types: [],
        noEmit: true,
        skipLibCheck: true,
      },
      files: ["consumer.ts"],
    };
    writeFileSync(
      copy.path("packages/spec-recipe/test/fixture/tsconfig.json"),
      JSON.stringify(tsconfig),
    );
    const tsc = createRequire(`${REPOSITORY}/package.json`).resolve("typescript/bin/tsc");

    const checked = copy.node(tsc, "-p", "packages/spec-recipe/test/fixture/tsconfig.json");
    // Each wrong input is marked @ts-expect-error: a wrong input that compiled would fail here.
    expect(checked.output).toBe("");
    expect(checked.status).toBe(0);

    const unmarked = consumer.replaceAll("// @ts-expect-error", "//");
    writeFileSync(copy.path("packages/spec-recipe/test/fixture/consumer.ts"), unmarked);
    const refused = copy.node(tsc, "-p", "packages/spec-recipe/test/fixture/tsconfig.json");
    expect(refused.status).not.toBe(0);
    expect(refused.output.match(/error TS/g)).toHaveLength(3);
  });

  it("calls the new method signed, retried under one trace id after a reset, with exact int64 ids", async () => {
    const answer = `{"code":200,"msg":"success","data":{"room_id":${ROOM_ID},"members":[{"account_id":"ann","enter_time_id":${ENTRY_ID}}]}}`;
    const stub = await startStub(SECRET, ["reset", answer]);
    try {
      const { createYunxinClient } = await copiedCore();
      const client = createYunxinClient({
        baseUrl: stub.url,
        retry: { baseDelayMs: 1, maxDelayMs: 1 },
      });
      client.use(createSigningMiddleware({ appKey: "recipe-app", appSecret: SECRET }));

      const page = await client.listTaggedMembers(
        { params: { path: { room_id: ROOM_ID }, query: { tag: "vip", limit: 100 } } },
        { traceId: "recipe-trace" },
      );

      expect(page).toEqual({
        room_id: ROOM_ID,
        members: [{ account_id: "ann", enter_time_id: ENTRY_ID }],
      });
      const url = `/im/v2/room_members/${ROOM_ID}/actions/list_tag_members?tag=vip&limit=100`;
      expect(stub.seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
        `GET ${url}`,
        `GET ${url}`,
      ]);
      expect(stub.seen.map((request) => request.headers["x-custom-traceid"])).toEqual([
        "recipe-trace",
        "recipe-trace",
      ]);
      expect(stub.seen.every((request) => request.signed)).toBe(true);
      expect(stub.seen[0]?.headers.nonce).not.toBe(stub.seen[1]?.headers.nonce);
    } finally {
      await stub.close();
    }
  });

  it("refuses input that breaks the new operation's limits before sending anything", async () => {
    const stub = await startStub(SECRET, []);
    try {
      const { createYunxinClient, YunxinValidationError } = await copiedCore();
      const client = createYunxinClient({ baseUrl: stub.url });

      const error = await client
        .listTaggedMembers({
          params: { path: { room_id: ROOM_ID }, query: { tag: "vip", limit: 101 } },
        })
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(YunxinValidationError);
      expect(error).toMatchObject({ operationId: RECIPE_OPERATION_ID, attempts: 0 });
      expect(error.issues).toEqual([
        {
          path: "limit",
          location: "query",
          keyword: "maximum",
          limit: 100,
          message: "query parameter limit must be <= 100, got 101",
        },
      ]);
      expect(stub.seen).toEqual([]);
    } finally {
      await stub.close();
    }
  });
});
