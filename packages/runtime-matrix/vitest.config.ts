import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each runtime is a child process; the whole suite shares 2 cores with the other packages.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
