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
 * JSON.parse's `SyntaxError`.
 */
export function parseJsonLossless(text: string, stringKeys: ReadonlySet<string>): unknown {
  if (stringKeys.size === 0) return JSON.parse(text);
  return JSON.parse(text.replace(keyedIntegerPattern(stringKeys), '"$1"$2"$3"'));
}

const patterns = new WeakMap<ReadonlySet<string>, RegExp>();

function keyedIntegerPattern(keys: ReadonlySet<string>): RegExp {
  let pattern = patterns.get(keys);
  if (!pattern) {
    const alternatives = [...keys].map((key) => key.replace(/[\\^$.*+?()[\]{}|/"]/g, "\\$&"));
    // An unescaped quote, a chosen key, a colon, and an integer with no fraction or exponent.
    pattern = new RegExp(
      `(?<!\\\\)"(${alternatives.join("|")})"(\\s*:\\s*)(-?\\d+)(?=\\s*[,}\\]])`,
      "g",
    );
    patterns.set(keys, pattern);
  }
  return pattern;
}
