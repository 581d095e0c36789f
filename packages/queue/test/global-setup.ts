import type { TestProject } from "vitest/node";
import { startRedisServer } from "./support/redis-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Redis the tests share (each test uses its own key prefix): REDIS_URL, or one started here. */
    redisUrl: string;
  }
}

/**
 * `REDIS_URL` when set; otherwise a `redis-server` from PATH on a free port, without persistence,
 * stopped in teardown. Neither: the run fails with one line saying how to get Redis.
 */
export default async function setup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.REDIS_URL;
  if (given) {
    project.provide("redisUrl", given);
    return undefined;
  }
  const server = await startRedisServer();
  project.provide("redisUrl", server.url);
  return () => server.stop();
}
