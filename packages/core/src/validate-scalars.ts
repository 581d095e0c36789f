import { compareInt64, isInt64String } from "./int64.js";
import type { Schema } from "./validate.js";

// The checks of one string, number or type keyword, for validate.ts.

/** Each pattern of the spec compiled once: validation runs per receiver of every call. */
const compiledPatterns = new Map<string, RegExp>();

/** The spec's `pattern` as a RegExp (Unicode mode, as JSON Schema requires), compiled once. */
function compilePattern(pattern: string): RegExp {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, "u");
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

/** Reports a broken keyword of the value at hand. */
export type Add = (keyword: string, message: string, limit?: unknown) => void;

export function checkString(schema: Schema, value: string, add: Add): void {
  const length =
    schema.minLength === undefined && schema.maxLength === undefined ? 0 : codePoints(value);
  if (schema.minLength !== undefined && length < schema.minLength) {
    add(
      "minLength",
      `must be at least ${schema.minLength} characters, got ${length}`,
      schema.minLength,
    );
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    add(
      "maxLength",
      `must be at most ${schema.maxLength} characters, got ${length}`,
      schema.maxLength,
    );
  }
  if (schema.pattern !== undefined && !compilePattern(schema.pattern).test(value)) {
    const rule = schema["x-pattern-description"];
    const got = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    add(
      "pattern",
      rule
        ? `must be ${rule} (pattern ${schema.pattern}), got ${got}`
        : `must match ${schema.pattern}, got ${got}`,
      schema.pattern,
    );
  }
}

/** JSON Schema counts Unicode code points, as Prism (and most servers) do. */
function codePoints(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    const unit = value.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

export function checkNumber(schema: Schema, given: number | string, add: Add): void {
  // An int64 as a decimal string is compared exactly; a plain number as it is.
  const cmp = (limit: number) =>
    typeof given === "number" ? given - limit : compareInt64(given, limit);
  if (schema.minimum !== undefined && cmp(schema.minimum) < 0) {
    add("minimum", `must be >= ${schema.minimum}, got ${given}`, schema.minimum);
  }
  if (schema.maximum !== undefined && cmp(schema.maximum) > 0) {
    add("maximum", `must be <= ${schema.maximum}, got ${given}`, schema.maximum);
  }
  if (schema.exclusiveMinimum !== undefined && cmp(schema.exclusiveMinimum) <= 0) {
    add(
      "exclusiveMinimum",
      `must be > ${schema.exclusiveMinimum}, got ${given}`,
      schema.exclusiveMinimum,
    );
  }
  if (schema.exclusiveMaximum !== undefined && cmp(schema.exclusiveMaximum) >= 0) {
    add(
      "exclusiveMaximum",
      `must be < ${schema.exclusiveMaximum}, got ${given}`,
      schema.exclusiveMaximum,
    );
  }
}

export function hasType(value: unknown, type: string, int64: boolean): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      if (int64 && typeof value === "string") return isInt64String(value);
      return (
        typeof value === "number" && (int64 ? Number.isSafeInteger(value) : Number.isInteger(value))
      );
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    case "null":
      return value === null;
    default:
      return true;
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
