import { OPERATIONS, type OperationFacts } from "@yunxin-im/core";
import type { Command } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { type FlagSpecs, parseFlags } from "./flags.js";
import { type CliIo, writeLine } from "./io.js";

const OPERATIONS_FLAGS = {
  json: { type: "boolean", description: "One JSON object per operation instead of the table" },
  tag: { type: "string", value: "<tag>", description: "Only the operations of this service tag" },
  help: { type: "boolean", short: "h", description: "Show this help" },
} as const satisfies FlagSpecs;

const HELP = `yunxin-im operations — every operation of the spec, grouped by service

Usage:
  yunxin-im operations [--tag <tag>] [--json]

Each line: operationId, HTTP method and path, summary. Call one with
yunxin-im call <operationId> (see yunxin-im call --help).

  --tag <tag>   Only the operations of this service tag (e.g. Chatroom)
  --json        One JSON object per line: operationId, method, path, summary, tags,
                rateLimitCategory, idempotent, pathParameters, queryParameters, hasBody
  -h, --help    Show this help`;

/** `yunxin-im operations`: the spec's operations, from the generated facts, never a hand-kept list. */
export const operationsCommand: Command = {
  name: "operations",
  usage: ["yunxin-im operations [--tag <tag>] [--json]"],
  summary: "List every operation of the spec (operationId, method, path, summary) by service",
  help: () => HELP,
  async run(argv, io) {
    const flags = parseFlags(argv, OPERATIONS_FLAGS, "yunxin-im operations");
    if (flags.help) {
      await writeLine(io.stdout, HELP);
      return EXIT.ok;
    }
    const all = Object.entries(OPERATIONS as Record<string, OperationFacts>);
    const chosen = flags.tag
      ? all.filter(([, facts]) => facts.tags.includes(flags.tag ?? ""))
      : all;
    if (chosen.length === 0) {
      const tags = [...new Set(all.flatMap(([, facts]) => facts.tags))].sort().join(", ");
      await writeLine(
        io.stderr,
        `error: no operation has the tag ${JSON.stringify(flags.tag)} (tags: ${tags})`,
      );
      return EXIT.usage;
    }
    if (flags.json) {
      for (const [operationId, facts] of chosen)
        await writeLine(io.stdout, JSON.stringify(asJson(operationId, facts)));
      return EXIT.ok;
    }
    await writeTable(chosen, io);
    return EXIT.ok;
  },
};

function asJson(operationId: string, facts: OperationFacts) {
  return {
    operationId,
    method: facts.method,
    path: facts.path,
    summary: facts.summary,
    tags: facts.tags,
    rateLimitCategory: facts.rateLimitCategory,
    idempotent: facts.idempotent,
    pathParameters: facts.pathParameters.map((parameter) => parameter.name),
    queryParameters: facts.queryParameters.map((parameter) => parameter.name),
    hasBody: facts.body !== undefined,
  };
}

async function writeTable(operations: [string, OperationFacts][], io: CliIo): Promise<void> {
  const byTag = new Map<string, [string, OperationFacts][]>();
  for (const entry of operations) {
    const tag = entry[1].tags[0] ?? "(untagged)";
    byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  }
  const idWidth = Math.max(...operations.map(([operationId]) => operationId.length));
  for (const [tag, entries] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    await writeLine(io.stdout, `${tag} (${entries.length})`);
    for (const [operationId, facts] of entries) {
      await writeLine(
        io.stdout,
        `  ${operationId.padEnd(idWidth)}  ${facts.method.padEnd(6)} ${facts.path}\n  ${" ".repeat(idWidth)}  ${facts.summary}`,
      );
    }
  }
  await writeLine(
    io.stdout,
    `${operations.length} operations; yunxin-im call <operationId> --help`,
  );
}
