import { SCHEMAS } from "./generated/contract.js";
import type { Schema } from "./validate.js";

const PREFIX = "#/components/schemas/";
const SHARED = SCHEMAS as unknown as { readonly [name: string]: Schema };
const resolved = new Map<string, Schema>();

/**
 * The schema a `$ref` names in the generated `SCHEMAS` (with its name as `title`, which errors
 * quote), or `schema` itself when it is no reference. Each is built once: validation runs per
 * receiver of every call.
 */
export function resolveSchema(schema: Schema): Schema {
  const ref = schema.$ref;
  if (ref === undefined) return schema;
  let target = resolved.get(ref);
  if (!target) {
    const name = ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : ref;
    const shared = SHARED[name];
    if (!shared) throw new TypeError(`unknown schema ${ref}: not in this package's SCHEMAS`);
    target = resolveSchema({ title: name, ...shared });
    resolved.set(ref, target);
  }
  return target;
}
