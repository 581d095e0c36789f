import fc from "fast-check";
import { expect, it } from "vitest";
import { parseJsonLossless } from "../src/lossless-json.js";

const ids = new Set(["message_server_id"]);
const key = fc.oneof(
  fc.constantFrom(
    "message_server_id",
    "message_server_idx",
    'x"message_server_id',
    '"message_server_id":1,',
    'a"b',
    "c\\",
    "__proto__",
  ),
  fc.string(),
);
// Below 1e21 JSON.stringify writes integers as digits, the only form the API sends.
const number = fc.double({ noNaN: true, min: -1e20, max: 1e20 });
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.integer(),
    number,
    fc.string(),
    fc.constantFrom('"message_server_id":12,', 'x\\"message_server_id": 3}'),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;

const integers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => Number.isInteger(item));

it("parses any JSON document like JSON.parse, but with the chosen keys' integers (and arrays of integers) as strings", () => {
  fc.assert(
    fc.property(json, fc.boolean(), (value, pretty) => {
      const text = JSON.stringify(value, null, pretty ? 2 : undefined);
      const expected = JSON.parse(text, (name, parsed) => {
        if (name !== "message_server_id") return parsed;
        if (Number.isInteger(parsed)) return String(parsed);
        return integers(parsed) ? parsed.map(String) : parsed;
      });
      expect(parseJsonLossless(text, ids)).toEqual(expected);
    }),
    { numRuns: 2000 },
  );
});
