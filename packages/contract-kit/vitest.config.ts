import { defineConfig } from "vitest/config";

// Requests go to a local Prism, and Prism takes seconds to start on a 2-core CI that runs other
// packages' tests at the same time: safety nets, not measurements.
const testTimeout = 60_000;
const hookTimeout = 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        // The suite the kit ships, run here from source against CONTRACT_SPEC or core's spec.
        test: {
          name: "suite",
          include: ["src/suite/**/*.test.ts"],
          // One Prism for the whole run: started here, its URL handed to the tests via inject().
          globalSetup: ["./src/suite/global-setup.ts"],
          // As the command runs it (src/run-suite.ts): see SUITE_SPEED there.
          isolate: false,
          maxConcurrency: 16,
          testTimeout,
          hookTimeout,
        },
      },
      {
        // The kit itself: spec resolution, the Prism launcher, and the packed kit installed
        // into a project outside the workspace.
        test: {
          name: "kit",
          include: ["test/**/*.test.ts"],
          testTimeout,
          hookTimeout,
        },
      },
    ],
  },
});
