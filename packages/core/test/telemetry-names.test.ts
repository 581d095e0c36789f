import { describe, expect, it } from "vitest";
import {
  YunxinAbortError,
  YunxinConnectionError,
  YunxinHttpError,
  YunxinRateLimitError,
  YunxinTimeoutError,
  YunxinValidationError,
} from "../src/index.js";
import { errorTypeOf, fullUrl, outcomeOf, serverOf } from "../src/telemetry-names.js";

describe("telemetry names", () => {
  it("url.full replaces credentials in the URL and keeps everything else", () => {
    expect(fullUrl("https://user:pass@open.yunxinapi.com/im/v2/accounts?account_ids=a,b")).toBe(
      "https://REDACTED:REDACTED@open.yunxinapi.com/im/v2/accounts?account_ids=a,b",
    );
    expect(fullUrl("https://open.yunxinapi.com/im/v2/accounts/a@b")).toBe(
      "https://open.yunxinapi.com/im/v2/accounts/a@b",
    );
  });

  it("server.port is the scheme's default when the base URL names none", () => {
    expect(serverOf("https://open.yunxinapi.com")).toEqual({
      "server.address": "open.yunxinapi.com",
      "server.port": 443,
      "url.scheme": "https",
    });
    expect(serverOf("http://127.0.0.1:4010/base")["server.port"]).toBe(4010);
  });

  it("error.type is the HTTP status, timeout, or the error's class, never its message", () => {
    expect(errorTypeOf(new YunxinHttpError(503, "upstream down"))).toBe("503");
    expect(errorTypeOf(new YunxinTimeoutError(10))).toBe("timeout");
    expect(errorTypeOf(new YunxinConnectionError({ cause: new Error("ECONNRESET") }))).toBe(
      "YunxinConnectionError",
    );
    expect(errorTypeOf({ name: "not an error" })).toBe("_OTHER");
  });

  it("an outcome names each kind of failure", () => {
    expect(outcomeOf(undefined)).toBe("success");
    expect(outcomeOf(new YunxinAbortError())).toBe("aborted");
    expect(outcomeOf(new YunxinRateLimitError("", 60_000))).toBe("rate_limited");
    expect(outcomeOf(new YunxinValidationError([]))).toBe("invalid_input");
    expect(outcomeOf(new TypeError("from a middleware"))).toBe("error");
  });
});
