/**
 * A JSON parser that keeps the exact digits of integers under chosen keys, as strings.
 * `JSON.parse` rounds integers above 2^53 (158844553334358020 becomes 158844553334358020 → ...016),
 * and Node 20 has no reviver source access, so int64 ids need a parser of their own.
 */
export function parseJsonLossless(text: string, stringKeys: ReadonlySet<string>): unknown {
  const parser = new Parser(text, stringKeys);
  parser.skipWhitespace();
  const value = parser.parseValue(undefined);
  parser.skipWhitespace();
  if (parser.index < text.length) parser.fail("unexpected data after the JSON value");
  return value;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Parser {
  index = 0;

  constructor(
    private readonly text: string,
    private readonly stringKeys: ReadonlySet<string>,
  ) {}

  fail(reason: string): never {
    throw new SyntaxError(`Invalid JSON at position ${this.index}: ${reason}`);
  }

  skipWhitespace(): void {
    while (this.index < this.text.length) {
      const char = this.text.charCodeAt(this.index);
      if (char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) return;
      this.index++;
    }
  }

  parseValue(key: string | undefined): unknown {
    const char = this.text[this.index];
    if (char === "{") return this.parseObject();
    if (char === "[") return this.parseArray();
    if (char === '"') return this.parseString();
    if (char === "t") return this.parseLiteral("true", true);
    if (char === "f") return this.parseLiteral("false", false);
    if (char === "n") return this.parseLiteral("null", null);
    return this.parseNumber(key);
  }

  private parseObject(): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.index++;
    this.skipWhitespace();
    if (this.text[this.index] === "}") {
      this.index++;
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.index] !== '"') this.fail("expected a property name");
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.index] !== ":") this.fail("expected ':'");
      this.index++;
      this.skipWhitespace();
      const value = this.parseValue(key);
      // A plain assignment is several times faster; only `__proto__` needs defining, so that
      // it stays a data property (as JSON.parse makes it) instead of setting the prototype.
      if (key === "__proto__") {
        Object.defineProperty(object, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        object[key] = value;
      }
      this.skipWhitespace();
      const next = this.text[this.index++];
      if (next === "}") return object;
      if (next !== ",") this.fail("expected ',' or '}'");
    }
  }

  private parseArray(): unknown[] {
    const array: unknown[] = [];
    this.index++;
    this.skipWhitespace();
    if (this.text[this.index] === "]") {
      this.index++;
      return array;
    }
    for (;;) {
      this.skipWhitespace();
      array.push(this.parseValue(undefined));
      this.skipWhitespace();
      const next = this.text[this.index++];
      if (next === "]") return array;
      if (next !== ",") this.fail("expected ',' or ']'");
    }
  }

  private parseString(): string {
    let result = "";
    let start = ++this.index;
    for (;;) {
      const char = this.text[this.index];
      if (char === undefined) this.fail("unterminated string");
      if (char === '"') break;
      if (char < " ") this.fail("control character in string");
      if (char === "\\") {
        result += this.text.slice(start, this.index);
        const escaped = this.text[this.index + 1] ?? "";
        if (escaped === "u") {
          const hex = this.text.slice(this.index + 2, this.index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad unicode escape");
          result += String.fromCharCode(Number.parseInt(hex, 16));
          this.index += 6;
        } else {
          const decoded = ESCAPES[escaped];
          if (decoded === undefined) this.fail("bad escape");
          result += decoded;
          this.index += 2;
        }
        start = this.index;
        continue;
      }
      this.index++;
    }
    result += this.text.slice(start, this.index);
    this.index++;
    return result;
  }

  private parseLiteral<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.index)) this.fail(`expected ${word}`);
    this.index += word.length;
    return value;
  }

  private parseNumber(key: string | undefined): number | string {
    NUMBER.lastIndex = this.index;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail("unexpected character");
    const source = match[0];
    this.index += source.length;
    if (key !== undefined && this.stringKeys.has(key) && /^-?\d+$/.test(source)) return source;
    return Number(source);
  }
}
