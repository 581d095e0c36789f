import { toHex } from "./hex.js";

/** The longest `Nonce` the API accepts. */
export const MAX_NONCE_LENGTH = 128;

/** A fresh nonce from the platform's cryptographic random source: 32 hex characters. */
export function createRandomNonce(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}
