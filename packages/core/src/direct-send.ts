import { defaultPathSerializer } from "openapi-fetch";
import type { PreparedRequest, SendAttempt } from "./attempt.js";
import type { SignHeaders } from "./direct-signer.js";
import type { OperationFacts } from "./operation-facts.js";
import { queryString, stringifyBody } from "./request-encoding.js";
import type { DirectTransport } from "./transport.js";

const JSON_CONTENT_TYPE = "application/json;charset=UTF-8";

/**
 * Attempts as plain values, when the signer is the client's only middleware: the same URL,
 * headers and body openapi-fetch would build, made without its Request, Headers and Response
 * (and sent by the transport without any either). The body is encoded once per call.
 */
export function directSend(send: DirectTransport, sign: SignHeaders): SendAttempt {
  const bases = new Map<string, string>();
  return async (request, context, deadline, recorder) => {
    request.encoded ??= encode(request);
    const { pathAndQuery, body } = request.encoded;
    let base = bases.get(context.baseUrl);
    if (base === undefined) {
      base = new URL(context.baseUrl).href.replace(/\/$/, "");
      bases.set(context.baseUrl, base);
    }
    const url = needsNormalizing(pathAndQuery)
      ? new URL(base + pathAndQuery).href
      : base + pathAndQuery;
    const signing = sign(context.traceId);
    const signed = signing instanceof Promise ? await deadline.race(signing) : signing;
    const headers = body === undefined ? signed : { "Content-Type": JSON_CONTENT_TYPE, ...signed };
    const { method } = request.facts;
    const answer = await recorder.send({ url }, () =>
      send({ url, method, headers, body }, deadline),
    );
    recorder.answered(answer.status);
    if (answer.status === 200) return answer;
    return { status: answer.status, text: errorText(answer.text) };
  };
}

function encode(request: PreparedRequest): NonNullable<PreparedRequest["encoded"]> {
  const { facts } = request;
  const path = request.path ? pathOf(facts, request.path) : facts.path;
  const query = queryString(facts, request.query);
  return {
    pathAndQuery: query ? `${path}?${query}` : path,
    body: request.body === undefined ? undefined : stringifyBody(request.body, facts.int64.body),
  };
}

const templates = new WeakMap<OperationFacts, string[] | null>();

/**
 * The path with its values in, as openapi-fetch's `defaultPathSerializer` writes it, from the
 * template split once per operation; its own serializer for anything but simple primitives.
 */
function pathOf(facts: OperationFacts, values: Record<string, unknown>): string {
  let parts = templates.get(facts);
  if (parts === undefined) {
    parts = facts.path.split(/\{([^}]+)\}/);
    if (parts.some((part, index) => index % 2 === 1 && /^[.;]|\*$/.test(part))) parts = null;
    templates.set(facts, parts);
  }
  if (!parts) return defaultPathSerializer(facts.path, values);
  let path = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    const value = values[name];
    if (typeof value === "object" && value !== null) {
      return defaultPathSerializer(facts.path, values);
    }
    path += value === undefined || value === null ? `{${name}}` : encodeURIComponent(String(value));
    path += parts[index + 1];
  }
  return path;
}

/**
 * Whether `new URL()` would change the text, as it does for openapi-fetch's URL: a `.` or `..`
 * path segment (a path value of `..`) is resolved, a `'` in the query is percent-encoded. Every
 * other character of an encoded path and query it keeps as it is.
 */
function needsNormalizing(pathAndQuery: string): boolean {
  return /\/\.\.?(?=[/?]|$)|'/.test(pathAndQuery);
}

/** An error answer's text as openapi-fetch gives it: JSON re-serialised, anything else as it is. */
function errorText(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "string" ? parsed : JSON.stringify(parsed ?? "");
  } catch {
    return text;
  }
}
