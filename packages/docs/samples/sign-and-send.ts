import { createYunxinClient, YunxinApiError, YunxinValidationError } from "@yunxin-im/core";
import { createSigningMiddleware } from "@yunxin-im/signing";

const client = createYunxinClient({ region: "cn" }); // "sg" for the Singapore hosts
client.use(
  createSigningMiddleware({
    appKey: process.env.YUNXIN_APP_KEY ?? "",
    appSecret: process.env.YUNXIN_APP_SECRET ?? "",
  }),
);

try {
  const result = await client.sendBatch({
    sender_id: "alice",
    receiver_ids: ["bob", "carol"], // 1 to 100 accounts per call
    message: { message_type: 0, text: "Hello" }, // text: at most 5000 characters
  });
  for (const { receiverId, messageServerId } of result.sent) {
    console.log(`sent to ${receiverId}: ${messageServerId}`); // an exact int64, as a string
  }
  for (const { receiverId, errorCode, errorMsg } of result.failed) {
    console.log(`refused ${receiverId}: ${errorCode} ${errorMsg}`);
  }
  if (result.unreported.length > 0) console.log("not confirmed:", result.unreported);
} catch (error) {
  if (error instanceof YunxinValidationError) {
    console.error(error.issues); // each field and its limit; nothing was sent
  } else if (error instanceof YunxinApiError) {
    console.error(error.code, error.msg, error.traceId); // e.g. 414, 416 (rate limited)
  } else {
    throw error;
  }
}
