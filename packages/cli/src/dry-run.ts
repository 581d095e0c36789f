import { formatDuration } from "./call-plan.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { plural } from "./format.js";
import { type CliIo, writeLine } from "./io.js";
import { messageTypeName } from "./message-types.js";
import { type PlanSummary, type SendPlan, summarisePlan } from "./send-plan.js";

/**
 * `--dry-run`: the plan was read and checked against the spec like a real send (a problem is
 * status 2); print what a send would do, on stdout, and send nothing.
 */
export async function printDryRun(plan: SendPlan, io: CliIo): Promise<ExitCode> {
  const summary = summarisePlan(plan);
  if (plan.options.json) {
    await writeLine(io.stdout, JSON.stringify({ plan: { ...summary, dryRun: true } }));
  } else {
    for (const line of describePlan(summary, plan.resumed?.path)) await writeLine(io.stdout, line);
  }
  return EXIT.ok;
}

export function describePlan(summary: PlanSummary, resumeFile?: string): string[] {
  const via = summary.mock ? "the embedded mock" : (summary.baseUrl ?? "the API");
  const lines = [
    "Dry run: nothing was sent.",
    `Would send a ${messageTypeName(summary.messageType)} message from ${summary.senderId} to ${plural(summary.receivers, "receiver")} through ${via}.`,
    `Calls: ${summary.calls}${summary.calls > 0 ? ` (${summary.callGroups.map((group) => `${group.calls} of ${plural(group.receivers, "receiver")}`).join(", ")})` : ""}.`,
    `Duplicates skipped: ${plural(summary.duplicatesIgnored, "repeated receiver id")}.`,
  ];
  if (resumeFile !== undefined) {
    lines.push(
      `Already sent (--resume ${resumeFile}): ${plural(summary.alreadySent, "receiver")} skipped.`,
    );
  }
  lines.push(
    `Time: at least ${formatDuration(summary.minimumDurationMs)} at ${summary.callsPerMinute} calls a minute (${summary.ratePlan} plan), plus the server's answer times.`,
    `Message fingerprint: ${summary.fingerprint}`,
  );
  return lines;
}
