import { UsageError } from "./usage-error.js";

/** A positive whole number, or undefined when the flag is absent. */
export function optionalCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) > 0 && Number.isSafeInteger(Number(trimmed))) {
    return Number(trimmed);
  }
  throw new UsageError(`${flag} must be a positive whole number, got ${JSON.stringify(value)}`);
}

/** A whole number (its range is the spec's to check), or undefined when the flag is absent. */
export function optionalInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed))) return Number(trimmed);
  throw new UsageError(`${flag} must be a whole number, got ${JSON.stringify(value)}`);
}
