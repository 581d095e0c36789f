import { UsageError } from "./usage-error.js";

type QueuePackage = typeof import("@yunxin-im/queue");
type Importer = () => Promise<QueuePackage>;

const QUEUE_PACKAGE = "@yunxin-im/queue";

/**
 * `@yunxin-im/queue`, loaded only by the commands that need it: it is an optional peer of the
 * CLI, so installing the CLI for `send` alone builds nothing native (BullMQ brings msgpackr's
 * install script), and BullMQ and ioredis stay out of every other command's start-up. When it is
 * not installed, the command says how to install it and sends or enqueues nothing.
 */
export async function loadQueuePackage(
  command: string,
  importer: Importer = () => import("@yunxin-im/queue"),
): Promise<QueuePackage> {
  try {
    return await importer();
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw new UsageError(
      `yunxin-im ${command} needs the optional package ${QUEUE_PACKAGE} (BullMQ on Redis), which is not installed next to the CLI: install it with \`npm install ${QUEUE_PACKAGE}\` (or \`pnpm add ${QUEUE_PACKAGE}\`) where @yunxin-im/cli is installed; nothing was queued or sent`,
    );
  }
}

function isMissing(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    message.includes(QUEUE_PACKAGE)
  );
}
