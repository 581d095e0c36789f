// The answers the benchmarks' servers give, as bytes: a sent message and a page of 20, with ids
// beyond 2^53 as in the API's own batch example (so the raw callers' `JSON.parse` rounds them).
export const BEYOND_2_53 = "158844553334358020";

/** Both answers with message ids counted up from `messageId`. */
export function answersWithIds(messageId) {
  const sent = Buffer.from(
    `{"code":200,"msg":"success","data":{"message_server_id":${messageId},"sender_id":"alice",` +
      '"receiver_id":"bob","conversation_type":1,"create_time":1717405300123,"message_type":0,"text":"hi"}}',
  );
  const item = (index) =>
    `{"message_server_id":${BigInt(messageId) + BigInt(index)},"conversation_type":1,"sender_id":"alice",` +
    `"receiver_id":"bob","message_type":0,"create_time":${1717405300123 + index},"text":"message ${index}"}`;
  const page = Buffer.from(
    `{"code":200,"msg":"success","data":{"has_more":true,"page_token":"next-20","items":[${Array.from(
      { length: 20 },
      (_, index) => item(index),
    ).join(",")}]}}`,
  );
  return { sent, page };
}

export const { sent: SENT_ANSWER, page: PAGE_ANSWER } = answersWithIds(BEYOND_2_53);

/** The answer to a request: the page for the GET, the sent message for anything else. */
export const answerTo = (method) => (method === "GET" ? PAGE_ANSWER : SENT_ANSWER);
