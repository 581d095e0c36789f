import { describe, expect, it } from "vitest";
import { parseJsonLossless } from "../src/lossless-json.js";

const ids = new Set(["message_server_id"]);

describe("parseJsonLossless", () => {
  it("keeps every digit of an int64 under a chosen key, where JSON.parse rounds it", () => {
    const text = '{"message_server_id":158844553334358020}';
    expect(parseJsonLossless(text, ids)).toEqual({ message_server_id: "158844553334358020" });
    expect(String(JSON.parse(text).message_server_id)).not.toBe("158844553334358020");
  });

  it("parses everything else exactly like JSON.parse", () => {
    const samples = [
      '{"a":[1,-2.5e3,true,false,null,"x\\"y\\\\z\\u00e9\\n"],"b":{},"c":[]}',
      ' [ 0 , 1.0 , "型用四这却认" , {"message_server_id" : 12} ] ',
      '"\\ud83d\\ude00"',
      "-0",
    ];
    for (const sample of samples) {
      const expected = JSON.parse(sample, (key, value) =>
        key === "message_server_id" ? String(value) : value,
      );
      expect(parseJsonLossless(sample, ids)).toEqual(expected);
    }
  });

  it("does not touch a key that only looks like the id inside a string", () => {
    const text = '{"text":"\\"message_server_id\\":158844553334358020","n":158844553334358020}';
    expect(parseJsonLossless(text, ids)).toEqual(JSON.parse(text));
  });

  it("rejects invalid and truncated JSON with a SyntaxError", () => {
    for (const bad of ['{"code":200,"msg":"succ', "{code:200}", "[1,]", '{"a":1} x', "", "01"]) {
      expect(() => parseJsonLossless(bad, ids), bad).toThrow(SyntaxError);
    }
  });

  it("does not let a __proto__ key change the prototype", () => {
    const parsed = parseJsonLossless('{"__proto__":{"polluted":true}}', ids) as object;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(["__proto__"]);
  });
});

describe("parseJsonLossless on whole answers", () => {
  it("keeps the id exact with spacing, negative ids and ids in nested lists", () => {
    const text =
      '{ "data" : { "success_list" : [ { "message_server_id" : 158844553334358020 , "x" : 1.5 },' +
      ' {"message_server_id":-9223372036854775808}, {"message_server_id":12.5} ] } }';
    expect(parseJsonLossless(text, ids)).toEqual({
      data: {
        success_list: [
          { message_server_id: "158844553334358020", x: 1.5 },
          { message_server_id: "-9223372036854775808" },
          { message_server_id: 12.5 },
        ],
      },
    });
  });

  it("leaves strings containing quotes, backslashes and colons as they are", () => {
    const text = String.raw`{"a":"\\","message_server_id":1,"b":"x\\\":2","c":"\"message_server_id\": 3"}`;
    expect(parseJsonLossless(text, ids)).toEqual({ ...JSON.parse(text), message_server_id: "1" });
  });
});
