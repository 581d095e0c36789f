import { readFileSync } from "node:fs";
import { parse } from "yaml";

// biome-ignore lint/suspicious/noExplicitAny: the spec is a parsed YAML document
export type Spec = any;

export const specUrl = new URL("../openapi.yaml", import.meta.url);

export function loadSpec(): Spec {
  return parse(readFileSync(specUrl, "utf8"));
}

/** The spec with every integer a `bigint`: the digits of its examples as written. */
export function loadSpecExact(): Spec {
  return parse(readFileSync(specUrl, "utf8"), { intAsBigInt: true });
}

/** Resolves a local `$ref` such as `#/components/examples/SeedRequest`. */
export function resolveRef(spec: Spec, ref: string): Spec {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce((node: Spec, key: string) => node?.[key], spec);
}
