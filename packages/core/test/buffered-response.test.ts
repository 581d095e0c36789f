import { describe, expect, it } from "vitest";
import { BufferedResponse } from "../src/buffered-response.js";

const text = '{"code":200,"msg":"成功"}';
const answer = () =>
  new BufferedResponse(text, { status: 200, headers: { "Content-Type": "application/json" } });

describe("BufferedResponse", () => {
  it("is a Response with the answer's status and headers", () => {
    const response = answer();
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("gives its text once, then refuses like a read body", async () => {
    const response = answer();
    await expect(response.text()).resolves.toBe(text);
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toBeInstanceOf(TypeError);
    await expect(response.json()).rejects.toBeInstanceOf(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
  });

  it("serves its body as a stream to whoever asks for one", async () => {
    const response = answer();
    const read = await new Response(response.body).text();
    expect(read).toBe(text);
    expect(response.bodyUsed).toBe(true);
  });

  it("parses as JSON, clones and gives bytes like a native Response", async () => {
    const response = answer();
    const copy = response.clone();
    expect(copy).toBeInstanceOf(BufferedResponse);
    await expect(copy.json()).resolves.toEqual({ code: 200, msg: "成功" });
    expect(new TextDecoder().decode(await response.bytes())).toBe(text);
  });
});
