import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    // One Prism for the whole run: started here, its URL handed to the tests through inject().
    globalSetup: ["./test/global-setup.ts"],
    // Requests go to a local Prism; the launcher's own tests start a few more Prisms.
    testTimeout: 20_000,
  },
});
