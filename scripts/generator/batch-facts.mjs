// What a batch operation (one body to many receivers, the spec's `batch-send` rate category) adds
// to its facts: the body field holding the receivers, so the call path can count receivers,
// sent and failed for any such operation, and the fan-out can chunk them.
import { resolveRef } from "./schemas.mjs";

const resolved = (spec, schema, where) =>
  schema?.$ref ? resolveRef(spec, schema.$ref, where) : schema;

/**
 * `{ receivers }` for an operation of the `batch-send` category, `undefined` for any other. A
 * batch operation's body must have exactly one array property with a `maxItems` (its receivers),
 * and its answer's `data` a `success_list` and a `failed_list`; anything else is refused.
 */
export function batchFacts(spec, rateLimitCategory, body, answerSchema, where) {
  if (rateLimitCategory !== "batch-send") return undefined;
  const bodySchema = resolved(spec, body?.schema, `${where} request body`);
  const lists = Object.entries(bodySchema?.properties ?? {}).filter(([, property]) => {
    const schema = resolved(spec, property, `${where} request body`);
    return schema?.type === "array" && typeof schema.maxItems === "number";
  });
  if (lists.length !== 1) {
    throw new Error(
      `${where}: a batch-send operation's body needs exactly one array property with maxItems (its receivers), found ${lists.length}`,
    );
  }
  const envelope = resolved(spec, answerSchema, `${where} answer`);
  const data = resolved(spec, envelope?.properties?.data, `${where} answer`);
  for (const list of ["success_list", "failed_list"]) {
    if (!data?.properties?.[list]) {
      throw new Error(`${where}: a batch-send operation's answer data needs a ${list}`);
    }
  }
  return { receivers: lists[0][0] };
}
