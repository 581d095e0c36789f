import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { afterEach, expect } from "vitest";
import {
  type StubServer,
  type StubServerOptions,
  startStubServer,
} from "../../../fanout/test/support/stub-server.js";

/** Made-up credentials: the workers sign with them, the stub checks them. */
export const TEST_APP_KEY = "queue-test-app";
export const TEST_APP_SECRET = "not-a-real-secret-5f1c2b";

export interface SignedStub {
  server: StubServer;
  /** Requests whose signature did not check out (answered 414, nothing delivered). */
  badSignatures(): number;
}

/**
 * The fan-out's stub of the API (de-duplicates by trace id, counts deliveries, injects faults),
 * with the signature checked first: a request whose AppKey or CheckSum is wrong is refused with
 * `code` 414 before anything else happens.
 */
export async function startSignedStub(options: StubServerOptions = {}): Promise<SignedStub> {
  let bad = 0;
  const server = await startStubServer({
    ...options,
    fault: (request) => {
      if (!signedCorrectly(request.headers)) {
        bad++;
        return { kind: "envelope", code: 414, msg: "checksum or AppKey wrong" };
      }
      return options.fault?.(request);
    },
  });
  return { server, badSignatures: () => bad };
}

function signedCorrectly(headers: IncomingHttpHeaders): boolean {
  const { appkey, nonce, curtime, checksum } = headers;
  if (appkey !== TEST_APP_KEY || typeof nonce !== "string" || typeof curtime !== "string") {
    return false;
  }
  const expected = createHash("sha1")
    .update(TEST_APP_SECRET + nonce + curtime)
    .digest("hex");
  return checksum === expected;
}

/**
 * Starts signed stubs for the tests of one file: each is closed after its test, and the test
 * fails if any request it got was signed wrong.
 */
export function signedStubsPerTest(): (options?: StubServerOptions) => Promise<SignedStub> {
  const stubs: SignedStub[] = [];
  afterEach(async () => {
    for (const stub of stubs.splice(0)) {
      expect(stub.badSignatures()).toBe(0);
      await stub.server.close();
    }
  });
  return async (options = {}) => {
    const started = await startSignedStub(options);
    stubs.push(started);
    return started;
  };
}
