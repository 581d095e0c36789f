import type { Command, HelpContext } from "./command.js";

const COMMAND_COLUMN = 12;

/** `yunxin-im --help`: the commands come from the command table. */
export function mainHelp(commands: readonly Command[], context: HelpContext): string {
  const usage = commands.flatMap((command) => command.usage.map((line) => `  ${line}`));
  const list = commands.flatMap((command) => {
    const [first = "", ...rest] = command.summary.split("\n");
    return [
      `  ${command.name.padEnd(COMMAND_COLUMN - 2)}${first}`,
      ...rest.map((line) => `${" ".repeat(COMMAND_COLUMN)}${line}`),
    ];
  });
  const mock = context.mock.available
    ? `With no credentials and no --region/--base-url, \`send\` talks to a local Prism mock of the API
(started from this yunxin-im repository), and says so.`
    : wrap(
        `Without credentials, \`send\` needs --base-url <url> of a test server: ${context.mock.why}. To try it without an account, ${context.mock.instead}.`,
      );
  const example = context.mock.available
    ? `  yunxin-im send --from apifoxtest1 --to apifoxtest2 --text "Hello"      # the mock\n`
    : "";
  return `yunxin-im — the NetEase Yunxin IM server API v2 from the command line: send a message or a
custom notification to many receivers and read every receiver's outcome, or call any operation.

Usage:
${usage.join("\n")}
  yunxin-im help [command]
  yunxin-im --version

Commands:
${list.join("\n")}
  help      Show the help of a command

Options:
  -h, --help      Show this help
  --version       Show the version

Environment:
  YUNXIN_APP_KEY, YUNXIN_APP_SECRET
                  Your app's credentials (Yunxin console). The secret is read from the
                  environment only, never from a flag.

${mock}

Examples:
${example}  YUNXIN_APP_KEY=… YUNXIN_APP_SECRET=… yunxin-im send --from alice --to-file users.txt --text "Hi"

Run \`yunxin-im <command> --help\` for every option of a command.`;
}

/** Wraps `text` at spaces into lines of at most `width` characters, each after `indent`. */
export function wrap(text: string, width = 96, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(indent + line);
  return lines.join("\n");
}
