import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Redis for the whole run: REDIS_URL, or a redis-server started here (see test/global-setup.ts).
    globalSetup: ["./test/global-setup.ts"],
    // A safety net, not a measurement: the whole suite shares 2 cores with the other packages.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.gc.test.ts"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
        },
      },
      {
        // Calls must end on time while the garbage collector runs: these tests force collections.
        extends: true,
        test: { name: "gc", include: ["test/**/*.gc.test.ts"], execArgv: ["--expose-gc"] },
      },
    ],
  },
});
