// Sends one text message to two receivers through the core client, signed by this package.
//   YUNXIN_APP_KEY=... YUNXIN_APP_SECRET=... node examples/send-batch.mjs
// Set YUNXIN_BASE_URL to aim at another server, e.g. the Prism mock of `pnpm mock`.
import { createYunxinClient } from "@yunxin-im/core";
import { createSigningMiddleware, Secret } from "@yunxin-im/signing";

const client = createYunxinClient(
  process.env.YUNXIN_BASE_URL ? { baseUrl: process.env.YUNXIN_BASE_URL } : { region: "cn" },
);
client.use(
  createSigningMiddleware({
    appKey: process.env.YUNXIN_APP_KEY ?? "",
    appSecret: new Secret(process.env.YUNXIN_APP_SECRET ?? ""),
  }),
);

const result = await client.sendBatch({
  sender_id: "alice",
  receiver_ids: ["bob", "carol"],
  message: { message_type: 0, text: "Hello from @yunxin-im/signing" },
});
console.log(`trace id ${result.traceId}, ${result.attempts} attempt(s)`);
for (const { receiverId, messageServerId } of result.sent) {
  console.log(`sent to ${receiverId}: ${messageServerId}`);
}
for (const { receiverId, errorCode, errorMsg } of result.failed) {
  console.log(`failed for ${receiverId}: ${errorCode} ${errorMsg}`);
}
