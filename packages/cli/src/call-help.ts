import { CALL_FLAGS } from "./call-flags.js";
import type { HelpContext } from "./command.js";
import { flagHelpLines } from "./flags.js";
import { wrap } from "./help.js";

/** `yunxin-im call --help`. */
export function callHelp(context: HelpContext): string {
  const where = [
    "Where to send (credentials come from YUNXIN_APP_KEY and YUNXIN_APP_SECRET):",
    ...flagHelpLines(CALL_FLAGS, "Where to send"),
    ...(context.mock.available
      ? [
          "                          Without credentials and without --region/--base-url the mock is used.",
        ]
      : wrap(
          `This copy cannot start the mock: ${context.mock.instead}`,
          96,
          "                          ",
        ).split("\n")),
  ];
  return `yunxin-im call — call any operation of the spec by its operationId

Usage:
  yunxin-im call <operationId> [--path name=value]… [--query name=value]… [--body file.json|-]

The operationIds, with their parameters, are listed by \`yunxin-im operations\`. Parameters
are typed from the spec (an int64 id is given as its digits and sent exactly); the input is
checked against the spec before anything is sent. The answer's \`data\` is printed on stdout as
JSON, int64 values as exact decimal strings.

Input:
${flagHelpLines(CALL_FLAGS, "Input").join("\n")}

${where.join("\n")}

Pacing and output:
${[...flagHelpLines(CALL_FLAGS, "Pacing"), ...flagHelpLines(CALL_FLAGS, "Output")].join("\n")}

Exit status:
  0  the API answered code 200; its data is on stdout
  1  the API refused the call (its code and msg on stderr), or the call failed (timeout, connection)
  2  bad input or configuration: nothing was sent
  130  interrupted

Examples:
  yunxin-im call getChatroomInfo --path room_id=9007199254740993 --query need_online_user_count=true
  echo '{"creator":"alice","room_name":"launch"}' | yunxin-im call createChatroom --body -`;
}
