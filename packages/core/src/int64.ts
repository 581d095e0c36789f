import type { Schema } from "./validate.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const DECIMAL = /^-?(?:0|[1-9][0-9]*)$/;

/** `type: integer` with `format: int64`: exchanged as an exact decimal string. */
export function isInt64Schema(schema: Schema): boolean {
  return schema.format === "int64";
}

/** A decimal string within the int64 range, as the generated types say int64 values are. */
export function isInt64String(value: unknown): value is string {
  if (typeof value !== "string" || !DECIMAL.test(value) || value.length > 20) return false;
  const number = BigInt(value);
  return number >= INT64_MIN && number <= INT64_MAX;
}

/** `value` (a decimal string or a safe integer) compared with `limit`: negative, 0 or positive. */
export function compareInt64(value: string | number, limit: number): number {
  if (!Number.isInteger(limit)) return Number(value) - limit;
  const difference = BigInt(value) - BigInt(limit);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
