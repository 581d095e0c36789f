import { readFileSync, writeFileSync } from "node:fs";

/** Columns of the README table: the smoke suite's features, then CommonJS `require()`. */
export const COLUMNS = {
  "send-signed": "sign & send (CheckSum checked)",
  transport: "transport (undici on Node, else fetch)",
  int64: "int64 ids > 2^53",
  "api-error": "code 414 → `YunxinApiError`",
  "retry-trace-id": "retry keeps trace id",
  timeout: "per-attempt timeout",
  "stalled-body": "timeout over a stalled body",
  abort: "abort",
  fanout: "fan-out, 300 receivers",
  callback: "callback verification",
  require: "`require()` from CJS",
} as const;

export type Feature = keyof typeof COLUMNS;

export interface Row {
  runtime: string;
  version: string;
  source: string;
  /** true: proved; false: fails; undefined: does not apply to this runtime. */
  features: Partial<Record<Feature, boolean>>;
}

const START = "<!-- runtime-matrix:start (written by the suite: UPDATE_README=1 pnpm test) -->";
const END = "<!-- runtime-matrix:end -->";

const cell = (value: boolean | undefined) => (value === undefined ? "—" : value ? "✅" : "❌");

export function renderTable(rows: Row[]): string {
  const features = Object.keys(COLUMNS) as Feature[];
  const header = `| runtime | version | from | ${features.map((f) => COLUMNS[f]).join(" | ")} |`;
  const rule = `|${" --- |".repeat(features.length + 3)}`;
  const lines = rows.map(
    (row) =>
      `| ${row.runtime} | ${row.version} | ${row.source} | ${features.map((f) => cell(row.features[f])).join(" | ")} |`,
  );
  return [header, rule, ...lines].join("\n");
}

/** The table between the markers in the README. */
export function tableInReadme(readmePath: string): string {
  const text = readFileSync(readmePath, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no runtime-matrix markers`);
  return text.slice(start + START.length, end).trim();
}

export function writeTableToReadme(readmePath: string, table: string): void {
  const text = readFileSync(readmePath, "utf8");
  const start = text.indexOf(START) + START.length;
  const end = text.indexOf(END);
  writeFileSync(readmePath, `${text.slice(0, start)}\n${table}\n${text.slice(end)}`);
}

/** The host's Node version depends on the machine: compare its row by major version only. */
export function withHostVersionMasked(table: string): string {
  return table.replace(/^\| (Node \d+ \(host\)) \| (\d+)\.\d+\.\d+ \|/m, "| $1 | $2.x.x |");
}
