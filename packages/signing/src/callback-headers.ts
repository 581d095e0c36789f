/**
 * Callback headers in any common shape: a Web `Headers`, Node's `request.headers` (lower-cased
 * names, arrays for repeats), a plain object, or `[name, value]` pairs. Names match in any case.
 */
export type HeaderSource =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | Iterable<readonly [string, string]>;

/**
 * - `missing`: absent or empty;
 * - `repeated`: sent more than once, as separate values (Node's `headersDistinct`, arrays, pairs);
 * - `listed`: one value holding a comma-separated list. A header sent twice reaches a server that
 *   way: Node's `request.headers` and fetch's `Headers` join repeats with ", ". No valid `MD5`,
 *   `CheckSum` or `CurTime` contains a comma, so for them a comma means a repeat.
 */
export type HeaderLookup =
  | { found: true; value: string }
  | { found: false; problem: "missing" | "repeated" | "listed" };

export function lookUpHeader(source: HeaderSource, name: string): HeaderLookup {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  if (typeof Headers !== "undefined" && source instanceof Headers) {
    const value = source.get(wanted);
    if (value !== null) values.push(value);
  } else {
    for (const [key, value] of entriesOf(source)) {
      if (key.toLowerCase() !== wanted || value === undefined) continue;
      if (typeof value === "string") values.push(value);
      else values.push(...value);
    }
  }
  const present = values.filter((value) => value !== "");
  if (present.length === 0) return { found: false, problem: "missing" };
  if (present.length > 1) return { found: false, problem: "repeated" };
  const value = present[0] as string;
  if (value.includes(",")) return { found: false, problem: "listed" };
  return { found: true, value };
}

function entriesOf(
  source: Exclude<HeaderSource, Headers>,
): Iterable<readonly [string, string | readonly string[] | undefined]> {
  if (Symbol.iterator in source) return source as Iterable<readonly [string, string]>;
  return Object.entries(source);
}
