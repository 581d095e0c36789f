import { afterEach, describe, expect, it, vi } from "vitest";
import { createRandomNonce, MAX_NONCE_LENGTH } from "../src/nonce.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createRandomNonce", () => {
  it("makes 32 lowercase hex characters, different every time across many draws of randomness", () => {
    const nonces = Array.from({ length: 2000 }, createRandomNonce);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(32).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
  });

  it("asks the platform's random source once per 256 nonces, not once per nonce", () => {
    const draw = vi.spyOn(crypto, "getRandomValues");
    for (let count = 0; count < 1024; count++) createRandomNonce();
    // 1024 nonces are 4 pools' worth; one more draw when the pool was already partly used.
    expect(draw.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(draw.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it("uses every random byte it draws, once", () => {
    let next = 0;
    vi.spyOn(crypto, "getRandomValues").mockImplementation((array) => {
      const bytes = array as Uint8Array;
      for (let index = 0; index < bytes.length; index++) bytes[index] = next++ % 256;
      return array;
    });
    // Whatever earlier tests left in the pool comes first; then the first fresh pool, in order.
    const nonces = Array.from({ length: 260 }, createRandomNonce);
    const start = nonces.indexOf("000102030405060708090a0b0c0d0e0f");
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(256);
    expect(nonces.slice(start, start + 3)).toEqual([
      "000102030405060708090a0b0c0d0e0f",
      "101112131415161718191a1b1c1d1e1f",
      "202122232425262728292a2b2c2d2e2f",
    ]);
  });
});
