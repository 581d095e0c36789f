import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSpec } from "./load-spec.js";

// The API page this project implements, kept verbatim beside the spec.
const page = readFileSync(new URL("../source/batch-send-page.txt", import.meta.url), "utf8");
const spec = loadSpec();

/** The JSON object that starts at the first `{` after `marker` in the page. */
function jsonAfter(marker: string): unknown {
  const start = page.indexOf("{", page.indexOf(marker));
  let depth = 0;
  for (let index = start; index < page.length; index++) {
    if (page[index] === "{") depth++;
    if (page[index] === "}" && --depth === 0) return JSON.parse(page.slice(start, index + 1));
  }
  throw new Error(`no JSON after ${marker}`);
}

describe("the seed page", () => {
  it("has its request example in the spec exactly as it stands", () => {
    expect(spec.components.examples.SeedRequest.value).toEqual(jsonAfter("示例"));
  });

  it("has its response example in the spec exactly as it stands", () => {
    expect(spec.components.examples.SuccessResponse.value).toEqual(jsonAfter("返回响应"));
  });

  it("lists no body field the spec lacks", () => {
    const fields = [...page.matchAll(/^([a-z_]+)\n(?:string|boolean|integer|object|array)/gm)].map(
      (match) => match[1] as string,
    );
    const specText = JSON.stringify(spec.components.schemas);
    const missing = fields.filter((field) => !specText.includes(`"${field}"`));
    expect(fields.length).toBeGreaterThanOrEqual(28); // the 28 request body fields, at least
    expect(missing).toEqual([]);
  });
});
