import { describe, expect, it } from "vitest";
import { createYunxinClient, YunxinValidationError } from "../../src/index.js";
import { jsonResponse, observedFetch, type Scripted } from "../support/observed-fetch.js";

function toolClient(...script: Scripted[]) {
  const fetch = observedFetch(...script);
  const client = createYunxinClient({ baseUrl: "http://stub.test", fetch, sleep: async () => {} });
  return { fetch, client };
}

describe("client.asr", () => {
  it("posts the audio to the speech-to-text tool and answers the text", async () => {
    const { fetch, client } = toolClient(
      jsonResponse({ code: 200, msg: "success", data: { text: "今天下午三点开会" } }),
    );
    const body = {
      operator_account_id: "user_10086",
      format: "aac",
      url: "https://example.com/voice.aac",
      sample_rate: 16000,
      duration: 3500,
    };
    const data = await client.asr({ body });
    expect(data.text).toBe("今天下午三点开会");
    expect(fetch.requests[0]?.method).toBe("POST");
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/tools/asr");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses audio without its url before sending", async () => {
    const { fetch, client } = toolClient();
    await expect(
      // @ts-expect-error -- url is required
      client.asr({ body: { operator_account_id: "user_10086", format: "wav" } }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });

  it("repeats a recognition answered with HTTP 502, since a repeat changes nothing", async () => {
    const { fetch, client } = toolClient(
      new Response("bad gateway", { status: 502 }),
      jsonResponse({ code: 200, msg: "success", data: { text: "hello" } }),
    );
    const data = await client.asr({
      body: { operator_account_id: "user_10086", format: "wav", url: "https://example.com/a.wav" },
    });
    expect(data.text).toBe("hello");
    expect(fetch.requests).toHaveLength(2);
  });
});

describe("client.translateText", () => {
  it("posts the text to the translations path, SDK-G's vendor option included", async () => {
    const { fetch, client } = toolClient(
      jsonResponse({
        code: 200,
        msg: "success",
        data: { translated_text: "See you tomorrow", source_language: "zh", target_language: "en" },
      }),
    );
    const body = {
      operator_account_id: "user_10086",
      source_text: "明天见",
      target_language: "en",
      translator_config: { strict: false, vendor: "default" },
    };
    const data = await client.translateText({ body });
    expect(data).toEqual({
      translated_text: "See you tomorrow",
      source_language: "zh",
      target_language: "en",
    });
    expect(fetch.requests[0]?.url).toBe("http://stub.test/im/v2/translations");
    expect(fetch.bodies[0]).toEqual(body);
  });

  it("refuses a camelCase field name before sending", async () => {
    const { fetch, client } = toolClient();
    const body = { operator_account_id: "user_10086", sourceText: "明天见", target_language: "en" };
    await expect(
      client.translateText({
        body: body as unknown as {
          operator_account_id: string;
          source_text: string;
          target_language: string;
        },
      }),
    ).rejects.toBeInstanceOf(YunxinValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});
