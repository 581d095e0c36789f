import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The one line a run without Redis fails with. */
export const NO_REDIS =
  "These tests need Redis: set REDIS_URL=redis://host:port, or put redis-server on PATH (Debian/Ubuntu: apt-get install redis-server)";

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGTERM: with persistence on, it writes its data first) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory; resolves once it accepts connections. */
  restart(): Promise<void>;
}

export interface RedisServerOptions {
  /**
   * Keep data across a restart (append-only file in a temporary directory, fsync on every
   * write), as a production Redis under BullMQ must. Default false: no persistence at all.
   */
  persistent?: boolean;
}

/** Starts `redis-server` from PATH on a free port; rejects with {@link NO_REDIS} when there is none. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "yunxin-queue-redis-"));
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", ""];
  args.push(
    ...(options.persistent
      ? ["--appendonly", "yes", "--appendfsync", "always"]
      : ["--appendonly", "no"]),
  );
  let child: ChildProcess | undefined;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      let output = "";
      started.once("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "ENOENT" ? new Error(NO_REDIS) : error),
      );
      started.stdout?.on("data", (part: Buffer) => {
        output += part.toString();
        if (output.includes("Ready to accept connections")) resolve();
      });
      started.once("exit", (code) =>
        reject(new Error(`redis-server exited with ${code}: ${output.slice(-500)}`)),
      );
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve();
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await stop();
      await launch();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
