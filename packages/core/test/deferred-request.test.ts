import { describe, expect, it } from "vitest";
import { DeferredRequest } from "../src/deferred-request.js";

const url = "https://api.example.test/im/v2/conversations/messages";
const json = '{"sender_id":"alice","receiver_ids":["bob"]}';

function post(init: RequestInit = {}) {
  return new DeferredRequest(url, {
    method: "post",
    headers: { "Content-Type": "application/json" },
    body: json,
    redirect: "error",
    ...init,
  });
}

describe("DeferredRequest", () => {
  it("keeps the Headers openapi-fetch made for it, and gives a clone headers of its own", () => {
    const headers = new Headers({ "Content-Type": "application/json" });
    const request = post({ headers });
    const copy = request.clone();
    copy.headers.set("AppKey", "other");

    expect(request.headers).toBe(headers);
    expect(request.headers.get("appkey")).toBeNull();
    expect(copy.headers.get("content-type")).toBe("application/json");
  });

  it("reads like the native Request built from the same arguments", async () => {
    const request = post();
    const native = new Request(url, {
      method: "post",
      headers: { "Content-Type": "application/json" },
      body: json,
      redirect: "error",
    });
    expect(request.url).toBe(native.url);
    expect(request.method).toBe("POST");
    expect([...request.headers]).toEqual([...native.headers]);
    expect(request.redirect).toBe("error");
    expect(request.signal.aborted).toBe(false);
    expect(Object.prototype.toString.call(request)).toBe("[object Request]");
    expect(await request.text()).toBe(await native.text());
  });

  it("hands fetch plain arguments with the headers as they are now, until a native Request is needed", () => {
    const controller = new AbortController();
    const request = post({ signal: controller.signal });
    request.headers.set("CheckSum", "abc");

    const [target, init] = request.fetchArguments() ?? [];
    expect(target).toBe(url);
    expect(init).toMatchObject({ method: "POST", body: json, redirect: "error" });
    expect(init?.signal).toBe(controller.signal);
    expect(new Headers(init?.headers).get("checksum")).toBe("abc");

    void request.body;
    expect(request.fetchArguments()).toBeUndefined();
  });

  it("builds its native Request with headers set after the body was read", async () => {
    const request = post();
    expect(await request.clone().json()).toEqual(JSON.parse(json));
    void request.body; // a middleware looked at the stream: from now on it is a native Request
    request.headers.set("Nonce", "n-1");

    const native = request.toNative();
    expect(native).toBeInstanceOf(Request);
    expect(native.headers.get("nonce")).toBe("n-1");
    expect(native.redirect).toBe("error");
    expect(await native.text()).toBe(json);
  });

  it("reads its body once, like a native Request", async () => {
    const request = post();
    expect(request.bodyUsed).toBe(false);
    expect(await request.bytes()).toEqual(new TextEncoder().encode(json));
    expect(request.bodyUsed).toBe(true);
    await expect(request.text()).rejects.toThrow(TypeError);
  });

  it("clones into an independent request without building a native one", async () => {
    const request = post();
    const copy = request.clone();
    copy.headers.set("AppKey", "k");
    expect(request.headers.has("AppKey")).toBe(false);
    expect(await copy.text()).toBe(json);
    expect(request.fetchArguments()).toBeDefined();
    expect(await request.text()).toBe(json);
  });

  it("passes instanceof for native Requests too, and tells the two apart with isDeferred", () => {
    const native = new Request(url);
    expect(native).toBeInstanceOf(DeferredRequest);
    expect(DeferredRequest.isDeferred(native)).toBe(false);
    expect(DeferredRequest.isDeferred(post())).toBe(true);
    expect(DeferredRequest.isDeferred({ url })).toBe(false);
  });

  it("keeps streams and Request inputs in a native Request from the start", async () => {
    const stream = new Blob([json]).stream();
    const fromStream = new DeferredRequest(url, {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(fromStream.fetchArguments()).toBeUndefined();
    expect(await fromStream.text()).toBe(json);

    const fromRequest = new DeferredRequest(new Request(url, { method: "PUT", body: "x" }));
    expect(fromRequest.method).toBe("PUT");
    expect(fromRequest.fetchArguments()).toBeUndefined();
    expect(await fromRequest.toNative().text()).toBe("x");
  });

  it("refuses what the native constructor refuses", () => {
    expect(() => new DeferredRequest("/relative")).toThrow(TypeError);
    expect(() => new DeferredRequest(url, { method: "GET", body: "x" })).toThrow(TypeError);
    expect(() => new DeferredRequest(url, { headers: { "Bad Name": "x" } })).toThrow(TypeError);
  });
});
