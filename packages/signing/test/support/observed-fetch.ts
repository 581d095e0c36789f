/** One scripted answer: a Response, an Error to throw, or a function of the request. */
export type Scripted = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface ObservedFetch {
  (request: Request): Promise<Response>;
  /** Every request, in order, as the network would have received it. */
  requests: Request[];
}

/** A `fetch` that records every Request and answers from a script, one entry per call. */
export function observedFetch(...script: Scripted[]): ObservedFetch {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const next = script.shift();
    if (next === undefined) throw new Error(`unscripted request #${requests.length}`);
    if (next instanceof Error) throw next;
    return typeof next === "function" ? next(request) : next;
  };
  return Object.assign(fetch, { requests });
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

/** All headers of a request as a plain object with lower-case names. */
export function headersOf(request: Request | undefined): Record<string, string> {
  return Object.fromEntries(request?.headers ?? []);
}

/** A clock and nonce source that return the given values in order. */
export function sequence<T>(...values: T[]): () => T {
  let index = 0;
  return () => {
    const value = values[index++];
    if (value === undefined) throw new Error(`sequence exhausted after ${values.length} values`);
    return value;
  };
}
