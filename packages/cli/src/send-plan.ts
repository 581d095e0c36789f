import { resolveBaseUrls, type SendBatchRequest } from "@yunxin-im/core";
import { type CallGroup, callCount, callGroups, minimumDurationMs } from "./call-plan.js";
import { mockAvailability } from "./embedded-mock.js";
import { bodyFingerprint } from "./fingerprint.js";
import type { CliIo } from "./io.js";
import { collectReceivers } from "./receivers.js";
import { buildRequestBody } from "./request-body.js";
import { type EarlierRun, readEarlierRun } from "./resume.js";
import type { SendOptions } from "./send-options.js";
import { type Environment, resolveTarget, type Target } from "./target.js";
import { UsageError } from "./usage-error.js";
import { validateBody, validateRequests } from "./validate-request.js";

/**
 * Everything a send will do, read and checked against the spec before anything is sent: where
 * it goes, the body of every call but its receivers, and the receivers. What carries it out
 * (sending now, printing it for --dry-run) takes a plan and nothing else from the user.
 */
export interface SendPlan {
  options: SendOptions;
  target: Target;
  /** The request body without `receiver_ids`; every call sends it with up to 100 receivers. */
  body: Omit<SendBatchRequest, "receiver_ids">;
  /** The body's fingerprint (see bodyFingerprint), recorded for `--resume`. */
  fingerprint: string;
  /** The receivers to send to now, each once, in the order given. */
  receivers: string[];
  /** Every receiver given, each once (those already sent included). */
  totalReceivers: number;
  /** Repeated receiver ids that were dropped. */
  duplicates: number;
  /** `--resume`: the earlier run, and the `sent` records of the receivers it skips. */
  resumed: EarlierRun | undefined;
  /** How long a 416 pauses calls (YUNXIN_RATE_LIMIT_BLOCK_MS), when set. */
  rateLimitBlockMs: number | undefined;
}

/** Reads the request body (file and flags), then the receivers (flags, files, stdin). */
export async function readMessageAndReceivers(options: SendOptions, io: CliIo) {
  const request = await buildRequestBody({
    bodyFile: options.bodyFile,
    from: options.from,
    messageType: options.messageType,
    text: options.text,
    attachmentFile: options.attachmentFile,
    subType: options.subType,
  });
  const receivers = await collectReceivers({
    to: options.to,
    toFiles: options.toFiles,
    stdin: io.stdin,
  });
  return { ...request, receivers };
}

/** Reads the message, the receivers and the target, and checks every request against the spec. */
export async function prepareSend(options: SendOptions, io: CliIo): Promise<SendPlan> {
  const target = resolveTarget(options, io.env, () => mockAvailability(io.mockLauncher));
  const rateLimitBlockMs = readBlockMs(io.env);
  const { body, flagOf, bodySource, receivers: given } = await readMessageAndReceivers(options, io);
  const fingerprint = bodyFingerprint(body);
  const resumed =
    options.resumeFile === undefined
      ? undefined
      : await readEarlierRun(options.resumeFile, new Set(given.ids));
  if (resumed) checkSameRun(resumed, fingerprint, target);
  const receivers = resumed ? given.ids.filter((id) => !resumed.sent.has(id)) : given.ids;
  const sources = { flagOf, bodySource };
  if (given.ids.length > 0 && receivers.length === 0) validateBody(body, sources);
  else validateRequests(body, receivers, sources);
  return {
    options,
    target,
    body,
    fingerprint,
    receivers,
    totalReceivers: given.ids.length,
    duplicates: given.duplicates,
    resumed,
    rateLimitBlockMs,
  };
}

/** An earlier run's "sent" may only skip receivers of the same message, sent the same way. */
function checkSameRun(earlier: EarlierRun, fingerprint: string, target: Target): void {
  if (earlier.fingerprint !== fingerprint) {
    throw new UsageError(
      `--resume ${earlier.path} is the output of a different message (fingerprint ${earlier.fingerprint}, this message ${fingerprint}): give the same --body, --from, --type, --text, --attachment and --sub-type as that run`,
    );
  }
  if (earlier.mock && target.kind !== "mock") {
    throw new UsageError(
      `--resume ${earlier.path} is the output of a run against the mock: its receivers were never sent to Yunxin`,
    );
  }
}

/** What a plan amounts to, for `--dry-run` and the first line of `--json` output. */
export interface PlanSummary {
  fingerprint: string;
  senderId: string;
  messageType: number;
  /** Receivers to send to now. */
  receivers: number;
  /** Receivers skipped because the `--resume` file reports them sent. */
  alreadySent: number;
  duplicatesIgnored: number;
  calls: number;
  callGroups: CallGroup[];
  ratePlan: string;
  callsPerMinute: number;
  /** The least time the calls take at that rate (the server's answer times come on top). */
  minimumDurationMs: number;
  mock: boolean;
  /** The first host calls go to; unknown for the mock before it starts. */
  baseUrl: string | null;
}

export function summarisePlan(plan: SendPlan, baseUrl?: string): PlanSummary {
  const calls = callCount(plan.receivers.length);
  const { callsPerMinute } = plan.options.rate;
  return {
    fingerprint: plan.fingerprint,
    senderId: plan.body.sender_id,
    messageType: plan.body.message.message_type,
    receivers: plan.receivers.length,
    alreadySent: plan.totalReceivers - plan.receivers.length,
    duplicatesIgnored: plan.duplicates,
    calls,
    callGroups: callGroups(plan.receivers.length),
    ratePlan: plan.options.rate.plan,
    callsPerMinute,
    minimumDurationMs: minimumDurationMs(calls, callsPerMinute),
    mock: plan.target.kind === "mock",
    baseUrl: baseUrl ?? firstHost(plan.target) ?? null,
  };
}

function firstHost(target: Target): string | undefined {
  if (target.kind === "mock") return undefined;
  return resolveBaseUrls(
    target.baseUrl === undefined ? { region: target.region ?? "cn" } : { baseUrl: target.baseUrl },
  )[0];
}

function readBlockMs(env: Environment): number | undefined {
  const value = env.YUNXIN_RATE_LIMIT_BLOCK_MS;
  if (value === undefined || value.trim() === "") return undefined;
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(
      `YUNXIN_RATE_LIMIT_BLOCK_MS must be a whole number of milliseconds, got ${JSON.stringify(value)}`,
    );
  }
  return Number(value.trim());
}
