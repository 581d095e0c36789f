import type { OperationFacts } from "./operation-facts.js";

/**
 * The query string of a call as the spec declares its parameters: an array repeats its name
 * (`explode: true`, the OpenAPI default) or joins its values with commas (`style: form,
 * explode: false`, what the SDKs send). int64 values are decimal strings already: their digits go
 * out as they are.
 */
export function queryString(facts: OperationFacts, query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const key = encodeURIComponent(name);
    if (Array.isArray(value)) {
      const parameter = facts.queryParameters.find((each) => each.name === name);
      const values = value.map((item) => encodeURIComponent(String(item)));
      if (parameter?.explode === false) parts.push(`${key}=${values.join(",")}`);
      else for (const item of values) parts.push(`${key}=${item}`);
    } else {
      parts.push(`${key}=${encodeURIComponent(String(value))}`);
    }
  }
  return parts.join("&");
}

const bodyPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * The JSON text of a request body, with the int64 values under `int64Keys` (decimal strings, as
 * the types say) written as JSON numbers, digit for digit, as the API expects them. A key in
 * `JSON.stringify`'s output is always preceded by `{` or `,`; inside a string value the quotes
 * are escaped, so a lookalike there is never touched.
 */
export function stringifyBody(body: unknown, int64Keys: readonly string[]): string {
  const text = JSON.stringify(body);
  if (int64Keys.length === 0 || text === undefined) return text;
  // Most bodies hold none of their operation's int64 keys: no need to scan them with the pattern.
  if (!int64Keys.some((key) => text.includes(`"${key}":`))) return text;
  let pattern = bodyPatterns.get(int64Keys);
  if (!pattern) {
    const keys = int64Keys.map((key) => key.replace(/[\\^$.*+?()[\]{}|/"]/g, "\\$&"));
    pattern = new RegExp(
      `([{,]"(?:${keys.join("|")})":)("-?\\d+"|\\[(?:"-?\\d+",)*"-?\\d+"\\])`,
      "g",
    );
    bodyPatterns.set(int64Keys, pattern);
  }
  return text.replace(pattern, (_, key: string, value: string) => key + value.replaceAll('"', ""));
}
