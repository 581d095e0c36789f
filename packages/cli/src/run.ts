import { type Command, helpContext } from "./command.js";
import { COMMANDS } from "./commands.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { parseFlags } from "./flags.js";
import { mainHelp } from "./help.js";
import { type CliIo, writeLine } from "./io.js";
import { UsageError } from "./usage-error.js";
import { cliVersion } from "./version.js";

/**
 * Runs `yunxin-im` with `argv` (the arguments after the program name) and resolves with the
 * exit status. Bad input is one `error: …` line on stderr and status 2, before any network.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io, COMMANDS);
  } catch (error) {
    if (error instanceof UsageError) {
      await writeLine(io.stderr, `error: ${error.message}`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    await writeLine(io.stderr, `error: ${message.split("\n")[0]}`);
    return EXIT.failed;
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[],
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const command = commands.find((candidate) => candidate.name === name);
  if (command) return command.run(rest, io);
  if (name === "help") return help(rest, io, commands);
  if (name === undefined) {
    await writeLine(io.stderr, mainHelp(commands, helpContext(io)));
    return EXIT.usage;
  }
  if (!name.startsWith("-")) {
    throw new UsageError(
      `unknown command ${JSON.stringify(name)} (commands: ${commandNames(commands)}; see yunxin-im --help)`,
    );
  }
  const flags = parseFlags(
    argv,
    { help: { type: "boolean", short: "h" }, version: { type: "boolean" } },
    "yunxin-im",
  );
  if (flags.version) {
    await writeLine(io.stdout, cliVersion());
    return EXIT.ok;
  }
  await writeLine(io.stdout, mainHelp(commands, helpContext(io)));
  return EXIT.ok;
}

async function help(
  topics: readonly string[],
  io: CliIo,
  commands: readonly Command[],
): Promise<ExitCode> {
  const [topic, extra] = topics;
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  if (topic === undefined || topic === "help") {
    await writeLine(io.stdout, mainHelp(commands, helpContext(io)));
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === topic);
  if (!command) {
    throw new UsageError(
      `unknown command ${JSON.stringify(topic)} (commands: ${commandNames(commands)})`,
    );
  }
  await writeLine(io.stdout, command.help(helpContext(io)));
  return EXIT.ok;
}

function commandNames(commands: readonly Command[]): string {
  return [...commands.map((command) => command.name), "help"].join(", ");
}
