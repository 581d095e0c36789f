import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // npm install from the registry on a loaded 2-core machine: a safety net, not a measurement.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
