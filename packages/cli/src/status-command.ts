import type { BroadcastStatus } from "@yunxin-im/queue";
import type { Command } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { type FlagSpecs, flagHelpLines, parseFlags } from "./flags.js";
import { type CliIo, writeLine } from "./io.js";
import { renderProgress } from "./progress-bar.js";
import { QUEUE_LOCATION_FLAGS, queueConnection, readQueueLocation } from "./queue-location.js";
import { loadQueuePackage } from "./queue-package.js";
import { UsageError } from "./usage-error.js";

const STATUS_FLAGS = {
  ...QUEUE_LOCATION_FLAGS,
  watch: {
    type: "boolean",
    group: "Output",
    description:
      "Follow it until it is finished (a live bar on a terminal, a line per change otherwise)",
  },
  json: {
    type: "boolean",
    group: "Output",
    description: "The status as one JSON object (a line per change with --watch)",
  },
  help: { type: "boolean", short: "h", group: "Output", description: "Show this help" },
} as const satisfies FlagSpecs;

function statusHelp(): string {
  const section = (title: string, group: string) =>
    [title, ...flagHelpLines(STATUS_FLAGS, group)].join("\n");
  return `yunxin-im status — where a queued broadcast stands

Usage:
  yunxin-im status <broadcast-id> --queue <redis-url> [--watch] [--json]

${section("Queue:", "Queue")}

${section("Output:", "Output")}

Exit status:
  0  the broadcast is known (with --watch: it finished)
  1  no such broadcast in the queue (never enqueued, or past its retention)
  2  bad input

Examples:
  yunxin-im status maintenance-2026-11-30 --queue redis://127.0.0.1:6379 --watch
  yunxin-im status maintenance-2026-11-30 --queue redis://127.0.0.1:6379 --json | jq .progress`;
}

/** `yunxin-im status <id> --queue <redis-url>`: counts, progress and rate of a broadcast. */
export const statusCommand: Command = {
  name: "status",
  usage: ["yunxin-im status <broadcast-id> --queue <redis-url> [--watch] [--json]"],
  summary: "Show how far a queued broadcast got (live with --watch)",
  help: statusHelp,
  async run(argv, io) {
    // The id comes first; any other bare argument is refused by the flag parser.
    const first = argv[0];
    const broadcastId = first !== undefined && !first.startsWith("-") ? first : undefined;
    const flags = parseFlags(
      broadcastId === undefined ? argv : argv.slice(1),
      STATUS_FLAGS,
      "yunxin-im status",
    );
    if (flags.help) {
      await writeLine(io.stdout, statusHelp());
      return EXIT.ok;
    }
    if (broadcastId === undefined) {
      throw new UsageError(
        "status needs the broadcast id first: yunxin-im status <broadcast-id> --queue <redis-url>",
      );
    }
    const location = readQueueLocation("status", flags.queue, flags["queue-name"], flags.cluster);
    const { createBroadcastQueue } = await loadQueuePackage("status");
    const queue = createBroadcastQueue({
      connection: queueConnection(location),
      ...(location.queueName === undefined ? {} : { queueName: location.queueName }),
    });
    try {
      if (!flags.watch) {
        await print(io, await queue.status(broadcastId), flags.json ?? false);
        return EXIT.ok;
      }
      const bar = !flags.json && io.stderr.isTTY === true;
      let last: BroadcastStatus | undefined;
      for await (const status of queue.watch(broadcastId, io.signal ? { signal: io.signal } : {})) {
        last = status;
        if (bar) io.stderr.write(`\r${progressLine(status, io.stderr.columns)}`);
        else await print(io, status, flags.json ?? false, true);
      }
      if (bar) io.stderr.write("\n");
      if (bar && last) await print(io, last, false);
      return EXIT.ok;
    } finally {
      await queue.close();
    }
  },
};

async function print(io: CliIo, status: BroadcastStatus, json: boolean, oneLine = false) {
  if (json) return writeLine(io.stdout, JSON.stringify(status));
  if (oneLine) return writeLine(io.stdout, `${status.state}: ${progressLine(status, 200)}`);
  const lines = [
    `broadcast ${status.broadcastId}: ${status.state}${status.finished ? " (finished)" : ""} · ${status.operation}`,
    `  receivers ${status.receivers ?? "still being read"}${status.chunks === undefined ? "" : ` in ${status.chunks} calls`}, done ${status.done} (${(status.progress * 100).toFixed(1)}%)`,
    `  sent ${status.sent} · failed ${status.failed} · not attempted ${status.notAttempted}`,
    `  calls ${status.calls} · 416 answers ${status.rateLimited} · ${status.callsPerMinute.toFixed(1)} calls a minute`,
  ];
  return writeLine(io.stdout, lines.join("\n"));
}

function progressLine(status: BroadcastStatus, columns = 80): string {
  return renderProgress(
    { ...status, inFlight: 0 },
    status.receivers ?? status.done,
    Math.round(status.callsPerMinute),
    columns,
  );
}
