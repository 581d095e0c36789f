import { EXIT, type ExitCode } from "./exit-codes.js";
import { parseFlags } from "./flags.js";
import { MAIN_HELP, SEND_HELP } from "./help.js";
import { type CliIo, writeLine } from "./io.js";
import { runSend } from "./send-command.js";
import { UsageError } from "./usage-error.js";
import { cliVersion } from "./version.js";

const COMMANDS = ["send", "help"];

/**
 * Runs `yunxin-im` with `argv` (the arguments after the program name) and resolves with the
 * exit status. Bad input is one `error: …` line on stderr and status 2, before any network.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
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

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === "send") return runSend(rest, io);
  if (command === "help") return help(rest, io);
  if (command === undefined) {
    await writeLine(io.stderr, MAIN_HELP);
    return EXIT.usage;
  }
  if (!command.startsWith("-")) {
    throw new UsageError(
      `unknown command ${JSON.stringify(command)} (commands: ${COMMANDS.join(", ")}; see yunxin-im --help)`,
    );
  }
  const flags = parseFlags(
    argv,
    { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
    "yunxin-im",
  );
  if (flags.version) {
    await writeLine(io.stdout, cliVersion());
    return EXIT.ok;
  }
  await writeLine(io.stdout, MAIN_HELP);
  return EXIT.ok;
}

async function help(topics: readonly string[], io: CliIo): Promise<ExitCode> {
  const [topic, extra] = topics;
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra)}`);
  if (topic === undefined) await writeLine(io.stdout, MAIN_HELP);
  else if (topic === "send") await writeLine(io.stdout, SEND_HELP);
  else {
    throw new UsageError(
      `unknown command ${JSON.stringify(topic)} (commands: ${COMMANDS.join(", ")})`,
    );
  }
  return EXIT.ok;
}
