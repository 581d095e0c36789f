import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { StubServerOptions, StubStats } from "../test/support/stub-server.js";

export interface StubProcess {
  url: string;
  stats(): Promise<StubStats>;
  close(): Promise<void>;
}

/** Starts the stub server in a child process on 127.0.0.1, port 0. */
export async function startStubProcess(
  options: Omit<StubServerOptions, "fault" | "refuse" | "now">,
): Promise<StubProcess> {
  const child = fork(fileURLToPath(new URL("./stub-process.js", import.meta.url)), [
    JSON.stringify(options),
  ]);
  const [first] = (await once(child, "message")) as [{ url: string }];
  return {
    url: first.url,
    async stats() {
      child.send("stats");
      const [reply] = (await once(child, "message")) as [{ stats: StubStats }];
      return reply.stats;
    },
    async close() {
      child.send("close");
      await once(child, "exit");
    },
  };
}
