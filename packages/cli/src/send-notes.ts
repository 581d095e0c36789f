import type { ReceiverOutcome } from "@yunxin-im/fanout";
import { MOCK_EXAMPLE_RECEIVER } from "./embedded-mock.js";
import { plural } from "./format.js";
import { type CliIo, writeLine } from "./io.js";

/** What happened besides the outcomes, said after the summary. */
export function sendNotes({
  unreportedByMock,
  interrupted,
  aborted,
}: {
  /** Receivers the mock's example answer named in neither list. */
  unreportedByMock: number;
  /** Ctrl-C. */
  interrupted: boolean;
  /** The fan-out stopped early: the API kept answering 416. */
  aborted: boolean;
}): string[] {
  const notes: string[] = [];
  if (unreportedByMock > 0) {
    notes.push(
      `Note: the mock answers every call with the spec's example, whose success_list names only ${MOCK_EXAMPLE_RECEIVER}; ${unreportedByMock === 1 ? "1 other receiver is" : `${unreportedByMock} other receivers are`} in neither list and shown as failed (unreported). A real server reports every receiver.`,
    );
  }
  if (interrupted) {
    notes.push(
      "Interrupted: receivers marked 'not attempted' were not sent; the calls in flight finished and are reported above.",
    );
  } else if (aborted) {
    notes.push(
      "Stopped early: the API kept answering 416 (rate limited); receivers marked 'not attempted' were not sent. Try again later or lower --calls-per-minute.",
    );
  }
  return notes;
}

/** A receiver the answer named in neither list (the fan-out reports it failed, maybe delivered). */
export function isUnreported(outcome: ReceiverOutcome): boolean {
  return (
    outcome.status === "failed" &&
    outcome.errorCode === undefined &&
    /unreported/i.test(outcome.errorMsg)
  );
}

/**
 * The results could not all be written: say on stderr what happened to every receiver, so a
 * partial send never passes for a complete one (the exit status says so too).
 */
export async function reportClosedStdout(
  io: CliIo,
  summary: { sent: number; failed: number; notAttempted: number },
  total: number,
): Promise<void> {
  const notSent = total - summary.sent;
  await writeLine(
    io.stderr,
    `error: stdout was closed before all results were written (no call starts once that is noticed). Of ${plural(total, "receiver")}, ${summary.sent} ${summary.sent === 1 ? "was" : "were"} sent and ${notSent} ${notSent === 1 ? "was" : "were"} not (${summary.failed} failed, ${summary.notAttempted} not attempted); the results written after it closed are lost.`,
  );
}
