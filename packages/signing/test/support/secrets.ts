import fc from "fast-check";

/**
 * Any AppSecret the package accepts: any well-formed text, at least one character, that does not
 * start or end with whitespace (such a secret is refused, see secret.test.ts).
 */
export const acceptedSecrets = (maxLength?: number) =>
  fc
    .string({ unit: "binary", minLength: 1, ...(maxLength === undefined ? {} : { maxLength }) })
    .filter((secret) => !/^\s|\s$/u.test(secret));
