import type { ParameterFacts } from "./operation-facts.js";
import { resolveSchema } from "./schema-refs.js";
import type { Schema } from "./validate.js";

/**
 * A path or query parameter's value from text (a command line's `--query limit=10`), typed as the
 * spec declares it: an int64 stays its exact decimal string, an integer or number becomes a
 * number, `true`/`false` a boolean, an array the comma-separated items, each typed the same way.
 * Text that is none of these stays a string, so the validator names the field and the rule.
 */
export function parameterFromText(parameter: ParameterFacts, text: string): unknown {
  const schema = resolveSchema(parameter.schema);
  if (typesOf(schema).includes("array")) {
    const items = resolveSchema(schema.items ?? {});
    return text === "" ? [] : text.split(",").map((item) => scalarFromText(items, item));
  }
  return scalarFromText(schema, text);
}

function scalarFromText(schema: Schema, text: string): unknown {
  const types = typesOf(schema);
  if (schema.format === "int64" || types.includes("string") || types.length === 0) return text;
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(text)) {
    return Number(text);
  }
  if (types.includes("boolean") && (text === "true" || text === "false")) return text === "true";
  return text;
}

function typesOf(schema: Schema): readonly string[] {
  if (schema.type === undefined) return [];
  return typeof schema.type === "string" ? [schema.type] : schema.type;
}
