/** `yunxin-im --help`. */
export const MAIN_HELP = `yunxin-im — send one message to many receivers with the NetEase Yunxin IM server API v2,
and read every receiver's outcome.

Usage:
  yunxin-im send --from <sender> --to <ids> --text <text> [options]
  yunxin-im help [command]
  yunxin-im --version

Commands:
  send      Send one message to any number of receivers (up to 100 per call, paced to your
            plan's rate limit) and report each receiver: sent, failed or not attempted
  help      Show the help of a command

Options:
  -h, --help      Show this help
  -v, --version   Show the version

Environment:
  YUNXIN_APP_KEY, YUNXIN_APP_SECRET
                  Your app's credentials (Yunxin console). The secret is read from the
                  environment only, never from a flag.

With no credentials and no --region/--base-url, \`send\` talks to a local Prism mock of the API
(inside the yunxin-im repository), and says so.

Examples:
  yunxin-im send --from apifoxtest1 --to apifoxtest2 --text "Hello"      # the mock
  YUNXIN_APP_KEY=… YUNXIN_APP_SECRET=… yunxin-im send --from alice --to-file users.txt --text "Hi"

Run \`yunxin-im send --help\` for every option of send.`;

/** `yunxin-im send --help`. */
export const SEND_HELP = `yunxin-im send — send one message to many receivers and report each outcome

Usage:
  yunxin-im send --from <sender> (--to <ids> | --to-file <path> | < ids.txt) [message] [options]

Receivers (any number; sent 100 per call):
  --to <ids>              A receiver id, or several separated by commas; repeatable
  --to-file <path>        A file with one id per line (blank lines and # comments are ignored);
                          "-" reads stdin; repeatable
                          With neither flag, ids are read from stdin when it is not a terminal.
                          A receiver listed twice gets the message once.

Message:
  --from <sender>         The sender's account id (required)
  --type <type>           text (default), tip, image, audio, video, location, file, custom,
                          or the API's message_type number
  --text <text>           The text (text and tip: required, at most 5000 characters; other
                          types: an optional search text, at most 500)
  --attachment <file>     A JSON file with the attachment object (required by image, audio,
                          video, location, file and custom messages)
  --sub-type <n>          Your own sub-classification of the message (a number > 0)

Where to send (credentials come from YUNXIN_APP_KEY and YUNXIN_APP_SECRET):
  --region <cn|sg>        Mainland China (default) or Singapore, with failover to the backup host
  --base-url <url>        An explicit host instead (a proxy, a test server)
  --mock                  Use the embedded Prism mock even when credentials are set
                          Without credentials and without --region/--base-url the mock is used.

Pacing:
  --rate-plan <plan>      standard (default, 120 calls/min), advanced (120), flagship (200) or
                          dedicated (2000): your app's plan for the batch-send category
  --calls-per-minute <n>  The limit configured for your app, up to the plan's maximum
  --concurrency <n>       Calls in flight at once (default 4)
  --timeout <ms>          Per-attempt timeout in milliseconds (default 10000)

Output:
  --json                  One JSON object per receiver outcome on stdout, then {"summary": …}
  -q, --quiet             Print only receivers that were not sent, and the summary
  -h, --help              Show this help

Exit status:
  0  every receiver was sent the message
  1  at least one receiver failed or was not attempted
  2  bad input or configuration: nothing was sent
  130  interrupted (Ctrl-C) after printing what was and wasn't attempted

Environment:
  YUNXIN_APP_KEY, YUNXIN_APP_SECRET  your app's credentials (never pass the secret as a flag)
  YUNXIN_RATE_LIMIT_BLOCK_MS         how long a 416 (rate limited) answer pauses calls, in ms
                                     (default 60000; for test servers)

Examples:
  # Against the embedded mock (no credentials set): the spec's example receiver
  yunxin-im send --from apifoxtest1 --to apifoxtest2 --text "Hello from yunxin-im"

  # A real app, three receivers
  export YUNXIN_APP_KEY=… YUNXIN_APP_SECRET=…
  yunxin-im send --from alice --to bob,carol --to dave --text "Meeting moved to 3 pm"

  # 250 receivers from a file (3 calls), on the Singapore hosts, as JSON lines
  yunxin-im send --from alice --to-file users.txt --text "Hi" --region sg --json > outcomes.jsonl

  # Receivers from another command, an image message
  cut -d, -f1 users.csv | yunxin-im send --from alice --type image --attachment cat.json

  # A custom message on a flagship plan raised to 1000 calls a minute
  yunxin-im send --from shop --to-file buyers.txt --type custom --attachment order.json \\
    --rate-plan flagship --calls-per-minute 1000`;
