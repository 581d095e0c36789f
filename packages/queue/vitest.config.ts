import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Redis for the whole run: REDIS_URL, or a redis-server started here (see test/global-setup.ts).
    globalSetup: ["./test/global-setup.ts"],
    // A safety net, not a measurement: the whole suite shares 2 cores with the other packages.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
