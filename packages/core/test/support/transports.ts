import { createYunxinClient as createOnFetch } from "../../src/index.js";
import { createYunxinClient as createOnNode } from "../../src/node.js";

/**
 * The client on each transport it can have on Node: the default entry's `fetch` (what Deno, Bun
 * and Workers get) and the `node` entry's undici dispatcher. Transport-level tests run on both.
 */
export const TRANSPORTS = [
  { transport: "fetch", createYunxinClient: createOnFetch },
  { transport: "undici", createYunxinClient: createOnNode },
] as const;
