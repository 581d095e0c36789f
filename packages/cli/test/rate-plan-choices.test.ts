import { RATE_PLANS } from "@yunxin-im/fanout";
import { describe, expect, it } from "vitest";
import { ratePlanChoices } from "../src/rate-plan-choices.js";

describe("ratePlanChoices", () => {
  it("names every plan of fanout's table with its default batch-send rate, the first as the default", () => {
    const text = ratePlanChoices().replace(/\s+/g, " ");
    expect(text).toBe(
      "standard (default, 120 calls/min), advanced (120), flagship (200) or dedicated (2000)",
    );
    for (const [plan, { callsPerMinute }] of Object.entries(RATE_PLANS)) {
      expect(text).toMatch(new RegExp(`${plan} \\((default, )?${callsPerMinute}\\b`));
    }
  });
});
