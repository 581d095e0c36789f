// The package's entry on Node (its `node` export condition): everything the default entry has,
// with a client that sends through undici's dispatcher unless given a `fetch`. Other runtimes
// and bundles for them get the default entry, which never imports undici.
import { clientOf, type YunxinClient, type YunxinClientOptions } from "./client.js";
import { OPERATIONS } from "./generated/operations.js";
import { createNodeTransport } from "./node-transport.js";
import { createTransport } from "./transport.js";

export * from "./index.js";

/**
 * A client of the spec's operations. On Node it sends through undici's dispatcher over
 * keep-alive connections, a pool per host (primary and backup); a `fetch` option replaces that.
 */
export function createYunxinClient(options: YunxinClientOptions = {}): YunxinClient {
  const transport =
    options.fetch || !isNode() ? createTransport(options.fetch) : createNodeTransport();
  return clientOf(OPERATIONS, options, transport);
}

/** Deno's `require()` resolves the `node` condition too; Deno and Bun keep their own fetch. */
function isNode(): boolean {
  const runtime = globalThis as { Deno?: unknown; Bun?: unknown };
  return runtime.Deno === undefined && runtime.Bun === undefined;
}
