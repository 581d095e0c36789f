import { optionalCount, optionalInteger } from "./flag-values.js";
import { parseFlags } from "./flags.js";
import { parseMessageType } from "./message-types.js";
import { type FlagRate, parseRateFlags } from "./rate-flags.js";
import { SEND_FLAGS } from "./send-flags.js";

/** What `yunxin-im send` was asked to do, read from its flags (files and stdin not read yet). */
export interface SendOptions {
  help: boolean;
  from?: string | undefined;
  to: string[];
  toFiles: string[];
  /** `--type`, when given (the message's type otherwise comes from --body, else text). */
  messageType?: number | undefined;
  text?: string | undefined;
  attachmentFile?: string | undefined;
  subType?: number | undefined;
  region?: string | undefined;
  baseUrl?: string | undefined;
  mock: boolean;
  json: boolean;
  quiet: boolean;
  /** `--body <file.json>`: the request body the flags complete. */
  bodyFile?: string | undefined;
  /** `--resume <file>`: an earlier run's `--json` output. */
  resumeFile?: string | undefined;
  /** `--dry-run`: check and print the plan, send nothing. */
  dryRun: boolean;
  /** `--debug`: a stderr line per HTTP attempt (YUNXIN_DEBUG=1 turns it on too). */
  debug: boolean;
  /** `--otel`: export spans and metrics over OTLP (the standard OTEL_* variables turn it on too). */
  otel: boolean;
  /** The plan, and the calls a minute to pace to (the plan's default or --calls-per-minute). */
  rate: FlagRate;
  concurrency?: number | undefined;
  timeoutMs?: number | undefined;
  /** `--queue`: enqueue for workers in this Redis instead of sending. */
  queue?: string | undefined;
  queueName?: string | undefined;
  /** `--cluster`: the `--queue` hosts are Redis Cluster nodes. */
  cluster?: boolean | undefined;
  broadcastId?: string | undefined;
}

export function parseSendOptions(argv: readonly string[]): SendOptions {
  const flags = parseFlags(argv, SEND_FLAGS, "yunxin-im send");
  const rate = parseRateFlags(flags["rate-plan"], flags["calls-per-minute"]);
  return {
    help: flags.help ?? false,
    from: flags.from,
    to: flags.to ?? [],
    toFiles: flags["to-file"] ?? [],
    messageType: flags.type === undefined ? undefined : parseMessageType(flags.type),
    text: flags.text,
    attachmentFile: flags.attachment,
    subType: optionalInteger("--sub-type", flags["sub-type"]),
    region: flags.region,
    baseUrl: flags["base-url"],
    mock: flags.mock ?? false,
    json: flags.json ?? false,
    quiet: flags.quiet ?? false,
    debug: flags.debug ?? false,
    otel: flags.otel ?? false,
    bodyFile: flags.body,
    resumeFile: flags.resume,
    dryRun: flags["dry-run"] ?? false,
    rate,
    concurrency: optionalCount("--concurrency", flags.concurrency),
    timeoutMs: optionalCount("--timeout", flags.timeout),
    queue: flags.queue,
    queueName: flags["queue-name"],
    cluster: flags.cluster,
    broadcastId: flags["broadcast-id"],
  };
}
