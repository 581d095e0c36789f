import { type MockAvailability, mockAvailability } from "./embedded-mock.js";
import type { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";

/** What help texts may depend on: what this copy of the CLI can do where it is installed. */
export interface HelpContext {
  mock: MockAvailability;
}

/**
 * A subcommand of `yunxin-im`. The dispatcher, `yunxin-im help <name>`, `yunxin-im <name> --help`
 * and the command list of `yunxin-im --help` all come from the table in `commands.ts`: adding a
 * command is adding an entry there.
 */
export interface Command {
  name: string;
  /** The usage line(s) shown in `yunxin-im --help`, e.g. `yunxin-im send --from <sender> …`. */
  usage: readonly string[];
  /** One line (wrapped with newlines if long) for the command list of `yunxin-im --help`. */
  summary: string;
  /** The full help of the command. */
  help(context: HelpContext): string;
  /** Runs the command with the arguments after its name; resolves with the exit status. */
  run(argv: readonly string[], io: CliIo): Promise<ExitCode>;
}

/** The help context of this copy of the CLI (the mock's launcher may be moved by tests). */
export function helpContext(io: Pick<CliIo, "mockLauncher">): HelpContext {
  return { mock: mockAvailability(io.mockLauncher) };
}
