import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A safety net, not a measurement: the whole suite shares 2 cores with the other packages.
    testTimeout: 30_000,
    // Starting Prism in a hook takes over 10 s when the machine is busy.
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
