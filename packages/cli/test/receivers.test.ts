import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { collectReceivers, parseReceiverLines } from "../src/receivers.js";
import { UsageError } from "../src/usage-error.js";

function stdin(text: string, isTTY = false) {
  return Object.assign(Readable.from([text]), { isTTY });
}

async function file(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "yunxin-im-receivers-"));
  const path = join(dir, "receivers.txt");
  await writeFile(path, content);
  return path;
}

describe("parseReceiverLines", () => {
  it("takes one id per line and skips blank lines, comments and surrounding spaces", () => {
    expect(parseReceiverLines("# team\r\nbob\n\n  carol  \n#dave\n")).toEqual(["bob", "carol"]);
  });
});

describe("collectReceivers", () => {
  it("splits --to values on commas and keeps the order", async () => {
    const result = await collectReceivers({ to: ["bob, carol", "dave"], stdin: stdin("eve") });
    expect(result).toEqual({ ids: ["bob", "carol", "dave"], duplicates: 0 });
  });

  it("adds the ids of --to-file to those of --to", async () => {
    const path = await file("carol\n# not me\ndave\n");
    const result = await collectReceivers({ to: ["bob"], toFiles: [path], stdin: stdin("") });
    expect(result.ids).toEqual(["bob", "carol", "dave"]);
  });

  it("reads stdin for --to-file -", async () => {
    const result = await collectReceivers({ toFiles: ["-"], stdin: stdin("bob\ncarol\n", true) });
    expect(result.ids).toEqual(["bob", "carol"]);
  });

  it("reads piped stdin when no receiver flag is given", async () => {
    const result = await collectReceivers({ stdin: stdin("bob\ncarol\n") });
    expect(result.ids).toEqual(["bob", "carol"]);
  });

  it("does not wait on a terminal stdin", async () => {
    const terminal = Object.assign(new Readable({ read() {} }), { isTTY: true });
    expect(await collectReceivers({ stdin: terminal })).toEqual({ ids: [], duplicates: 0 });
  });

  it("gives each receiver the message once and counts the repeats", async () => {
    const result = await collectReceivers({ to: ["bob,carol,bob", "carol"], stdin: stdin("") });
    expect(result).toEqual({ ids: ["bob", "carol"], duplicates: 2 });
  });

  it("refuses an empty --to value, alone or after a valid one, and an empty id between commas", async () => {
    for (const to of [[""], ["bob", ""], ["bob", "  "], ["bob,,carol"], ["bob,"]]) {
      await expect(collectReceivers({ to, stdin: stdin("") }), JSON.stringify(to)).rejects.toThrow(
        UsageError,
      );
    }
    await expect(collectReceivers({ to: ["bob", ""], stdin: stdin("") })).rejects.toThrow(
      '--to needs a receiver id, got ""',
    );
    await expect(collectReceivers({ to: ["bob,,carol"], stdin: stdin("") })).rejects.toThrow(
      '--to "bob,,carol" has an empty receiver id',
    );
  });

  it("names the file it cannot read", async () => {
    await expect(
      collectReceivers({ toFiles: ["/nonexistent/receivers.txt"], stdin: stdin("") }),
    ).rejects.toThrow("cannot read --to-file /nonexistent/receivers.txt: no such file");
  });
});
