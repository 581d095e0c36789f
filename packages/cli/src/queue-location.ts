import type { RedisConnection } from "@yunxin-im/queue";
import { UsageError } from "./usage-error.js";

/** The flags every queue command shares: where the queue is. */
export const QUEUE_LOCATION_FLAGS = {
  queue: {
    type: "string",
    value: "<redis-url>",
    group: "Queue",
    description:
      "The Redis of the broadcast queue, e.g. redis://127.0.0.1:6379; with\n--cluster, seed nodes of a Redis Cluster: redis://host:port,host:port",
  },
  "queue-name": {
    type: "string",
    value: "<name>",
    group: "Queue",
    description:
      'The queue in that Redis (default "broadcasts"; one per app); on a cluster\ngive it a hash tag, e.g. "{app-a}"',
  },
  cluster: {
    type: "boolean",
    group: "Queue",
    description:
      "The --queue hosts are nodes of a Redis Cluster (any of its masters; the\nrest are discovered); its user, password and rediss:// apply to every node",
  },
} as const;

export interface QueueLocation {
  url: string;
  queueName?: string | undefined;
  /** `--cluster`: the URL's hosts are seed nodes of a Redis Cluster. */
  cluster?: boolean | undefined;
}

/** The `--queue` URL, checked; `--queue-name` as given (the queue package checks its form). */
export function readQueueLocation(
  command: string,
  url: string | undefined,
  queueName: string | undefined,
  cluster = false,
): QueueLocation {
  if (url === undefined) {
    throw new UsageError(
      `${command} needs --queue <redis-url>, e.g. --queue redis://127.0.0.1:6379`,
    );
  }
  if (!/^rediss?:\/\/[^\s]+$/.test(url)) {
    throw new UsageError(
      `--queue must be a redis:// or rediss:// URL, got ${JSON.stringify(redactUrl(url))}`,
    );
  }
  if (queueName !== undefined && !/^[A-Za-z0-9_.{}-]{1,64}$/.test(queueName)) {
    throw new UsageError(
      `--queue-name must be 1 to 64 characters of A-Z a-z 0-9 _ . - { }, got ${JSON.stringify(queueName)}`,
    );
  }
  const location = { url, queueName, cluster };
  // Checked now: a bad seed list is a usage error before anything connects.
  queueConnection(location);
  return location;
}

const CLUSTER_URL = /^(rediss?):\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#@]+)\/?$/;

/**
 * What the queue package connects to: the URL itself, or with `--cluster` the cluster's seed
 * nodes (`redis://[user:password@]host:port,host:port`), the credentials and TLS for each node.
 */
export function queueConnection(location: QueueLocation): RedisConnection {
  const { url } = location;
  if (!location.cluster) {
    if (url.includes(",")) {
      throw new UsageError(
        `--queue ${JSON.stringify(redactUrl(url))} lists several hosts: add --cluster if they are nodes of a Redis Cluster`,
      );
    }
    return url;
  }
  const parts = CLUSTER_URL.exec(url);
  if (!parts) {
    throw new UsageError(
      `--cluster needs --queue redis://[user:password@]host:port[,host:port…] with no database number (a cluster has only 0), got ${JSON.stringify(redactUrl(url))}`,
    );
  }
  const [, scheme, username, password, hosts = ""] = parts;
  const cluster = hosts.split(",").map((node) => {
    const match = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(node);
    const port = Number(match?.[2] ?? 6379);
    if (!match || port < 1 || port > 65_535) {
      throw new UsageError(`--queue: ${JSON.stringify(node)} is not a host:port of a cluster node`);
    }
    return { host: match[1] as string, port };
  });
  const redisOptions = {
    ...(username ? { username: decodeURIComponent(username) } : {}),
    ...(password ? { password: decodeURIComponent(password) } : {}),
    ...(scheme === "rediss" ? { tls: {} } : {}),
  };
  return { cluster, clusterOptions: { redisOptions } };
}

/** The `--queue …` flags of a location, password redacted, for the hints the commands print. */
export function locationFlags(location: QueueLocation): string {
  return (
    `--queue ${redactUrl(location.url)}` +
    (location.queueName ? ` --queue-name ${location.queueName}` : "") +
    (location.cluster ? " --cluster" : "")
  );
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, "$1<redacted>@");
}
