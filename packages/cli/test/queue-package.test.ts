import { describe, expect, it } from "vitest";
import { loadQueuePackage } from "../src/queue-package.js";
import { UsageError } from "../src/usage-error.js";

function missing(specifier: string) {
  return Object.assign(new Error(`Cannot find package '${specifier}' imported from /app/cli.js`), {
    code: "ERR_MODULE_NOT_FOUND",
  });
}

describe("loadQueuePackage", () => {
  it("says how to install the optional queue package when it is not installed", async () => {
    const error = await loadQueuePackage("worker", () =>
      Promise.reject(missing("@yunxin-im/queue")),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(
      "yunxin-im worker needs the optional package @yunxin-im/queue",
    );
    expect((error as Error).message).toContain("npm install @yunxin-im/queue");
  });

  it("lets any other failure through: a dependency of the queue missing is not the queue missing", async () => {
    const error = await loadQueuePackage("status", () => Promise.reject(missing("bullmq"))).catch(
      (caught: unknown) => caught,
    );
    expect(error).not.toBeInstanceOf(UsageError);
  });

  it("loads the queue package where it is installed", async () => {
    const queue = await loadQueuePackage("send --queue");
    expect(typeof queue.createBroadcastQueue).toBe("function");
  });
});
