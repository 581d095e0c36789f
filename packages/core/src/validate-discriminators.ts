import { resolveSchema } from "./schema-refs.js";
import type { Schema } from "./validate.js";
import { isObject } from "./validate-scalars.js";

// How validate.ts tells the branches of a oneOf apart (the message union on `message_type`).

/** What selects a branch: each `const` property, and each tagged `enum` property. */
type Discriminator = { key: string; const: unknown } | { key: string; enum: readonly unknown[] };

/** The discriminators of each branch under the tags of its oneOf, found once. */
const discriminatorsOf = new WeakMap<Schema, Map<ReadonlySet<string>, Discriminator[]>>();

export function discriminatorsMatch(
  given: Schema,
  value: unknown,
  tags: ReadonlySet<string>,
): boolean {
  if (!isObject(value)) return false;
  const branch = resolveSchema(given);
  let byTags = discriminatorsOf.get(branch);
  if (!byTags) {
    byTags = new Map();
    discriminatorsOf.set(branch, byTags);
  }
  let discriminators = byTags.get(tags);
  if (!discriminators) {
    discriminators = [];
    for (const [key, property] of Object.entries(branch.properties ?? {})) {
      if ("const" in property) discriminators.push({ key, const: property.const });
      // A branch may name its kinds with an enum (`message_type: enum [1, 2, 3]`) beside
      // another's const: a value outside it is not of that branch.
      else if (property.enum && tags.has(key)) discriminators.push({ key, enum: property.enum });
    }
    byTags.set(tags, discriminators);
  }
  for (const discriminator of discriminators) {
    const given = value[discriminator.key];
    if (
      "const" in discriminator ? given !== discriminator.const : !discriminator.enum.includes(given)
    ) {
      return false;
    }
  }
  return true;
}

const taggedKeySets = new WeakMap<readonly Schema[], ReadonlySet<string>>();

/** The keys every branch pins with a `const` or an `enum`: what tells the branches apart. */
export function taggedKeys(given: readonly Schema[]): ReadonlySet<string> {
  let tags = taggedKeySets.get(given);
  if (!tags) {
    const branches = given.map(resolveSchema);
    const pinned = (branch: Schema, key: string) => {
      const property = branch.properties?.[key];
      return property !== undefined && ("const" in property || property.enum !== undefined);
    };
    tags = new Set(
      Object.keys(branches[0]?.properties ?? {}).filter((key) =>
        branches.every((branch) => pinned(branch, key)),
      ),
    );
    taggedKeySets.set(given, tags);
  }
  return tags;
}

export function discriminatorValues(given: readonly Schema[]): [string | undefined, unknown[]] {
  const branches = given.map(resolveSchema);
  for (const [key, property] of Object.entries(branches[0]?.properties ?? {})) {
    if ("const" in property) {
      return [key, branches.map((branch) => branch.properties?.[key]?.const)];
    }
  }
  return [undefined, []];
}
