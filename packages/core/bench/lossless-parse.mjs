#!/usr/bin/env node
// What exact int64 ids cost a parse: `parseJsonLossless` against `JSON.parse` (which rounds ids
// above 2^53) on the benchmark's two answers. Each parse gets a fresh string decoded from the
// bytes, as an answer off a socket is (one string parsed over and over measured differently).
//   pnpm -F @yunxin-im/core build && node bench/lossless-parse.mjs [--calls 300000] [--rounds 3]
import { parseArgs } from "node:util";
import { OPERATIONS, parseJsonLossless } from "../dist/index.js";
import { PAGE_ANSWER, SENT_ANSWER } from "./answers.mjs";

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

console.log(`Node ${process.version}; µs a parse (decoding included), ${values.rounds} rounds\n`);
console.log("| answer | bytes | decode only | `JSON.parse` | `parseJsonLossless` |");
console.log("| --- | --- | --- | --- | --- |");
for (const [operation, bytes] of [
  ["sendMessage", SENT_ANSWER],
  ["queryMessagesByPage", PAGE_ANSWER],
]) {
  const { answer, answerLists } = OPERATIONS[operation].int64;
  const scalars = new Set(answer);
  const lists = new Set(answerLists);
  const parsers = [(text) => text, JSON.parse, (text) => parseJsonLossless(text, scalars, lists)];
  const figures = parsers.map(() => []);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [index, parse] of parsers.entries()) {
      figures[index].push(microsPerParse(parse, bytes));
    }
  }
  const range = (list) => `${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}`;
  console.log(`| ${operation} | ${bytes.length} | ${figures.map(range).join(" | ")} |`);
}
