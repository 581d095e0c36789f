import { describe, expect, it } from "vitest";
import { breachesOf } from "../../../src/suite/support/contract-breaches.js";
import { clientInput, requestsOf } from "../../../src/suite/support/contract-requests.js";
import { operationWith } from "./fixture-operation.js";

const titles = (operation: ReturnType<typeof operationWith>) =>
  breachesOf(operation, requestsOf(operation)).map((breach) => breach.title);

describe("the limits the table-driven suite breaks", () => {
  it("are each rule of the body and the parameters, named by place, field, keyword and the spec's limit", () => {
    const operation = operationWith(
      {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", maxLength: 8, pattern: "^[a-z]+$" },
          level: { type: "integer", enum: [1, 2] },
        },
      },
      { rename: { name: "lobby", level: 1 } },
    );
    expect(titles(operation)).toEqual([
      "path room_id required",
      "path room_id minimum 1",
      "body name required",
      "body name maxLength 8",
      "body name pattern ^[a-z]+$",
      "body level enum 1, 2",
    ]);
  });

  it("break one rule each in a copy of the example, the rest left valid", () => {
    const operation = operationWith(
      { type: "object", properties: { name: { type: "string", maxLength: 3 } } },
      { rename: { name: "ab" } },
    );
    const breaches = breachesOf(operation, requestsOf(operation));
    const long = breaches.find((breach) => breach.keyword === "maxLength");
    expect(long?.raw).toEqual({ path: { room_id: 7n }, query: {}, body: { name: "abab" } });
    expect(long?.prism).toEqual({ location: ["body", "name"], code: "maxLength" });
    const room = breaches.find((breach) => breach.keyword === "minimum");
    expect(clientInput(operation, room?.raw ?? { path: {}, query: {} })).toEqual({
      params: { path: { room_id: "0" } },
      body: { name: "ab" },
    });
  });

  it("reach a field no example has by filling in the smallest value its schema allows", () => {
    const operation = operationWith(
      {
        type: "object",
        properties: {
          tags: { type: "array", maxItems: 2, items: { type: "string", minLength: 2 } },
        },
      },
      { empty: {} },
    );
    const breaches = breachesOf(operation, requestsOf(operation));
    const inBody = breaches.filter((breach) => breach.place === "body");
    expect(inBody.map((breach) => [breach.title, breach.raw.body])).toEqual([
      ["body tags maxItems 2", { tags: ["aa", "aa", "aa"] }],
      ["body tags[0] minLength 2", { tags: ["a"] }],
    ]);
  });

  it("break a field in the oneOf branch its example's tag (an enum or a const) selects", () => {
    const operation = operationWith(
      {
        oneOf: [
          {
            type: "object",
            required: ["kind", "text"],
            properties: { kind: { enum: [0, 10] }, text: { type: "string", maxLength: 5 } },
          },
          {
            type: "object",
            required: ["kind", "url"],
            properties: { kind: { const: 1 }, url: { type: "string", maxLength: 9 } },
          },
        ],
      },
      { image: { kind: 1, url: "u" } },
    );
    expect(titles(operation)).toEqual([
      "path room_id required",
      "path room_id minimum 1",
      "body url required",
      "body url maxLength 9",
    ]);
  });

  it("expect Prism to see an emptied required query value as missing, and an optional one not at all", () => {
    const operation = operationWith({ type: "object", properties: {} }, { none: {} }, [
      {
        name: "owner",
        in: "query",
        required: true,
        schema: { type: "string", minLength: 1 },
        example: "a",
      },
      { name: "cursor", in: "query", required: false, schema: { type: "string", minLength: 1 } },
    ]);
    const breaches = breachesOf(operation, requestsOf(operation));
    const prism = (title: string) => breaches.find((breach) => breach.title === title)?.prism;
    expect(prism("query owner minLength 1")).toEqual({
      location: ["query"],
      code: "required",
      mentions: "'owner'",
    });
    expect(breaches.map((breach) => breach.title)).toContain("query cursor minLength 1");
    expect(prism("query cursor minLength 1")).toBeUndefined();
    expect(prism("path room_id required")).toBeUndefined();
  });
});
