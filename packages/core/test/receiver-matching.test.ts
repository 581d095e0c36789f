import { describe, expect, it } from "vitest";
import { createYunxinClient, type SendBatchRequest } from "../src/index.js";
import { RequestedReceivers } from "../src/receiver-matching.js";
import { jsonResponse, observedFetch } from "./support/observed-fetch.js";

const message: SendBatchRequest["message"] = { message_type: 0, text: "hello" };

/** Sends to `receiverIds` (unchecked, as with `validate: false`) and gets `data` as the answer. */
async function resultFor(receiverIds: string[], data: object) {
  const client = createYunxinClient({
    fetch: observedFetch(jsonResponse({ code: 200, msg: "success", data })),
    retry: { maxAttempts: 1 },
    validate: false,
  });
  const result = await client.sendBatch({ sender_id: "admin", receiver_ids: receiverIds, message });
  return {
    sent: result.sent.map((sent) => [sent.receiverId, sent.messageServerId]),
    failed: result.failed.map((failed) => [failed.receiverId, failed.errorCode]),
    unreported: result.unreported,
    unmatched: result.unmatched.map(({ list, item }) => [
      list,
      "account_id" in item ? item.account_id : item.receiver_id,
    ]),
  };
}

const success = (receiver_id: string, message_server_id: number) => ({
  receiver_id,
  message_server_id,
});

describe("matching the answer to the requested receivers", () => {
  it("takes an entry spelled in another case for the requested receiver, under the requested spelling", async () => {
    expect(
      await resultFor(["alice", "bob"], {
        success_list: [success("ALICE", 1)],
        failed_list: [{ account_id: "Bob", error_code: 102404 }],
      }),
    ).toEqual({
      sent: [["alice", "1"]],
      failed: [["bob", 102404]],
      unreported: [],
      unmatched: [],
    });
  });

  it("takes a lower-cased entry for a requested id with upper case, when only that one matches", async () => {
    expect(await resultFor(["Alice"], { success_list: [success("alice", 1)] })).toEqual({
      sent: [["Alice", "1"]],
      failed: [],
      unreported: [],
      unmatched: [],
    });
  });

  it("never takes an entry for one of several receivers it could mean: they stay unreported", async () => {
    expect(await resultFor(["Alice", "ALICE"], { success_list: [success("alice", 1)] })).toEqual({
      sent: [],
      failed: [],
      unreported: ["Alice", "ALICE"],
      unmatched: [["success_list", "alice"]],
    });
  });

  it("matches exact spellings before case-folded ones, whatever the order of the entries", async () => {
    expect(
      await resultFor(["Alice", "alice"], {
        success_list: [success("ALICE", 1), success("alice", 2), success("Alice", 3)],
      }),
    ).toEqual({
      sent: [
        ["alice", "2"],
        ["Alice", "3"],
      ],
      failed: [],
      unreported: [],
      unmatched: [["success_list", "ALICE"]],
    });
  });

  it("keeps entries naming no requested receiver, or one already accounted for, out of the outcomes", async () => {
    expect(
      await resultFor(["bob"], {
        success_list: [success("mallory", 1), success("bob", 2), success("bob", 3)],
        failed_list: [{ receiver_id: "bob", error_code: 500 }, { error_code: 500 }],
      }),
    ).toEqual({
      sent: [["bob", "2"]],
      failed: [],
      unreported: [],
      unmatched: [
        ["success_list", "mallory"],
        ["success_list", "bob"],
        ["failed_list", "bob"],
        ["failed_list", undefined],
      ],
    });
  });
});

describe("RequestedReceivers", () => {
  it("names each requested receiver once and lists the rest in the order requested", () => {
    const requested = new RequestedReceivers(["c", "a", "b", "a"]);
    expect(requested.claimExact("a")).toBe("a");
    expect(requested.claimExact("a")).toBeUndefined();
    expect(requested.claimIgnoringCase("B")).toBe("b");
    expect(requested.claimExact(42)).toBeUndefined();
    expect(requested.unnamed()).toEqual(["c"]);
  });
});
