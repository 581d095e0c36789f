// How the package's hashing compares with node:crypto (OpenSSL) in the same run, as ratios:
// MD5 of callback bodies (pure-JS @noble/hashes, used on every runtime) and the whole signing of
// a request (SHA-1, also @noble/hashes), and Web Crypto's SHA-1 for comparison. Run after a
// build: node bench/hashing.mjs
import { createHash } from "node:crypto";
import { computeCheckSum, md5Hex } from "@yunxin-im/signing";

async function opsPerSecond(action, minMs = 500) {
  for (let i = 0; i < 200; i++) await action(); // warm-up
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (let i = 0; i < 100; i++) await action();
    count += 100;
  }
  return count / ((performance.now() - start) / 1000);
}

const rows = [];
for (const size of [1024, 64 * 1024]) {
  const body = new Uint8Array(size).map((_, i) => i * 31);
  const ours = await opsPerSecond(() => md5Hex(body));
  const baseline = await opsPerSecond(() => createHash("md5").update(body).digest("hex"));
  rows.push([`MD5 of a ${size / 1024} KiB body`, ours, baseline]);
}
const ours = await opsPerSecond(() =>
  computeCheckSum("c5b4b3d6e3f0", "8dfdb33d2840", "1443592222"),
);
const baseline = await opsPerSecond(() =>
  createHash("sha1").update("c5b4b3d6e3f08dfdb33d28401443592222").digest("hex"),
);
rows.push(["CheckSum of a request", ours, baseline]);
// What the same signature costs through Web Crypto, which is asynchronous.
const encoder = new TextEncoder();
const webCrypto = await opsPerSecond(() =>
  crypto.subtle.digest("SHA-1", encoder.encode("c5b4b3d6e3f08dfdb33d28401443592222")),
);
rows.push(["SHA-1 of a request's input with Web Crypto (not used)", webCrypto, baseline]);

console.log(`node ${process.version}`);
console.log("| operation | package ops/s | node:crypto ops/s | ratio |");
console.log("|---|---:|---:|---:|");
for (const [name, a, b] of rows) {
  console.log(`| ${name} | ${Math.round(a)} | ${Math.round(b)} | ${(a / b).toFixed(2)} |`);
}
