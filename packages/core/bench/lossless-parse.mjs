#!/usr/bin/env node
// What exact int64 ids cost a parse: `parseJsonLossless` against `JSON.parse` (which rounds ids
// above 2^53), and against the fast path it could have had — `JSON.parse`, then every int64 field
// checked with `Number.isSafeInteger` and made a string, the lossless parse only when a check
// fails — on the benchmark's two answers, with ids beyond 2^53 and with 13-digit ids. Each parse
// gets a fresh string decoded from bytes, as an answer off a socket is (one string parsed over
// and over measured differently).
//   pnpm -F @yunxin-im/core build && node bench/lossless-parse.mjs [--calls 300000] [--rounds 3]
import { parseArgs } from "node:util";
import { OPERATIONS, parseJsonLossless } from "../dist/index.js";
import { answersWithIds, BEYOND_2_53 } from "./answers.mjs";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "300000" },
    rounds: { type: "string", default: "3" },
  },
});
const calls = Number(values.calls);

function microsPerParse(parse, bytes) {
  for (let index = 0; index < calls / 10; index++) parse(bytes.toString());
  const started = process.hrtime.bigint();
  for (let index = 0; index < calls; index++) parse(bytes.toString());
  return Number(process.hrtime.bigint() - started) / calls / 1_000;
}

/** The int64 fields under `scalars` made strings in place; false at the first unsafe one. */
function stringifySafeInt64(value, scalars) {
  if (Array.isArray(value)) {
    return value.every(
      (each) => typeof each !== "object" || each === null || stringifySafeInt64(each, scalars),
    );
  }
  for (const key in value) {
    const field = value[key];
    if (typeof field === "number" && scalars.has(key)) {
      if (!Number.isSafeInteger(field)) return false;
      value[key] = String(field);
    } else if (typeof field === "object" && field !== null && !stringifySafeInt64(field, scalars)) {
      return false;
    }
  }
  return true;
}

console.log(`Node ${process.version}; µs a parse (decoding included), ${values.rounds} rounds\n`);
console.log(
  "| answer | ids | bytes | decode only | `JSON.parse` | `parseJsonLossless` | `JSON.parse`, int64 checked, lossless if one fails |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const [ids, firstId] of [
  ["beyond 2^53", BEYOND_2_53],
  ["13 digits", "9897543190303"],
]) {
  const answers = answersWithIds(firstId);
  for (const [operation, bytes] of [
    ["sendMessage", answers.sent],
    ["queryMessagesByPage", answers.page],
  ]) {
    const scalars = new Set(OPERATIONS[operation].int64.answer);
    const lists = new Set(OPERATIONS[operation].int64.answerLists);
    const lossless = (text) => parseJsonLossless(text, scalars, lists);
    const fastPath = (text) => {
      const parsed = JSON.parse(text);
      return lists.size === 0 && stringifySafeInt64(parsed, scalars) ? parsed : lossless(text);
    };
    const expected = JSON.stringify(lossless(bytes.toString()));
    if (JSON.stringify(fastPath(bytes.toString())) !== expected)
      throw new Error("fast path differs");
    const parsers = [(text) => text, JSON.parse, lossless, fastPath];
    const figures = parsers.map(() => []);
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [index, parse] of parsers.entries()) {
        figures[index].push(microsPerParse(parse, bytes));
      }
    }
    const range = (list) => `${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}`;
    console.log(`| ${operation} | ${ids} | ${bytes.length} | ${figures.map(range).join(" | ")} |`);
  }
}
