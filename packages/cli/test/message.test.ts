import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readAttachment } from "../src/message.js";
import { UsageError } from "../src/usage-error.js";

async function file(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-message-"));
  const path = join(dir, "attachment.json");
  await writeFile(path, content);
  return path;
}

describe("readAttachment", () => {
  it("reads the attachment object from its JSON file", async () => {
    const path = await file('{"title":"West Lake","lng":120.1551,"lat":30.2741}');
    expect(await readAttachment(path)).toEqual({ title: "West Lake", lng: 120.1551, lat: 30.2741 });
  });

  it("refuses an attachment file that is not JSON, naming the file, on one line", async () => {
    const path = await file("{ title: 'West Lake' }");
    const error = await readAttachment(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      new RegExp(`^--attachment ${path} is not valid JSON: .+`),
    );
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses an attachment file it cannot read", async () => {
    await expect(readAttachment("/nonexistent/cat.json")).rejects.toThrow(
      "cannot read --attachment /nonexistent/cat.json: no such file",
    );
  });
});
