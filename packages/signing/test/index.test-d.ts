import type { IncomingMessage } from "node:http";
import type { Middleware } from "openapi-fetch";
import type { Middleware as OldestMiddleware } from "openapi-fetch-0.10";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CallbackRejectionReason,
  type CallbackVerification,
  computeCheckSum,
  createSigningMiddleware,
  type NodeCallbackRequest,
  Secret,
  type SigningConfigField,
  type SigningMiddleware,
  verifyCallback,
  verifyCallbackRequest,
  verifyNodeCallback,
} from "../src/index.js";

describe("public types", () => {
  it("createSigningMiddleware returns its own middleware type", () => {
    expectTypeOf(
      createSigningMiddleware({ appKey: "k", appSecret: "s" }),
    ).toEqualTypeOf<SigningMiddleware>();
    expectTypeOf(
      createSigningMiddleware({ appKey: "k", appSecret: new Secret("s"), now: () => 0 }),
    ).toEqualTypeOf<SigningMiddleware>();
    expectTypeOf(
      createSigningMiddleware({ credentials: async () => ({ appKey: "k", appSecret: "s" }) }),
    ).toEqualTypeOf<SigningMiddleware>();
  });

  it("the middleware fits openapi-fetch's Middleware, oldest and newest tested", () => {
    expectTypeOf<SigningMiddleware>().toExtend<Middleware>();
    expectTypeOf<SigningMiddleware>().toExtend<OldestMiddleware>();
  });

  it("takes values or a provider, never both, and both values together", () => {
    // @ts-expect-error: a provider and values at once
    createSigningMiddleware({
      appKey: "k",
      appSecret: "s",
      credentials: () => ({ appKey: "k", appSecret: "s" }),
    });
    // @ts-expect-error: an appKey without its secret
    createSigningMiddleware({ appKey: "k" });
    // @ts-expect-error: the clock gives milliseconds as a number
    createSigningMiddleware({ appKey: "k", appSecret: "s", now: () => new Date() });
  });

  it("computeCheckSum resolves to a string", () => {
    expectTypeOf(computeCheckSum("s", "n", "1")).toEqualTypeOf<Promise<string>>();
  });

  it("a verification narrows on ok to the body or the reason", () => {
    const result = {} as CallbackVerification;
    if (result.ok) {
      expectTypeOf(result.body).toEqualTypeOf<string>();
      expectTypeOf(result.curTime).toEqualTypeOf<number>();
    } else {
      expectTypeOf(result.reason).toEqualTypeOf<CallbackRejectionReason>();
      expectTypeOf(result.body).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf<CallbackRejectionReason>().toEqualTypeOf<
      | "missing-header"
      | "malformed-header"
      | "md5-mismatch"
      | "checksum-mismatch"
      | "stale"
      | "body-too-large"
    >();
  });

  it("the adapters take a Web Request and a Node IncomingMessage", () => {
    expectTypeOf(verifyCallbackRequest).parameter(0).toEqualTypeOf<Request>();
    expectTypeOf<IncomingMessage>().toExtend<NodeCallbackRequest>();
    expectTypeOf(verifyNodeCallback({} as IncomingMessage, { appSecret: "s" })).toEqualTypeOf<
      Promise<CallbackVerification>
    >();
  });

  it("verifyCallback takes headers in the common shapes and a raw body", () => {
    verifyCallback({ headers: new Headers(), body: new Uint8Array() }, { appSecret: "s" });
    verifyCallback({ headers: { md5: ["a"] }, body: "{}" }, { appSecret: "s" });
    verifyCallback({ headers: [["MD5", "a"]], body: new ArrayBuffer(0) }, { appSecret: "s" });
    // @ts-expect-error: a parsed body cannot be verified
    verifyCallback({ headers: {}, body: { eventType: "1" } }, { appSecret: "s" });
  });

  it("a config error names one of the known fields", () => {
    expectTypeOf<SigningConfigField>().toExtend<string>();
    expectTypeOf<"appSecret">().toExtend<SigningConfigField>();
  });
});
