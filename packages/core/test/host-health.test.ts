import { describe, expect, it } from "vitest";
import { HostHealth } from "../src/host-health.js";

const [A, B, C] = ["https://a.test", "https://b.test", "https://c.test"] as const;

describe("HostHealth", () => {
  it("picks the hosts in the configured order while none has failed", () => {
    expect(new HostHealth([A, B, C]).pick()).toBe(A);
  });

  it("never picks a host that failed to connect while another has not", () => {
    const health = new HostHealth([A, B]);
    health.unreachable(A);
    health.answeredBadly(B);
    health.answeredBadly(B);
    expect(health.pick()).toBe(B);
  });

  it("prefers a reachable host that failed less often, then the configured order", () => {
    const health = new HostHealth([A, B, C]);
    health.answeredBadly(A);
    expect(health.pick()).toBe(B);
    health.answeredBadly(B);
    expect(health.pick()).toBe(C);
    health.answered(A);
    expect(health.pick()).toBe(A);
  });

  it("takes a host back once it answers again", () => {
    const health = new HostHealth([A, B]);
    health.unreachable(A);
    health.answered(A);
    expect(health.pick()).toBe(A);
  });

  it("goes round hosts that are all down, fewest failures in a row first, then the oldest failure", () => {
    const health = new HostHealth([A, B]);
    health.unreachable(A);
    health.unreachable(A);
    health.unreachable(B);
    expect(health.pick()).toBe(B);
    health.unreachable(B);
    expect(health.pick()).toBe(A);
  });

  it("ignores a host it does not know", () => {
    const health = new HostHealth([A]);
    health.unreachable("https://elsewhere.test");
    expect(health.pick()).toBe(A);
  });
});
