import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EXIT, run } from "../src/index.js";
import { buildRequestBody } from "../src/request-body.js";
import { UsageError } from "../src/usage-error.js";
import { captureIo } from "./support/io.js";
import { allSent, type StubServer, startStubServer } from "./support/stub-server.js";

const CREDENTIALS = { YUNXIN_APP_KEY: "stub-app-key", YUNXIN_APP_SECRET: "stub-app-secret" };

async function file(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-body-"));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const FULL_BODY = {
  sender_id: "shop",
  message: { message_type: 0, text: "From the file", sub_type: 2 },
  push_config: { push_enabled: true, push_content: "You have a message" },
  route_config: { route_enabled: false },
  extension: '{"order":"A-1"}',
  sender_no_sense: true,
};

describe("buildRequestBody", () => {
  it("builds a text message from the flags alone", async () => {
    expect((await buildRequestBody({ from: "alice", text: "Hello" })).body).toEqual({
      sender_id: "alice",
      message: { message_type: 0, text: "Hello" },
    });
  });

  it("reads the attachment object from its file, with the type and sub type", async () => {
    const path = await file("place.json", '{"title":"West Lake","lng":120.1551,"lat":30.2741}');
    const { body } = await buildRequestBody({ messageType: 4, attachmentFile: path, subType: 3 });
    expect(body.message).toEqual({
      message_type: 4,
      sub_type: 3,
      attachment: { title: "West Lake", lng: 120.1551, lat: 30.2741 },
    });
  });

  it("takes every field of --body, and the flags over the same fields", async () => {
    const path = await file("body.json", JSON.stringify(FULL_BODY));
    const { body, flagOf, bodySource } = await buildRequestBody({
      bodyFile: path,
      from: "alice",
      text: "From the flag",
    });
    expect(body).toEqual({
      ...FULL_BODY,
      sender_id: "alice",
      message: { message_type: 0, text: "From the flag", sub_type: 2 },
    });
    expect(Object.fromEntries(flagOf)).toEqual({ sender_id: "--from", "message.text": "--text" });
    expect(bodySource).toBe(`--body ${path}`);
  });

  it("makes a text message when neither --type nor the file's message has a type", async () => {
    const path = await file("body.json", '{"sender_id":"shop","message":{"text":"Hi"}}');
    expect((await buildRequestBody({ bodyFile: path })).body.message).toEqual({
      message_type: 0,
      text: "Hi",
    });
  });

  it("refuses receiver_ids in --body: receivers come from --to, --to-file or stdin", async () => {
    const path = await file("body.json", JSON.stringify({ ...FULL_BODY, receiver_ids: ["bob"] }));
    await expect(buildRequestBody({ bodyFile: path })).rejects.toThrow(
      `--body ${path} has receiver_ids: receivers come from --to, --to-file or stdin (remove receiver_ids from the file)`,
    );
  });

  it("refuses a --body that is not a JSON object, or not JSON, or not there", async () => {
    const array = await file("array.json", "[1, 2]");
    await expect(buildRequestBody({ bodyFile: array })).rejects.toThrow(
      `--body ${array} must hold a JSON object (the request body), got an array`,
    );
    const broken = await file("broken.json", "{ sender_id: 'shop' }");
    const error = await buildRequestBody({ bodyFile: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(new RegExp(`^--body ${broken} is not valid JSON: `));
    await expect(buildRequestBody({ bodyFile: "/nonexistent/body.json" })).rejects.toThrow(
      "cannot read --body /nonexistent/body.json: no such file",
    );
  });
});

describe("yunxin-im send --body", () => {
  let stub: StubServer | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  it("sends the file's fields with every call, the flags over them, and the receivers of --to", async () => {
    stub = await startStubServer((request) => allSent(request));
    const path = await file("body.json", JSON.stringify(FULL_BODY));
    const { streams } = captureIo(CREDENTIALS);
    const argv = ["send", "--body", path, "--text", "From the flag", "--to", "bob,carol"];

    expect(await run([...argv, "--base-url", stub.baseUrl], streams)).toBe(EXIT.ok);
    expect(stub.requests.map((request) => request.body)).toEqual([
      {
        ...FULL_BODY,
        message: { message_type: 0, text: "From the flag", sub_type: 2 },
        receiver_ids: ["bob", "carol"],
      },
    ]);
  });

  it("refuses a field the spec does not know, naming the file, and sends nothing", async () => {
    stub = await startStubServer((request) => allSent(request));
    const path = await file("body.json", JSON.stringify({ ...FULL_BODY, push_confg: {} }));
    const { streams, stderr } = captureIo(CREDENTIALS);
    const argv = ["send", "--body", path, "--to", "bob", "--base-url", stub.baseUrl];

    expect(await run(argv, streams)).toBe(EXIT.usage);
    expect(stderr()).toMatch(
      new RegExp(`^error: .*push_confg.* \\(--body ${path}\\).*; nothing was sent\\n$`),
    );
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses receiver_ids in the file and sends nothing", async () => {
    stub = await startStubServer((request) => allSent(request));
    const path = await file("body.json", JSON.stringify({ ...FULL_BODY, receiver_ids: ["eve"] }));
    const { streams, stderr } = captureIo(CREDENTIALS);
    const argv = ["send", "--body", path, "--to", "bob", "--base-url", stub.baseUrl];

    expect(await run(argv, streams)).toBe(EXIT.usage);
    expect(stderr()).toBe(
      `error: --body ${path} has receiver_ids: receivers come from --to, --to-file or stdin (remove receiver_ids from the file)\n`,
    );
    expect(stub.requests).toHaveLength(0);
  });
});
