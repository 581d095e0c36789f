import { toHex } from "./hex.js";

/** The longest `Nonce` the API accepts. */
export const MAX_NONCE_LENGTH = 128;

const NONCE_BYTES = 16;
/** Random bytes drawn at a time: one call to the random source per 256 nonces, not per nonce. */
const POOL_BYTES = NONCE_BYTES * 256;
let pool = new Uint8Array(0);
let taken = 0;

/** A fresh nonce from the platform's cryptographic random source: 32 hex characters. */
export function createRandomNonce(): string {
  if (taken + NONCE_BYTES > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    taken = 0;
  }
  const bytes = pool.subarray(taken, taken + NONCE_BYTES);
  const nonce = toHex(bytes);
  bytes.fill(0);
  taken += NONCE_BYTES;
  return nonce;
}
