import { Cluster, type ClusterNode, type ClusterOptions, Redis, type RedisOptions } from "ioredis";

/** A Redis Cluster: its seed nodes (any masters; the rest are discovered) and ioredis cluster options. */
export interface RedisClusterConnection {
  /** Seed nodes, `{ host, port }` or `"host:port"`: any of the masters; ioredis discovers the rest. */
  cluster: ClusterNode[];
  /** ioredis cluster options; `redisOptions.maxRetriesPerRequest` is always `null` (commands wait for their node). */
  clusterOptions?: ClusterOptions;
}

/** Where Redis is: a `redis://` / `rediss://` URL, ioredis options, or a Redis Cluster. */
export type RedisConnection = string | RedisOptions | RedisClusterConnection;

/** Either client; every script of this package runs on both (each touches one hash tag). */
export type RedisClient = Redis | Cluster;

/**
 * An ioredis client that waits for Redis instead of failing a command while the connection is
 * down (`maxRetriesPerRequest: null`, what BullMQ requires of a worker's connection): a Redis
 * restart or a dropped connection delays work, it does not lose it. On a cluster the same holds
 * for each node's connection, and a command on a node that is down waits for it to come back.
 */
export function connect(connection: RedisConnection): RedisClient {
  const waitForever: RedisOptions = { maxRetriesPerRequest: null };
  if (typeof connection === "string") {
    if (!/^rediss?:\/\//.test(connection)) {
      throw new TypeError(
        `connection must be a redis:// or rediss:// URL or ioredis options, got ${JSON.stringify(connection.slice(0, 40))}`,
      );
    }
    return new Redis(connection, waitForever);
  }
  if (typeof connection !== "object" || connection === null) {
    throw new TypeError(
      `connection must be a Redis URL or ioredis options, got ${typeof connection}`,
    );
  }
  if ("cluster" in connection) return connectCluster(connection);
  return new Redis({ ...connection, ...waitForever });
}

function connectCluster({ cluster, clusterOptions = {} }: RedisClusterConnection): Cluster {
  if (!Array.isArray(cluster) || cluster.length === 0) {
    throw new TypeError("connection.cluster must be a non-empty array of cluster nodes");
  }
  return new Cluster(cluster, {
    ...clusterOptions,
    // A node that is restarting answers with connection errors: keep retrying it, never give up.
    clusterRetryStrategy:
      clusterOptions.clusterRetryStrategy ?? ((times) => Math.min(times * 100, 2000)),
    redisOptions: { ...clusterOptions.redisOptions, maxRetriesPerRequest: null },
  });
}
