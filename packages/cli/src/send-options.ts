import { RATE_PLANS, type RatePlan } from "@yunxin-im/fanout";
import { type FlagSpecs, parseFlags } from "./flags.js";
import { parseMessageType } from "./message-types.js";
import { ratePlanChoices } from "./rate-plan-choices.js";
import { UsageError } from "./usage-error.js";

export const SEND_FLAGS = {
  to: {
    type: "string",
    multiple: true,
    value: "<ids>",
    group: "Receivers",
    description: "A receiver id, or several separated by commas; repeatable",
  },
  "to-file": {
    type: "string",
    multiple: true,
    value: "<path>",
    group: "Receivers",
    description:
      'A file with one id per line (blank lines and # comments are ignored);\n"-" reads stdin; repeatable',
  },
  resume: {
    type: "string",
    value: "<file>",
    group: "Receivers",
    description:
      "The --json output of an earlier run of the same message: skip every\nreceiver it reports sent (refused if it is another message's)",
  },
  from: {
    type: "string",
    value: "<sender>",
    group: "Message",
    description: "The sender's account id (required)",
  },
  type: {
    type: "string",
    value: "<type>",
    group: "Message",
    description:
      "text (default), tip, image, audio, video, location, file, custom,\nor the API's message_type number",
  },
  text: {
    type: "string",
    value: "<text>",
    group: "Message",
    description:
      "The text (text and tip: required, at most 5000 characters; other\ntypes: an optional search text, at most 500)",
  },
  attachment: {
    type: "string",
    value: "<file>",
    group: "Message",
    description:
      "A JSON file with the attachment object (required by image, audio,\nvideo, location, file and custom messages)",
  },
  "sub-type": {
    type: "string",
    value: "<n>",
    group: "Message",
    description: "Your own sub-classification of the message (a number > 0)",
  },
  body: {
    type: "string",
    value: "<file.json>",
    group: "Message",
    description:
      "The request body as JSON for what the flags don't cover (push_config,\nroute_config, antispam_config, p2p_option, message_config, extension,\nsender_no_sense, …), checked against the spec; the flags above\noverride its fields; receiver_ids is refused (use --to/--to-file)",
  },
  region: {
    type: "string",
    value: "<cn|sg>",
    group: "Where to send",
    description: "Mainland China (default) or Singapore, with failover to the backup host",
  },
  "base-url": {
    type: "string",
    value: "<url>",
    group: "Where to send",
    description: "An explicit host instead (a proxy, a test server)",
  },
  mock: {
    type: "boolean",
    group: "Where to send",
    description:
      "Use the embedded Prism mock even when credentials are set (in the\nyunxin-im repository, or with @yunxin-im/contract-kit installed)",
  },
  "rate-plan": {
    type: "string",
    value: "<plan>",
    group: "Pacing",
    description: `${ratePlanChoices()}: your app's plan for the batch-send category`,
  },
  "calls-per-minute": {
    type: "string",
    value: "<n>",
    group: "Pacing",
    description: "The limit configured for your app, up to the plan's maximum",
  },
  concurrency: {
    type: "string",
    value: "<n>",
    group: "Pacing",
    description: "Calls in flight at once (default 4)",
  },
  timeout: {
    type: "string",
    value: "<ms>",
    group: "Pacing",
    description: "Per-attempt timeout in milliseconds (default 10000)",
  },
  queue: {
    type: "string",
    value: "<redis-url>",
    group: "Queue",
    description:
      "Enqueue the broadcast in this Redis for yunxin-im worker processes\ninstead of sending now; prints its id (no credentials needed)",
  },
  "queue-name": {
    type: "string",
    value: "<name>",
    group: "Queue",
    description: 'The queue in that Redis (default "broadcasts"; one per app)',
  },
  cluster: {
    type: "boolean",
    group: "Queue",
    description:
      "The --queue hosts are nodes of a Redis Cluster: redis://host:port,host:port\n(any of its masters; the rest are discovered)",
  },
  "broadcast-id": {
    type: "string",
    value: "<id>",
    group: "Queue",
    description: "The broadcast's id (default: a random UUID); the same id again adds nothing",
  },
  json: {
    type: "boolean",
    group: "Output",
    description: 'One JSON object per receiver outcome on stdout, then {"summary": …}',
  },
  quiet: {
    type: "boolean",
    short: "q",
    group: "Output",
    description: "Print only receivers that were not sent, and the summary",
  },
  "dry-run": {
    type: "boolean",
    group: "Output",
    description:
      "Check everything and print the plan (calls, receivers per call,\nduplicates, time at your plan's rate); send nothing",
  },
  debug: {
    type: "boolean",
    group: "Output",
    description:
      "One line per HTTP attempt on stderr: method, host, trace id, status,\ncode, duration, attempt number (CheckSum redacted); also YUNXIN_DEBUG=1",
  },
  otel: {
    type: "boolean",
    group: "Output",
    description:
      "Export spans and metrics over OTLP/HTTP (the OTEL_EXPORTER_OTLP_* variables;\nalso when OTEL_EXPORTER_OTLP_ENDPOINT is set)",
  },
  help: { type: "boolean", short: "h", group: "Output", description: "Show this help" },
} as const satisfies FlagSpecs;

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
  rate: { plan: RatePlan; callsPerMinute: number };
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
  const ratePlan = parseRatePlan(flags["rate-plan"]);
  const callsPerMinute = optionalCount("--calls-per-minute", flags["calls-per-minute"]);
  const { maxCallsPerMinute } = RATE_PLANS[ratePlan];
  if (callsPerMinute !== undefined && callsPerMinute > maxCallsPerMinute) {
    throw new UsageError(
      `--calls-per-minute ${callsPerMinute} is above the ${ratePlan} plan's maximum of ${maxCallsPerMinute} (pick the plan with --rate-plan)`,
    );
  }
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
    rate: { plan: ratePlan, callsPerMinute: callsPerMinute ?? RATE_PLANS[ratePlan].callsPerMinute },
    concurrency: optionalCount("--concurrency", flags.concurrency),
    timeoutMs: optionalCount("--timeout", flags.timeout),
    queue: flags.queue,
    queueName: flags["queue-name"],
    cluster: flags.cluster,
    broadcastId: flags["broadcast-id"],
  };
}

export function parseRatePlan(value: string | undefined): RatePlan {
  if (value === undefined) return "standard";
  const plan = value.trim().toLowerCase();
  if (Object.hasOwn(RATE_PLANS, plan)) return plan as RatePlan;
  throw new UsageError(
    `--rate-plan must be one of ${Object.keys(RATE_PLANS).join(", ")}, got ${JSON.stringify(value)}`,
  );
}

/** A positive whole number, or undefined when the flag is absent. */
export function optionalCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) > 0 && Number.isSafeInteger(Number(trimmed))) {
    return Number(trimmed);
  }
  throw new UsageError(`${flag} must be a positive whole number, got ${JSON.stringify(value)}`);
}

/** A whole number (its range is the spec's to check), or undefined when the flag is absent. */
function optionalInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed))) return Number(trimmed);
  throw new UsageError(`${flag} must be a whole number, got ${JSON.stringify(value)}`);
}
