// Entry point on Node, Bun and Deno: `<runtime> run-smoke.mjs '<fixture JSON>'` prints the
// report of runSmoke as one JSON line.
import { runSmoke } from "./smoke.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const report = await runSmoke(JSON.parse(args[0]));
console.log(JSON.stringify(report));
