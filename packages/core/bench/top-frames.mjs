#!/usr/bin/env node
// The top frames by self time of a V8 CPU profile (from `bench/run.mjs --cpu-prof <dir>`):
//   node bench/top-frames.mjs <file.cpuprofile> [count]
// Prints each frame's share of the sampled time, its function and its file (package-relative).
import { readFileSync } from "node:fs";

const [file, countText = "15"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8"));
const selfTime = new Map();
const deltas = profile.timeDeltas;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    .replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "")
    .replace(/^file:\/\/.*\/packages\//, "");
  const key = `${functionName || "(anonymous)"} ${where}${where ? `:${lineNumber + 1}` : ""}`;
  selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[index] ?? 0));
});
const total = [...selfTime.values()].reduce((sum, each) => sum + each, 0);
for (const [key, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, Number(countText))) {
  console.log(`${((time / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
}
