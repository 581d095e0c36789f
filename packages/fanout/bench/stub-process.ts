// The stub server in a process of its own, so its memory and CPU are not the sender's.
// Started by `startStubProcess`; speaks over the IPC channel.
import { type StubServerOptions, startStubServer } from "../test/support/stub-server.js";

const options = JSON.parse(process.argv[2] ?? "{}") as StubServerOptions;
const server = await startStubServer({ ...options, record: false });
process.send?.({ url: server.url });
process.on("message", async (command: string) => {
  if (command === "stats") process.send?.({ stats: server.stats });
  if (command === "close") {
    await server.close();
    process.disconnect();
  }
});
