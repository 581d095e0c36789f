import { describe, expect, it } from "vitest";
import { locationFlags, queueConnection, readQueueLocation } from "../src/queue-location.js";
import { UsageError } from "../src/usage-error.js";

describe("the queue's location", () => {
  it("is the --queue URL itself without --cluster", () => {
    const location = readQueueLocation("worker", "redis://127.0.0.1:6379/2", undefined);
    expect(queueConnection(location)).toBe("redis://127.0.0.1:6379/2");
  });

  it("is the cluster's seed nodes with --cluster, the URL's user, password and TLS applied to every node", () => {
    const location = readQueueLocation(
      "worker",
      "rediss://ops:p%40ss@10.0.0.1:7000,10.0.0.2,redis-3.internal:7002",
      "{app-a}",
      true,
    );
    expect(queueConnection(location)).toEqual({
      cluster: [
        { host: "10.0.0.1", port: 7000 },
        { host: "10.0.0.2", port: 6379 },
        { host: "redis-3.internal", port: 7002 },
      ],
      clusterOptions: { redisOptions: { username: "ops", password: "p@ss", tls: {} } },
    });
    expect(locationFlags(location)).toBe(
      "--queue rediss://ops:<redacted>@10.0.0.1:7000,10.0.0.2,redis-3.internal:7002 --queue-name {app-a} --cluster",
    );
  });

  it("refuses several hosts without --cluster, and a database number or a bad node with it", () => {
    expect(() => readQueueLocation("worker", "redis://a:1,b:2", undefined)).toThrow(
      /several hosts: add --cluster/,
    );
    expect(() => readQueueLocation("worker", "redis://a:1,b:2/3", undefined, true)).toThrow(
      /no database number/,
    );
    expect(() => readQueueLocation("worker", "redis://a:1,b:99999", undefined, true)).toThrow(
      UsageError,
    );
  });
});
