import { type Command, helpContext } from "./command.js";
import { printDryRun } from "./dry-run.js";
import { EXIT } from "./exit-codes.js";
import { writeLine } from "./io.js";
import { enqueueSend } from "./queue-send.js";
import { sendHelp } from "./send-help.js";
import { sendNow } from "./send-now.js";
import { parseSendOptions } from "./send-options.js";
import { prepareSend } from "./send-plan.js";

/**
 * `yunxin-im send`: everything the user gave is read and checked against the spec first
 * (`prepareSend`); only then is the mock started or the host contacted (`sendNow`), or, with
 * `--dry-run`, the plan printed (`printDryRun`).
 */
export const sendCommand: Command = {
  name: "send",
  usage: ["yunxin-im send --from <sender> --to <ids> --text <text> [options]"],
  summary:
    "Send one message to any number of receivers (up to 100 per call, paced to your\nplan's rate limit) and report each receiver: sent, failed or not attempted",
  help: sendHelp,
  async run(argv, io) {
    const options = parseSendOptions(argv);
    if (options.help) {
      await writeLine(io.stdout, sendHelp(helpContext(io)));
      return EXIT.ok;
    }
    if (options.queue !== undefined) return enqueueSend(options, io);
    const plan = await prepareSend(options, io);
    return options.dryRun ? printDryRun(plan, io) : sendNow(plan, io);
  },
};
