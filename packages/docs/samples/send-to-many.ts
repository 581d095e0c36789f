import { createYunxinClient } from "@yunxin-im/core";
import { sendToMany } from "@yunxin-im/fanout";
import { createSigningMiddleware } from "@yunxin-im/signing";

const client = createYunxinClient({ region: "cn" });
client.use(
  createSigningMiddleware({
    appKey: process.env.YUNXIN_APP_KEY ?? "",
    appSecret: process.env.YUNXIN_APP_SECRET ?? "",
  }),
);

const receivers = Array.from({ length: 250 }, (_, i) => `user-${i}`); // or any (async) iterable

const run = sendToMany({
  client,
  message: { sender_id: "announcer", message: { message_type: 0, text: "Maintenance at 22:00" } },
  receivers,
  rateLimit: "standard", // 120 calls a minute; "flagship", "dedicated" or { callsPerMinute }
  signal: AbortSignal.timeout(10 * 60_000),
});

for await (const outcome of run) {
  // One outcome per receiver: "sent", "failed" (with the reason) or "not_attempted".
  if (outcome.status !== "sent") console.log(outcome.receiverId, outcome.status);
}
console.log(await run.summary()); // { sent, failed, notAttempted, calls, rateLimited, ... }
