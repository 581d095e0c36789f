import { expect } from "vitest";
import type { NotificationOutcome, ReceiverOutcome } from "../../src/index.js";
import type { StubServer } from "./stub-server.js";

/**
 * Checks a run against what the stub server saw: each receiver has exactly one outcome, nobody
 * was delivered to twice, a `sent` receiver was delivered once under the message id the server
 * gave, and a receiver reported not delivered was not.
 */
export function expectEveryReceiverAccountedFor(
  receivers: readonly string[],
  outcomes: readonly ReceiverOutcome[],
  ...servers: StubServer[]
): void {
  account(receivers, outcomes, servers, true);
}

/** The same for a custom notification run, whose `sent` outcomes carry no message id. */
export function expectEveryReceiverNotified(
  receivers: readonly string[],
  outcomes: readonly NotificationOutcome[],
  ...servers: StubServer[]
): void {
  account(receivers, outcomes, servers, false);
}

function account(
  receivers: readonly string[],
  outcomes: readonly (ReceiverOutcome | NotificationOutcome)[],
  servers: StubServer[],
  messageIds: boolean,
): void {
  const deliveries = (receiverId: string) =>
    servers.reduce((sum, server) => sum + server.deliveriesTo(receiverId), 0);
  const messageId = (receiverId: string) =>
    servers.map((server) => server.messageIdOf(receiverId)).find((id) => id !== undefined);

  expect(outcomes).toHaveLength(receivers.length);
  const byReceiver = new Map<string, ReceiverOutcome | NotificationOutcome>();
  for (const outcome of outcomes) {
    expect(byReceiver.has(outcome.receiverId), `two outcomes for ${outcome.receiverId}`).toBe(
      false,
    );
    byReceiver.set(outcome.receiverId, outcome);
  }
  for (const receiverId of receivers) {
    const outcome = byReceiver.get(receiverId);
    expect(outcome, `no outcome for ${receiverId}`).toBeDefined();
    const count = deliveries(receiverId);
    expect(count, `${receiverId} delivered ${count} times`).toBeLessThanOrEqual(1);
    if (outcome?.status === "sent") {
      expect(count, `${receiverId} reported sent`).toBe(1);
      if (messageIds) {
        expect((outcome as { messageServerId?: string }).messageServerId).toBe(
          messageId(receiverId),
        );
      } else {
        expect(outcome).not.toHaveProperty("messageServerId");
      }
    } else if (outcome?.status === "not_attempted" || outcome?.maybeDelivered === false) {
      expect(count, `${receiverId} reported not delivered`).toBe(0);
    }
  }
  for (const server of servers) expect(server.stats.duplicateDeliveries).toBe(0);
}

/** Receiver ids `user-1`, `user-2`…, as an array. */
export function receiverIds(count: number, prefix = "user-"): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
}

/** Takes every outcome of a run, in order. */
export async function collect<Outcome = ReceiverOutcome>(
  run: AsyncIterable<Outcome>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for await (const outcome of run) outcomes.push(outcome);
  return outcomes;
}
