import { createHash } from "node:crypto";

/**
 * A fingerprint of the message a run sends: SHA-256 of the request body without its receivers,
 * with keys in a canonical order (so `--from x --text y` and a `--body` file holding the same
 * fields match). `--resume` compares it, so an earlier run's "sent" can only skip receivers of
 * the same message.
 */
export function bodyFingerprint(body: object): string {
  const { receiver_ids: _receivers, ...rest } = body as Record<string, unknown>;
  return `sha256:${createHash("sha256").update(canonicalJson(rest)).digest("hex")}`;
}

/** JSON with every object's keys sorted; `undefined` members are left out, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const members = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value);
}
