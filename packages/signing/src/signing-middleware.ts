import { checkSumOf } from "./check-sum.js";
import {
  type CheckedCredentials,
  type CredentialsProvider,
  checkCredentials,
} from "./credentials.js";
import { describeType, SigningConfigError, type SigningConfigField } from "./errors.js";
import { isVisibleAscii } from "./header-value.js";
import { createRandomNonce, MAX_NONCE_LENGTH } from "./nonce.js";
import type { Secret } from "./secret.js";

/** The header the server de-duplicates requests by. */
export const TRACE_ID_HEADER = "X-custom-traceid";

/**
 * The middleware: what `client.use(...)` of `@yunxin-im/core` and of openapi-fetch (0.10 to 0.17,
 * each tested) accepts. Declared here, structurally, so this package needs no openapi-fetch.
 */
export interface SigningMiddleware {
  /** Signs the request in place and returns it. */
  onRequest(options: { readonly request: Request }): Promise<Request>;
}

/** Where the middleware takes time and randomness from; each is injectable. */
export interface SigningSources {
  /** The clock, in milliseconds since the epoch (`CurTime` is its whole seconds). Default `Date.now`. */
  now?: () => number;
  /** A fresh `Nonce` per request, 1 to 128 visible ASCII characters. Default 32 random hex characters. */
  createNonce?: () => string;
  /** A trace id for a request that has none yet. Default `crypto.randomUUID()`. */
  createTraceId?: () => string;
}

/** Fixed credentials, checked when the middleware is created. */
export interface StaticCredentialsOptions extends SigningSources {
  appKey: string;
  appSecret: string | Secret;
  credentials?: never;
}

/** Credentials from a provider, called (and checked) before every request. */
export interface ProvidedCredentialsOptions extends SigningSources {
  credentials: CredentialsProvider;
  appKey?: never;
  appSecret?: never;
}

export type SigningMiddlewareOptions = StaticCredentialsOptions | ProvidedCredentialsOptions;

/**
 * Where the core client finds {@link SignHeaders} on this package's middleware: a registered
 * symbol, so the client recognises the signer without depending on this package.
 */
export const SIGN_HEADERS: unique symbol = Symbol.for("@yunxin-im/signing/sign-headers");

/**
 * The signature headers of one request carrying `traceId` (`AppKey`, `Nonce`, `CurTime`,
 * `CheckSum` and the trace id), exactly what `onRequest` sets: the core client sends them as a
 * plain object when this signer is its only middleware. A promise only when the credentials come
 * from a provider.
 */
export type SignHeaders = (traceId: string) => SignedHeaders | Promise<SignedHeaders>;

export type SignedHeaders = Record<string, string>;

const MAX_DATE_MS = 8.64e15;
const inspectCustom = Symbol.for("nodejs.util.inspect.custom");

/**
 * openapi-fetch middleware that signs every request: sets `AppKey`, a fresh `Nonce`, `CurTime`
 * (Unix seconds), `CheckSum = sha1hex(AppSecret + Nonce + CurTime)`, and `X-custom-traceid` when
 * the request has none (an existing one is kept, so the retries of a call share it; an empty or
 * non-ASCII one is refused, never replaced). Each attempt passes through the middleware again, so a
 * retry is re-signed.
 *
 * @throws {SigningConfigError} at once for bad options; from `onRequest`, before anything is sent,
 * when a provider or source returns a bad value.
 */
export function createSigningMiddleware(options: SigningMiddlewareOptions): SigningMiddleware {
  if (typeof options !== "object" || options === null) {
    throw new SigningConfigError(
      "options",
      `createSigningMiddleware needs an options object, got ${describeType(options)}`,
    );
  }
  const now = sourceOption(options.now, "now") ?? Date.now;
  const createNonce = sourceOption(options.createNonce, "createNonce") ?? createRandomNonce;
  const createTraceId =
    sourceOption(options.createTraceId, "createTraceId") ?? (() => crypto.randomUUID());
  const credentials = credentialsSource(options);
  const description = credentials.fixed
    ? { middleware: "@yunxin-im/signing", appKey: credentials.fixed.appKey }
    : { middleware: "@yunxin-im/signing", credentials: "provider" };

  // The trace id is checked before the clock and the checksum, as a header given to onRequest.
  const headersOf = ({ appKey, appSecret }: CheckedCredentials, given: string | null) => {
    const nonce = checkNonce(createNonce());
    const traceId = given === null ? checkTraceId(createTraceId()) : checkRequestTraceId(given);
    const curTime = unixSeconds(now());
    return {
      AppKey: appKey,
      Nonce: nonce,
      CurTime: curTime,
      CheckSum: checkSumOf(appSecret, nonce, curTime),
      [TRACE_ID_HEADER]: traceId,
    };
  };
  const { fixed } = credentials;
  const sign = (given: string | null): SignedHeaders | Promise<SignedHeaders> =>
    fixed ? headersOf(fixed, given) : credentials.current().then((each) => headersOf(each, given));

  const middleware: SigningMiddleware & Record<PropertyKey, unknown> = {
    async onRequest({ request }) {
      const signed = await sign(request.headers.get(TRACE_ID_HEADER));
      for (const name in signed) request.headers.set(name, signed[name] as string);
      return request;
    },
    toJSON: () => description,
    toString: () => `SigningMiddleware(${JSON.stringify(description)})`,
    [inspectCustom]: () => `SigningMiddleware(${JSON.stringify(description)})`,
  };
  // Not enumerable: the middleware's renderings and copies stay as they were.
  Object.defineProperty(middleware, SIGN_HEADERS, { value: sign satisfies SignHeaders });
  return middleware;
}

