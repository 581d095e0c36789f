import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generation, a build and a type check on a loaded 2-core machine: a safety net, not a measurement.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
