import { describe, expect, it } from "vitest";
import { parseFlags } from "../src/flags.js";
import { UsageError } from "../src/usage-error.js";

const SPECS = {
  text: { type: "string" },
  to: { type: "string", multiple: true },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

const parse = (...argv: string[]) => parseFlags(argv, SPECS, "yunxin-im send");

function refusal(...argv: string[]): string {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error(`expected ${argv.join(" ")} to be refused`);
}

describe("parseFlags", () => {
  it("reads string, repeated and boolean flags, inline or separate", () => {
    expect(parse("--text", "hi", "--to=a", "--to", "b", "--json", "-q")).toEqual({
      text: "hi",
      to: ["a", "b"],
      json: true,
      quiet: true,
    });
  });

  it("refuses an unknown flag by name and points to the help", () => {
    expect(refusal("--txet", "hi")).toBe("unknown flag --txet (see yunxin-im send --help)");
    expect(refusal("-x")).toBe("unknown flag -x (see yunxin-im send --help)");
  });

  it("refuses --app-secret and points to YUNXIN_APP_SECRET without echoing the value", () => {
    const message = refusal("--app-secret", "s3cr3t-value");
    expect(message).toContain("YUNXIN_APP_SECRET");
    expect(message).toContain("--app-secret");
    expect(message).not.toContain("s3cr3t-value");
    expect(refusal("--app-secret=s3cr3t-value")).not.toContain("s3cr3t-value");
    expect(refusal("--app-key", "k")).toContain("YUNXIN_APP_KEY");
  });

  it("refuses a string flag without a value", () => {
    expect(refusal("--text")).toBe("--text needs a value");
  });

  it("refuses a flag taken as another flag's value", () => {
    expect(refusal("--text", "--json")).toMatch(/^--text needs a value \(got "--json"/);
  });

  it("accepts a dash-led value written inline, and a lone dash", () => {
    expect(parse("--text=-5 degrees", "--to", "-")).toEqual({ text: "-5 degrees", to: ["-"] });
  });

  it("refuses a value given to a switch", () => {
    expect(refusal("--json=yes")).toBe("--json takes no value");
  });

  it("refuses a single-value flag given twice", () => {
    expect(refusal("--text", "a", "--text", "b")).toBe("--text is given more than once");
  });

  it("refuses stray arguments", () => {
    expect(refusal("bob")).toBe('unexpected argument "bob" (see yunxin-im send --help)');
    expect(refusal("--", "bob")).toBe('unexpected "--" (see yunxin-im send --help)');
  });

  it("does not mistake an inherited object key for a flag", () => {
    expect(refusal("--constructor")).toBe("unknown flag --constructor (see yunxin-im send --help)");
  });
});
