import { md5 } from "@noble/hashes/legacy.js";
import { toHex } from "./hex.js";

/**
 * Lowercase hex MD5. Web Crypto has no MD5, so this is @noble/hashes' audited pure-JS
 * implementation: the same code on Node, Deno, Bun, browsers and edge runtimes.
 */
export function md5Hex(bytes: Uint8Array): string {
  return toHex(md5(bytes));
}
