import { EXIT, type ExitCode } from "./exit-codes.js";
import { plural } from "./format.js";
import type { SendReport } from "./report.js";
import { type SendPlan, summarisePlan } from "./send-plan.js";

/** The `--json` summary's own fields: the message's fingerprint, and what --resume skipped. */
export function summaryFieldsOf(plan: SendPlan): Record<string, unknown> {
  return {
    fingerprint: plan.fingerprint,
    ...(plan.resumed ? { alreadySent: plan.totalReceivers - plan.receivers.length } : {}),
  };
}

/**
 * The first results of a `--json` run: the plan (with the message's fingerprint, so a run cut
 * off before its summary can still be resumed), then the `sent` records of the receivers an
 * earlier run had sent, so this run's output alone is complete for the next `--resume`.
 */
export async function reportEarlierRun(plan: SendPlan, report: SendReport, baseUrl?: string) {
  await report.record({ plan: summarisePlan(plan, baseUrl) });
  const earlier = plan.resumed;
  if (!earlier) return;
  for (const record of earlier.sent.values()) await report.record({ ...record, resumed: true });
  const skipped = plan.totalReceivers - plan.receivers.length;
  await report.status(
    `Resuming: ${plural(skipped, "receiver")} already sent in ${earlier.path} ${skipped === 1 ? "is" : "are"} skipped.`,
  );
  if (earlier.maybeDelivered.size > 0) {
    await report.status(
      `Note: ${earlier.path} reports ${plural(earlier.maybeDelivered.size, "receiver")} failed but maybe delivered; ${earlier.maybeDelivered.size === 1 ? "it is" : "they are"} sent again.`,
    );
  }
  if (earlier.cutOff) {
    await report.status(`Note: the last line of ${earlier.path} was cut off and is ignored.`);
  }
}

/** Every receiver was already sent (`--resume`): nothing to connect to, and success. */
export async function reportNothingToSend(plan: SendPlan, report: SendReport): Promise<ExitCode> {
  await report.start({
    mock: plan.target.kind === "mock",
    baseUrl: summarisePlan(plan).baseUrl ?? "",
    senderId: plan.body.sender_id,
    messageType: plan.body.message.message_type,
    receivers: 0,
    duplicates: plan.duplicates,
    pacing: "",
    summaryFields: summaryFieldsOf(plan),
    alreadySent: plan.totalReceivers,
    nothingToSend: true,
  });
  await reportEarlierRun(plan, report);
  const summary = {
    sent: 0,
    failed: 0,
    notAttempted: 0,
    calls: 0,
    rateLimited: 0,
    durationMs: 0,
    aborted: false,
  };
  await report.finish(summary, []);
  return EXIT.ok;
}
