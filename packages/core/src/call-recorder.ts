import type { OperationFacts } from "./operation-facts.js";

// No type of the OpenTelemetry API here: the call path's declarations are reachable from the
// public ones, which must compile without it installed.

/** What a batch send's answer says of its receivers, for spans and the receivers counter. */
export interface BatchCounts {
  sent: number;
  failed: number;
  unreported: number;
}

/** Records one call: its span, its attempts' spans, and the metrics of both. */
export interface CallRecorder {
  traceId(traceId: string): void;
  receivers(count: number): void;
  attempt(attempts: number, baseUrl: string): AttemptRecorder;
  /** A failed attempt is about to be repeated. */
  retrying(error: unknown): void;
  /** Time spent waiting out a 416 block, in milliseconds. */
  blocked(ms: number): void;
  succeeded(batch?: BatchCounts): void;
  failed(error: unknown): void;
}

/** Records one attempt: the HTTP client span and `http.client.request.duration`. */
export interface AttemptRecorder {
  /** Runs the HTTP request, `request` being what goes on the wire, inside the attempt's span. */
  send<T>(request: { readonly url: string }, send: () => Promise<T>): Promise<T>;
  answered(status: number): void;
  /** Ends the attempt with the envelope's `code`, or with the error it failed with. */
  end(result: { code: number } | { error: unknown }): void;
}

const NO_ATTEMPT: AttemptRecorder = {
  send: (_request, send) => send(),
  answered() {},
  end() {},
};

/** The recorder when there is no telemetry: costs a call per hook and nothing else. */
export const NO_CALL: CallRecorder = {
  traceId() {},
  receivers() {},
  attempt: () => NO_ATTEMPT,
  retrying() {},
  blocked() {},
  succeeded() {},
  failed() {},
};

/** What the call path records its calls with (see telemetry.ts). */
export interface CallTelemetry {
  /**
   * A recorder of one call, whose span is a child of the caller's active span; a promise only
   * while the OpenTelemetry API is still loading.
   */
  startCall(operationId: string, facts: OperationFacts): CallRecorder | Promise<CallRecorder>;
}
