import { describe, expect, it } from "vitest";
import { Tally } from "../src/progress.js";

describe("Tally", () => {
  it("counts outcomes by status and reports how many remain of a known total", () => {
    const tally = new Tally(5);
    tally.add([
      { status: "sent", receiverId: "a", messageServerId: "1", traceId: "t", attempts: 1 },
      { status: "failed", receiverId: "b", errorMsg: "x", attempts: 1, maybeDelivered: false },
      { status: "not_attempted", receiverId: "c", reason: "duplicate" },
    ]);
    expect(tally.progress(120, 2)).toEqual({
      sent: 1,
      failed: 1,
      notAttempted: 1,
      done: 3,
      remaining: 2,
      callsPerMinute: 120,
      inFlight: 2,
    });
  });

  it("leaves remaining out when the total is unknown", () => {
    expect(new Tally(undefined).progress(0, 0)).not.toHaveProperty("remaining");
  });
});
