import type { HelpContext } from "./command.js";
import { flagHelpLines } from "./flags.js";
import { wrap } from "./help.js";
import { SEND_FLAGS } from "./send-flags.js";

/** The sections of `yunxin-im send --help`, in order, with lines shown after their flags. */
const SECTIONS: { group: string; title: string; after?: (context: HelpContext) => string[] }[] = [
  {
    group: "Receivers",
    title: "Receivers (any number; sent 100 per call):",
    after: () => [
      "                          With neither flag, ids are read from stdin when it is not a terminal.",
      "                          A receiver listed twice gets the message once.",
    ],
  },
  { group: "Message", title: "Message:" },
  {
    group: "Where to send",
    title: "Where to send (credentials come from YUNXIN_APP_KEY and YUNXIN_APP_SECRET):",
    after: (context) =>
      context.mock.available
        ? [
            "                          Without credentials and without --region/--base-url the mock is used.",
          ]
        : [
            "                          This copy cannot start the mock (see below): without credentials,",
            "                          pass --base-url.",
          ],
  },
  { group: "Pacing", title: "Pacing:" },
  {
    group: "Queue",
    title: "Queue (a broadcast that outlives this process, sent by yunxin-im worker):",
  },
  { group: "Output", title: "Output:" },
];

/** `yunxin-im send --help`: every documented flag of the table, grouped. */
export function sendHelp(context: HelpContext): string {
  const sections = SECTIONS.map(({ group, title, after }) =>
    [title, ...flagHelpLines(SEND_FLAGS, group), ...(after?.(context) ?? [])].join("\n"),
  );
  const mockExample = context.mock.available
    ? `  # Against the embedded mock (no credentials set): the spec's example receiver
  yunxin-im send --from apifoxtest1 --to apifoxtest2 --text "Hello from yunxin-im"

`
    : `${wrap(`Without an account: ${context.mock.instead}`, 96, "  # ")}

`;
  return `yunxin-im send — send one message to many receivers and report each outcome

Usage:
  yunxin-im send --from <sender> (--to <ids> | --to-file <path> | < ids.txt) [message] [options]

${sections.join("\n\n")}

Exit status:
  0  every receiver was sent the message
  1  at least one receiver failed or was not attempted (also when stdout closed early:
     stderr then says how many receivers were and were not sent)
  2  bad input or configuration: nothing was sent
  130  interrupted (Ctrl-C) after printing what was and wasn't attempted

Environment:
  YUNXIN_APP_KEY, YUNXIN_APP_SECRET  your app's credentials (never pass the secret as a flag)
  YUNXIN_DEBUG=1                     the same as --debug
  YUNXIN_RATE_LIMIT_BLOCK_MS         how long a 416 (rate limited) answer pauses calls, in ms
                                     (default 60000; for test servers)

Examples:
${mockExample}  # A real app, three receivers
  export YUNXIN_APP_KEY=… YUNXIN_APP_SECRET=…
  yunxin-im send --from alice --to bob,carol --to dave --text "Meeting moved to 3 pm"

  # 250 receivers from a file (3 calls), on the Singapore hosts, as JSON lines
  yunxin-im send --from alice --to-file users.txt --text "Hi" --region sg --json > outcomes.jsonl

  # Receivers from another command, an image message
  cut -d, -f1 users.csv | yunxin-im send --from alice --type image --attachment cat.json

  # A custom message on a flagship plan raised to 1000 calls a minute
  yunxin-im send --from shop --to-file buyers.txt --type custom --attachment order.json \\
    --rate-plan flagship --calls-per-minute 1000`;
}
