const NativeRequest = globalThis.Request;

/**
 * The `Request` openapi-fetch builds for each call of this client (its `Request` option): the
 * same interface, but the URL, method, headers and serialized body stay plain values until
 * something needs a real `Request`. The default transport hands them to `fetch(url, init)`, so
 * the runtime builds its Request once; Node's `fetch` given a Request builds a second one and
 * pipes the body through a TransformStream, which cost more CPU per call than signing.
 *
 * Anything beyond the URL, method, headers and signal (the body stream, `text()`, `clone()`, a
 * caller's own `fetch`) is served by a native Request built on first use from the current values.
 * `instanceof DeferredRequest` also holds for native Requests, so middleware may return either.
 */
export class DeferredRequest implements Request {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly #init: RequestInit;
  #native: Request | undefined;
  #signal: AbortSignal | undefined;

  constructor(input: RequestInfo | URL, init: RequestInit = {}) {
    if (typeof input !== "string" && !(input instanceof URL)) {
      // A Request given as input: the native constructor copies it, body and all.
      this.#native = new NativeRequest(input, init);
    } else if (init.body !== undefined && init.body !== null && typeof init.body !== "string") {
      // Streams and other bodies are read once; a native Request owns them from the start.
      this.#native = new NativeRequest(input, init);
    }
    const native = this.#native;
    this.url = native ? native.url : new URL(input as string | URL).href;
    this.method = native ? native.method : normalizeMethod(init.method ?? "GET");
    // openapi-fetch hands over Headers made for this request alone: kept, not copied.
    this.headers =
      !native && init.headers instanceof Headers
        ? init.headers
        : new Headers(native ? native.headers : init.headers);
    this.#init = native ? {} : init;
    if (!native && (this.method === "GET" || this.method === "HEAD") && init.body != null) {
      throw new TypeError("Request with GET/HEAD method cannot have body.");
    }
  }

  /** Native Requests pass too: openapi-fetch checks what middleware returns with `instanceof`. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof NativeRequest || DeferredRequest.isDeferred(value);
  }

  /** Whether `value` is a DeferredRequest itself (`instanceof` also accepts native Requests). */
  static isDeferred(value: unknown): value is DeferredRequest {
    return typeof value === "object" && value !== null && #init in value;
  }

  /**
   * The `fetch(url, init)` arguments of this request as it stands, or `undefined` once a native
   * Request has been built (a middleware read its body, say): then send {@link toNative}.
   */
  fetchArguments(): [string, RequestInit] | undefined {
    if (this.#native) return undefined;
    return [this.url, { ...this.#init, method: this.method, headers: this.headers }];
  }

  /** A native Request with this one's current headers. */
  toNative(): Request {
    if (!this.#native) {
      this.#native = new NativeRequest(this.url, {
        ...this.#init,
        method: this.method,
        headers: this.headers,
      });
    } else if (!sameHeaders(this.#native.headers, this.headers)) {
      this.#native = new NativeRequest(this.#native, { headers: this.headers });
    }
    return this.#native;
  }

  get signal(): AbortSignal {
    if (this.#init.signal) return this.#init.signal;
    if (this.#native) return this.#native.signal;
    this.#signal ??= new AbortController().signal;
    return this.#signal;
  }
  get body(): Request["body"] {
    return this.toNative().body;
  }
  get bodyUsed(): boolean {
    return this.#native?.bodyUsed ?? false;
  }
  get cache(): RequestCache {
    return this.toNative().cache;
  }
  get credentials(): RequestCredentials {
    return this.toNative().credentials;
  }
  get destination(): RequestDestination {
    return this.toNative().destination;
  }
  get integrity(): string {
    return this.toNative().integrity;
  }
  get keepalive(): boolean {
    return this.toNative().keepalive;
  }
  get mode(): RequestMode {
    return this.toNative().mode;
  }
  get redirect(): RequestRedirect {
    return this.toNative().redirect;
  }
  get referrer(): string {
    return this.toNative().referrer;
  }
  get referrerPolicy(): ReferrerPolicy {
    return this.toNative().referrerPolicy;
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toNative().arrayBuffer();
  }
  /** Node 20's Request has no `bytes()`; this one has it on every runtime. */
  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.toNative().arrayBuffer());
  }
  blob(): Promise<Blob> {
    return this.toNative().blob();
  }
  formData(): Promise<FormData> {
    return this.toNative().formData();
  }
  json(): Promise<unknown> {
    return this.toNative().json();
  }
  text(): Promise<string> {
    return this.toNative().text();
  }
  clone(): Request {
    if (this.#native) return this.toNative().clone();
    return new DeferredRequest(this.url, { ...this.#init, headers: new Headers(this.headers) });
  }
  get [Symbol.toStringTag](): string {
    return "Request";
  }
}

const NORMALIZED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALIZED_METHODS.has(upper) ? upper : method;
}

function sameHeaders(a: Headers, b: Headers): boolean {
  const left = [...a];
  const right = [...b];
  return (
    left.length === right.length &&
    left.every(([name, value], index) => right[index]?.[0] === name && right[index]?.[1] === value)
  );
}
