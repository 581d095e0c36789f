import type { BatchTelemetry } from "./call-path.js";
import type { OperationFacts } from "./operation-facts.js";
import type { CallInput } from "./validate-input.js";

/**
 * The receivers, sent and failed of a batch operation called through `call` or its generated
 * method, read from the spec's batch facts: the body's receivers field, and the lengths of the
 * answer's `success_list` and `failed_list`. Receivers the answer names in neither list are
 * unreported. `undefined` for an operation that is not a batch.
 */
export function batchTelemetryOf(
  facts: OperationFacts,
  input: CallInput | undefined,
): BatchTelemetry<unknown> | undefined {
  if (!facts.batch) return undefined;
  const body = input?.body as Record<string, unknown> | undefined;
  const list = body?.[facts.batch.receivers];
  const receivers = Array.isArray(list) ? list.length : 0;
  return {
    receivers,
    counts(data) {
      const answer = data as { success_list?: unknown; failed_list?: unknown } | undefined;
      const sent = lengthOf(answer?.success_list);
      const failed = lengthOf(answer?.failed_list);
      return { sent, failed, unreported: Math.max(0, receivers - sent - failed) };
    },
  };
}

const lengthOf = (list: unknown) => (Array.isArray(list) ? list.length : 0);
