/**
 * JSON parsing that keeps the exact digits of integers under chosen keys, as strings.
 * `JSON.parse` rounds integers above 2^53 (158844553334358020 becomes 158844553334358000), and
 * Node 20 has no reviver source access, so int64 ids need another way.
 *
 * The way: quote the integer after each chosen key in the text, then the native `JSON.parse`.
 * In valid JSON an unescaped `"` followed by `key":` can only open an object key (a closing quote
 * is followed by `:`, `,`, `}`, `]` or space, never a letter), and a `"` inside a string is always
 * escaped, so a key lookalike inside a string value is never touched. Keys written with `\u`
 * escapes are not recognised (no server writes ASCII that way). Invalid JSON still throws
 * JSON.parse's `SyntaxError`. Arrays of integers under `listKeys` (default: the same keys) have
 * each element quoted too; pass an empty set when no chosen key holds a list, to skip that pass.
 */
export function parseJsonLossless(
  text: string,
  stringKeys: ReadonlySet<string>,
  listKeys: ReadonlySet<string> = stringKeys,
): unknown {
  if (stringKeys.size === 0 && listKeys.size === 0) return JSON.parse(text);
  const quoted =
    stringKeys.size === 0
      ? text
      : text.replace(keyedIntegerPatterns(stringKeys).scalar, '"$1"$2"$3"');
  if (listKeys.size === 0) return JSON.parse(quoted);
  // An array of integers under a chosen key (a list of ids): each element quoted.
  return JSON.parse(
    quoted.replace(
      keyedIntegerPatterns(listKeys).array,
      (_, head: string, list: string) => head + list.replace(INTEGER, '"$&"'),
    ),
  );
}

const INTEGER = /-?\d+/g;
const patterns = new WeakMap<ReadonlySet<string>, { scalar: RegExp; array: RegExp }>();

function keyedIntegerPatterns(keys: ReadonlySet<string>): { scalar: RegExp; array: RegExp } {
  let found = patterns.get(keys);
  if (!found) {
    const alternatives = [...keys].map((key) => key.replace(/[\\^$.*+?()[\]{}|/"]/g, "\\$&"));
    const key = `(?<!\\\\)"(?:${alternatives.join("|")})"`;
    found = {
      // An unescaped quote, a chosen key, a colon, and an integer with no fraction or exponent.
      scalar: new RegExp(
        `(?<!\\\\)"(${alternatives.join("|")})"(\\s*:\\s*)(-?\\d+)(?=\\s*[,}\\]])`,
        "g",
      ),
      array: new RegExp(`(${key}\\s*:\\s*)(\\[\\s*-?\\d+(?:\\s*,\\s*-?\\d+)*\\s*\\])`, "g"),
    };
    patterns.set(keys, found);
  }
  return found;
}
