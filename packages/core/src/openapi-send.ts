import type { Client } from "openapi-fetch";
import type { SendAttempt } from "./attempt.js";
import { readText } from "./attempt-deadline.js";
import { TRACE_ID_HEADER } from "./generated/contract.js";
import type { paths } from "./generated/schema.js";
import { queryString, stringifyBody } from "./request-encoding.js";
import { type Transport, TransportFailure } from "./transport.js";

type LooseRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Attempts through openapi-fetch, so every middleware (the signer included) sees each one as a
 * `Request` and its answer as a `Response`: the path whenever any middleware other than the
 * signer is installed, or a `fetch` replaces the transport.
 */
export function openapiSend(api: Client<paths>, transport: Transport): SendAttempt {
  return async (request, context, deadline, recorder) => {
    const { facts } = request;
    const hasBody = request.body !== undefined;
    const sending = (api.request as unknown as LooseRequest)(facts.method, facts.path, {
      baseUrl: context.baseUrl,
      params: {
        path: request.path,
        query: request.query,
        header: { [TRACE_ID_HEADER]: context.traceId },
      },
      // A request without a body carries no Content-Type.
      ...(hasBody
        ? {
            body: request.body,
            bodySerializer: (body: unknown) => stringifyBody(body, facts.int64.body),
          }
        : { headers: { "Content-Type": null } }),
      querySerializer: (query: Record<string, unknown>) => queryString(facts, query),
      // A buffered answer is text already; any other body is read below, under the deadline.
      parseAs: transport.buffered ? "text" : "stream",
      signal: deadline.signal,
      fetch: (sent: Request) => recorder.send(sent, () => transport(sent, deadline)),
    });
    const { data, error, response } = await deadline.race(sending);
    const { status } = response;
    recorder.answered(status);
    if (status !== 200) {
      return { status, text: typeof error === "string" ? error : JSON.stringify(error ?? "") };
    }
    try {
      const text = typeof data === "string" ? data : data ? await readText(response, deadline) : "";
      return { status, text };
    } catch (cause) {
      throw new TransportFailure("the answer broke off", { cause });
    }
  };
}
