import type { BatchOperationId } from "./batch-operations.js";
import type { NotificationOutcome, ReceiverOutcome } from "./outcomes.js";
import type { FanoutSummary } from "./progress.js";

/**
 * The outcomes of a run, one per input receiver, in the order they are known. Iterate it once;
 * a loop left early (break, return, an exception) stops the run, and a second loop takes the
 * outcomes that came after (those of the calls then in flight, and of the receivers not sent).
 */
export interface FanoutRun<Outcome = ReceiverOutcome> extends AsyncIterable<Outcome> {
  /** Resolves after the iteration finished (or drains the run itself if nobody iterates). */
  summary(): Promise<FanoutSummary>;
}

/** The outcome type of a run of `operation`. */
export type OutcomeOf<Id extends BatchOperationId> = Id extends "sendBatchCustomNotification"
  ? NotificationOutcome
  : ReceiverOutcome;
