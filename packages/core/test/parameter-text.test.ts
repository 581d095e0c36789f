import { describe, expect, it } from "vitest";
import { type ParameterFacts, parameterFromText } from "../src/index.js";

const parameter = (schema: ParameterFacts["schema"]): ParameterFacts => ({
  name: "p",
  required: false,
  schema,
});

describe("parameterFromText", () => {
  it("keeps an int64 as its exact decimal string", () => {
    expect(
      parameterFromText(parameter({ type: "integer", format: "int64" }), "9007199254740993"),
    ).toBe("9007199254740993");
  });

  it("types integers, numbers and booleans as the spec declares them", () => {
    expect(parameterFromText(parameter({ type: "integer" }), "10")).toBe(10);
    expect(parameterFromText(parameter({ type: "number" }), "1.5")).toBe(1.5);
    expect(parameterFromText(parameter({ type: "boolean" }), "false")).toBe(false);
  });

  it("splits an array at commas and types each item, following $refs", () => {
    const ids = parameter({ type: "array", items: { $ref: "#/components/schemas/AccountId" } });
    expect(parameterFromText(ids, "ann,bob")).toEqual(["ann", "bob"]);
    const numbers = parameter({ type: "array", items: { type: "integer", format: "int64" } });
    expect(parameterFromText(numbers, "9223372036854775807,1")).toEqual([
      "9223372036854775807",
      "1",
    ]);
  });

  it("leaves text that is not of the declared type as it is, for the validator to name", () => {
    expect(parameterFromText(parameter({ type: "integer" }), "ten")).toBe("ten");
    expect(parameterFromText(parameter({ type: "boolean" }), "yes")).toBe("yes");
  });
});
