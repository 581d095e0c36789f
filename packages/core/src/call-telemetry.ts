import type { Attributes, Context, Span, Tracer } from "@opentelemetry/api";
import type { AttemptRecorder, CallRecorder } from "./call-recorder.js";
import { YunxinAbortError, YunxinApiError, YunxinRateLimitError } from "./errors.js";
import type { OperationFacts } from "./operation-facts.js";
import type { OtelApi } from "./otel-api.js";
import type { Instruments } from "./telemetry.js";
import { errorTypeOf, fullUrl, outcomeOf, serverOf } from "./telemetry-names.js";

/**
 * Starts the call's span in the caller's active context. Its name is the operationId: the
 * conventions name a span by its low-cardinality logical operation (as databases and RPC name
 * theirs, and GenAI clients do over HTTP), and `{method} {url.template}` belongs to the HTTP
 * attempts under it. Its kind is CLIENT: it is the outgoing call to a remote service.
 */
export function recordCall(
  api: OtelApi,
  tracer: Tracer,
  instruments: Instruments,
  operationId: string,
  facts: OperationFacts,
): CallRecorder {
  const parent = api.context.active();
  const operation = { "yunxin.operation": operationId };
  const span = tracer.startSpan(
    operationId,
    {
      kind: api.SpanKind.CLIENT,
      attributes: { ...operation, "yunxin.rate_limit.category": facts.rateLimitCategory },
    },
    parent,
  );
  const callContext = api.trace.setSpan(parent, span);
  const started = performance.now();
  let ended = false;
  let traceId: string | undefined;
  const end = (error: unknown, attributes: Attributes = {}) => {
    if (ended) return;
    ended = true;
    const outcome = outcomeOf(error);
    const failed = error !== undefined && !(error instanceof YunxinAbortError);
    const code =
      error instanceof YunxinApiError ? error.code : error === undefined ? 200 : undefined;
    span.setAttributes({
      ...attributes,
      "yunxin.outcome": outcome,
      ...(code === undefined ? {} : { "yunxin.code": code }),
      ...(failed ? { "error.type": errorTypeOf(error) } : {}),
    });
    // A caller's abort is what it asked for, not an error; a timeout is one.
    if (failed) span.setStatus({ code: api.SpanStatusCode.ERROR, message: errorTypeOf(error) });
    span.end();
    const metric = { ...operation, "yunxin.outcome": outcome };
    instruments.calls.add(1, metric);
    instruments.callDuration.record((performance.now() - started) / 1000, metric);
  };
  return {
    traceId(id) {
      traceId = id;
      span.setAttribute("yunxin.trace_id", id);
    },
    receivers: (count) => span.setAttribute("yunxin.batch.receivers", count),
    attempt: (attempts, baseUrl) =>
      recordAttempt(api, tracer, instruments, callContext, facts, {
        operationId,
        traceId,
        attempts,
        baseUrl,
      }),
    retrying(error) {
      if (error instanceof YunxinRateLimitError) countBlock(instruments, operationId, facts);
      instruments.retries.add(1, { ...operation, "yunxin.retry.cause": outcomeOf(error) });
    },
    blocked(ms) {
      instruments.rateLimitBlockDuration.record(ms / 1000, {
        ...operation,
        "yunxin.rate_limit.category": facts.rateLimitCategory,
      });
    },
    succeeded(batch) {
      if (batch) {
        for (const outcome of ["sent", "failed", "unreported"] as const) {
          if (batch[outcome] > 0) {
            instruments.receivers.add(batch[outcome], {
              ...operation,
              "yunxin.receiver.outcome": outcome,
            });
          }
        }
      }
      end(
        undefined,
        batch
          ? {
              "yunxin.batch.sent": batch.sent,
              "yunxin.batch.failed": batch.failed,
              "yunxin.batch.unreported": batch.unreported,
            }
          : {},
      );
    },
    failed(error) {
      if (error instanceof YunxinRateLimitError) countBlock(instruments, operationId, facts);
      end(error);
    },
  };
}

function countBlock(instruments: Instruments, operationId: string, facts: OperationFacts): void {
  instruments.rateLimitBlocks.add(1, {
    "yunxin.operation": operationId,
    "yunxin.rate_limit.category": facts.rateLimitCategory,
  });
}

function recordAttempt(
  api: OtelApi,
  tracer: Tracer,
  instruments: Instruments,
  callContext: Context,
  facts: OperationFacts,
  call: { operationId: string; traceId: string | undefined; attempts: number; baseUrl: string },
): AttemptRecorder {
  const { operationId, traceId, attempts } = call;
  const server = serverOf(call.baseUrl);
  const common: Attributes = {
    "http.request.method": facts.method,
    ...server,
    "yunxin.operation": operationId,
  };
  let span: Span | undefined;
  let started = 0;
  let status: number | undefined;
  return {
    send(request, send) {
      started = performance.now();
      span = tracer.startSpan(
        `${facts.method} ${facts.path}`,
        {
          kind: api.SpanKind.CLIENT,
          attributes: {
            ...common,
            "url.full": fullUrl(request.url),
            "url.template": facts.path,
            ...(traceId === undefined ? {} : { "yunxin.trace_id": traceId }),
            ...(attempts > 1 ? { "http.request.resend_count": attempts - 1 } : {}),
          },
        },
        callContext,
      );
      return api.context.with(api.trace.setSpan(callContext, span), send);
    },
    answered(answer) {
      status = answer;
      span?.setAttribute("http.response.status_code", answer);
    },
    end(result) {
      if (!span) return; // nothing was sent (a middleware refused the request)
      const error = "error" in result ? result.error : undefined;
      const failed = error !== undefined && !(error instanceof YunxinAbortError);
      if ("code" in result) span.setAttribute("yunxin.code", result.code);
      if (failed) {
        span.setAttribute("error.type", errorTypeOf(error));
        span.setStatus({ code: api.SpanStatusCode.ERROR, message: errorTypeOf(error) });
      }
      span.end();
      span = undefined;
      instruments.requestDuration.record((performance.now() - started) / 1000, {
        ...common,
        ...(status === undefined ? {} : { "http.response.status_code": status }),
        ...(failed ? { "error.type": errorTypeOf(error) } : {}),
      });
    },
  };
}
