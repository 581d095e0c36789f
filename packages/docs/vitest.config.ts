import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds the site once (TypeDoc and the API reference) for every test file.
    globalSetup: ["test/build-site.global.ts"],
    // A safety net, not a measurement: the suite shares 2 cores with the other packages.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
