/** A `fetch` that records every Request and answers from a script, one entry per call. */
export type Scripted = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface ObservedFetch {
  (request: Request): Promise<Response>;
  requests: Request[];
  bodies: unknown[];
}

export function observedFetch(...script: Scripted[]): ObservedFetch {
  const requests: Request[] = [];
  const bodies: unknown[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const text = await request.clone().text();
    bodies.push(text ? JSON.parse(text) : undefined);
    const next = script.shift();
    if (next === undefined) throw new Error(`unscripted request #${requests.length}`);
    if (next instanceof Error) throw next;
    return typeof next === "function" ? next(request) : next;
  };
  return Object.assign(fetch, { requests, bodies });
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}
