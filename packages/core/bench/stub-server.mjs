// The loopback stub the benchmark calls, in a process of its own so its CPU is not the caller's:
// it answers every request at once, with the envelopes the two operations return (ids beyond
// 2^53, as Yunxin's message ids are). Prints its URL on stdout, then serves until killed.
import { createServer } from "node:http";

const MESSAGE_ID = "158844553334358020";
const sent = Buffer.from(
  `{"code":200,"msg":"success","data":{"message_server_id":${MESSAGE_ID},"sender_id":"alice",` +
    '"receiver_id":"bob","conversation_type":1,"create_time":1717405300123,"message_type":0,"text":"hi"}}',
);
const item = (index) =>
  `{"message_server_id":${BigInt(MESSAGE_ID) + BigInt(index)},"conversation_type":1,"sender_id":"alice",` +
  `"receiver_id":"bob","message_type":0,"create_time":${1717405300123 + index},"text":"message ${index}"}`;
const page = Buffer.from(
  `{"code":200,"msg":"success","data":{"has_more":true,"page_token":"next-20","items":[${Array.from(
    { length: 20 },
    (_, index) => item(index),
  ).join(",")}]}}`,
);

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  request.resume();
  request.on("end", () => {
    const body = request.method === "GET" ? page : sent;
    response.writeHead(200, {
      "Content-Type": "application/json;charset=UTF-8",
      "Content-Length": body.length,
    });
    response.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}`);
});
