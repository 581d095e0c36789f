import { RATE_PLANS, type RatePlan } from "@yunxin-im/fanout";
import { type FlagSpecs, parseFlags } from "./flags.js";
import { parseMessageType } from "./message-types.js";
import { UsageError } from "./usage-error.js";

export const SEND_FLAGS = {
  from: { type: "string" },
  to: { type: "string", multiple: true },
  "to-file": { type: "string", multiple: true },
  type: { type: "string" },
  text: { type: "string" },
  attachment: { type: "string" },
  "sub-type": { type: "string" },
  region: { type: "string" },
  "base-url": { type: "string" },
  mock: { type: "boolean" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "rate-plan": { type: "string" },
  "calls-per-minute": { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies FlagSpecs;

/** What `yunxin-im send` was asked to do, read from its flags (files and stdin not read yet). */
export interface SendOptions {
  help: boolean;
  from?: string | undefined;
  to: string[];
  toFiles: string[];
  messageType: number;
  text?: string | undefined;
  attachmentFile?: string | undefined;
  subType?: number | undefined;
  region?: string | undefined;
  baseUrl?: string | undefined;
  mock: boolean;
  json: boolean;
  quiet: boolean;
  rateLimit: RatePlan | { callsPerMinute: number };
  ratePlan: RatePlan;
  concurrency?: number | undefined;
  timeoutMs?: number | undefined;
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
    messageType: parseMessageType(flags.type),
    text: flags.text,
    attachmentFile: flags.attachment,
    subType: optionalInteger("--sub-type", flags["sub-type"]),
    region: flags.region,
    baseUrl: flags["base-url"],
    mock: flags.mock ?? false,
    json: flags.json ?? false,
    quiet: flags.quiet ?? false,
    rateLimit: callsPerMinute === undefined ? ratePlan : { callsPerMinute },
    ratePlan,
    concurrency: optionalCount("--concurrency", flags.concurrency),
    timeoutMs: optionalCount("--timeout", flags.timeout),
  };
}

function parseRatePlan(value: string | undefined): RatePlan {
  if (value === undefined) return "standard";
  const plan = value.trim().toLowerCase();
  if (Object.hasOwn(RATE_PLANS, plan)) return plan as RatePlan;
  throw new UsageError(
    `--rate-plan must be one of ${Object.keys(RATE_PLANS).join(", ")}, got ${JSON.stringify(value)}`,
  );
}

/** A positive whole number, or undefined when the flag is absent. */
function optionalCount(flag: string, value: string | undefined): number | undefined {
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