function credentialsSource(options: SigningMiddlewareOptions): {
  fixed: CheckedCredentials | undefined;
  current: () => Promise<CheckedCredentials>;
} {
  const { credentials: provider } = options;
  if (provider === undefined) {
    const fixed = checkCredentials(options, "options");
    return { fixed, current: async () => fixed };
  }
  if (options.appKey !== undefined || options.appSecret !== undefined) {
    throw new SigningConfigError(
      "credentials",
      "give either appKey and appSecret, or a credentials provider, not both",
    );
  }
  if (typeof provider !== "function") {
    throw new SigningConfigError(
      "credentials",
      `credentials must be a function returning { appKey, appSecret }, got ${describeType(provider)}`,
    );
  }
  const current = async () => {
    let given: unknown;
    try {
      given = await provider();
    } catch (error) {
      throw new SigningConfigError("credentials", "the credentials provider failed", {
        cause: error,
      });
    }
    return checkCredentials(given, "credentials()");
  };
  return { fixed: undefined, current };
}

function sourceOption<T>(value: T | undefined, field: SigningConfigField): T | undefined {
  if (value !== undefined && typeof value !== "function") {
    throw new SigningConfigError(field, `${field} must be a function, got ${describeType(value)}`);
  }
  return value;
}

function checkNonce(nonce: unknown): string {
  if (typeof nonce !== "string") {
    throw new SigningConfigError(
      "createNonce",
      `createNonce() must return a string, got ${describeType(nonce)}`,
    );
  }
  if (nonce.length === 0 || nonce.length > MAX_NONCE_LENGTH || !isVisibleAscii(nonce)) {
    throw new SigningConfigError(
      "createNonce",
      `createNonce() must return 1 to ${MAX_NONCE_LENGTH} visible ASCII characters ` +
        `(Nonce allows at most ${MAX_NONCE_LENGTH}), got ${nonce.length} characters` +
        (isVisibleAscii(nonce) || nonce === "" ? "" : " including spaces or non-ASCII ones"),
    );
  }
  return nonce;
}

function checkTraceId(traceId: unknown): string {
  if (typeof traceId !== "string" || !isVisibleAscii(traceId)) {
    throw new SigningConfigError(
      "createTraceId",
      "createTraceId() must return a non-empty string of visible ASCII characters, got " +
        (typeof traceId === "string" && traceId !== ""
          ? "one with spaces or non-ASCII characters"
          : describeType(traceId)),
    );
  }
  return traceId;
}

/**
 * A trace id the request already carries is the call's: it is never replaced, since the caller
 * keeps it across the call's retries. An empty one (a blank value arrives empty, as fetch strips
 * spaces) is refused rather than replaced by a fresh id per attempt, which would give the
 * attempts of one call different ids and defeat the server's de-duplication.
 */
function checkRequestTraceId(traceId: string): string {
  if (traceId === "") {
    throw new SigningConfigError(
      "traceId",
      `The request's ${TRACE_ID_HEADER} header is empty: set a non-empty trace id, the same on ` +
        "every attempt of a call, or leave the header out to have one made",
    );
  }
  if (!isVisibleAscii(traceId)) {
    throw new SigningConfigError(
      "traceId",
      `The request's ${TRACE_ID_HEADER} header must be visible ASCII characters without spaces`,
    );
  }
  return traceId;
}

function unixSeconds(milliseconds: unknown): string {
  if (
    typeof milliseconds !== "number" ||
    !Number.isFinite(milliseconds) ||
    milliseconds < 0 ||
    milliseconds > MAX_DATE_MS
  ) {
    throw new SigningConfigError(
      "now",
      `now() must return milliseconds since the epoch (0 to ${MAX_DATE_MS}), got ${
        typeof milliseconds === "number" ? milliseconds : describeType(milliseconds)
      }`,
    );
  }
  return String(Math.floor(milliseconds / 1000));
}
