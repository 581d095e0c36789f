import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { freePort } from "./redis-server.js";

const run = promisify(execFile);

/** Why the cluster tests are skipped, or undefined when `redis-server` and `redis-cli` are on PATH. */
export const NO_CLUSTER = ["redis-server", "redis-cli"].some(
  (command) => spawnSync(command, ["--version"]).error !== undefined,
)
  ? "skipped: the Redis Cluster tests start their own cluster and need redis-server and redis-cli on PATH (Debian/Ubuntu: apt-get install redis-server)"
  : undefined;

export interface ClusterNodeProcess {
  readonly port: number;
  /** Stops the node (SIGTERM: it writes its append-only file first) and starts it again on the same port and data. */
  restart(): Promise<void>;
}

export interface RedisClusterServer {
  readonly nodes: readonly ClusterNodeProcess[];
  /** `{ host, port }` of every master, as `connection.cluster` takes them. */
  readonly seeds: { host: string; port: number }[];
  /** The node that serves the slot of `key`. */
  nodeOf(key: string): Promise<ClusterNodeProcess>;
  /** The keys matching `pattern` that this one node holds. */
  keysOn(node: ClusterNodeProcess, pattern: string): Promise<string[]>;
  /** Stops every node and deletes their data. */
  stop(): Promise<void>;
}

/**
 * Three masters on free loopback ports, no replicas, each with its own data directory and an
 * append-only file (fsync on every write), so a restarted node comes back with its data and its
 * place in the cluster, as a production node must. Resolves once the cluster is `cluster_state:ok`.
 */
export async function startRedisCluster(): Promise<RedisClusterServer> {
  const ports = [await freePort(), await freePort(), await freePort()];
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const launchers: (() => Promise<void>)[] = [];
  const nodes = ports.map((port, index): ClusterNodeProcess => {
    const dir = mkdtempSync(join(tmpdir(), "yunxin-queue-cluster-"));
    dirs.push(dir);
    const args = [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--cluster-enabled",
      "yes",
      "--cluster-config-file",
      join(dir, "nodes.conf"),
      "--save",
      "",
      "--appendonly",
      "yes",
      "--appendfsync",
      "always",
    ];
    const launch = () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
        children[index] = child;
        let output = "";
        child.once("error", reject);
        child.stdout?.on("data", (part: Buffer) => {
          output += part.toString();
          if (output.includes("Ready to accept connections")) resolve();
        });
        child.once("exit", (code) =>
          reject(new Error(`redis-server :${port} exited with ${code}: ${output.slice(-500)}`)),
        );
      });
    launchers.push(launch);
    return {
      port,
      async restart() {
        await stopChild(children[index]);
        await launch();
        await untilClusterOk(port);
      },
    };
  });

  const stop = async () => {
    await Promise.all(children.map(stopChild));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(launchers.map((launch) => launch()));
    await run("redis-cli", [
      "--cluster",
      "create",
      ...ports.map((port) => `127.0.0.1:${port}`),
      "--cluster-replicas",
      "0",
      "--cluster-yes",
    ]);
    for (const port of ports) await untilClusterOk(port);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    nodes,
    seeds: ports.map((port) => ({ host: "127.0.0.1", port })),
    async nodeOf(key) {
      const redis = new Redis(ports[0] as number, "127.0.0.1");
      try {
        const slot = Number(await redis.call("CLUSTER", "KEYSLOT", key));
        const ranges = (await redis.call("CLUSTER", "SLOTS")) as [
          number,
          number,
          [string, number],
        ][];
        const owner = ranges.find(([from, to]) => slot >= from && slot <= to);
        const node = nodes.find((candidate) => candidate.port === owner?.[2][1]);
        if (!node) throw new Error(`no node serves slot ${slot}`);
        return node;
      } finally {
        redis.disconnect();
      }
    },
    async keysOn(node, pattern) {
      const redis = new Redis(node.port, "127.0.0.1");
      try {
        const keys: string[] = [];
        let cursor = "0";
        do {
          const [next, batch] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
          cursor = next;
          keys.push(...batch);
        } while (cursor !== "0");
        return keys;
      } finally {
        redis.disconnect();
      }
    },
    stop,
  };
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Waits for the node to report `cluster_state:ok`; Redis announces no change of it, so this asks every 50 ms. */
async function untilClusterOk(port: number): Promise<void> {
  const redis = new Redis(port, "127.0.0.1", { maxRetriesPerRequest: null });
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      const info = String(await redis.call("CLUSTER", "INFO"));
      if (info.includes("cluster_state:ok")) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`cluster node :${port} never reached cluster_state:ok`);
  } finally {
    redis.disconnect();
  }
}
