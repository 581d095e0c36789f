// The loopback stub the benchmark calls, in a process of its own so its CPU is not the caller's:
// it answers every request at once, with the envelopes the two operations return (answers.mjs).
// Prints its URL on stdout, then serves until killed.
import { createServer } from "node:http";
import { answerTo } from "./answers.mjs";

const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  request.resume();
  request.on("end", () => {
    const body = answerTo(request.method);
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
