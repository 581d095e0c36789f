/**
 * Which requested receiver an entry of the answer names. Account ids are lower-cased by the
 * server when the account is created, so an answer may spell a receiver differently from the
 * request (`alice` for a requested `Alice`, should such a request be sent with validation off).
 *
 * An entry names the requested receiver it equals; failing that, the one requested receiver
 * equal to it ignoring case; failing that (several requested receivers differ only in case, or
 * none matches), none. Each requested receiver is named at most once, by exact spellings before
 * case-folded ones, so an entry is never taken for a receiver it might not mean.
 */
export class RequestedReceivers {
  private readonly requested: Set<string>;
  /** Lower-cased id → the one requested id with it, or null when several share it. Built when needed. */
  private byFoldedCase: Map<string, string | null> | undefined;
  private readonly named = new Set<string>();

  constructor(ids: readonly string[]) {
    this.requested = new Set(ids);
  }

  /** The requested receiver spelled exactly `answered`, if it is not named yet. */
  claimExact(answered: unknown): string | undefined {
    if (typeof answered !== "string" || !this.requested.has(answered)) return undefined;
    return this.claim(answered);
  }

  /** The one requested receiver equal to `answered` ignoring case, if it is not named yet. */
  claimIgnoringCase(answered: unknown): string | undefined {
    if (typeof answered !== "string") return undefined;
    this.byFoldedCase ??= foldCases(this.requested);
    const id = this.byFoldedCase.get(answered.toLowerCase());
    return id ? this.claim(id) : undefined;
  }

  /** Requested receivers no entry named, each once, in the order requested. */
  unnamed(): string[] {
    return [...this.requested].filter((id) => !this.named.has(id));
  }

  private claim(id: string): string | undefined {
    if (this.named.has(id)) return undefined;
    this.named.add(id);
    return id;
  }
}

function foldCases(ids: Iterable<string>): Map<string, string | null> {
  const byFoldedCase = new Map<string, string | null>();
  for (const id of ids) {
    const folded = id.toLowerCase();
    byFoldedCase.set(folded, byFoldedCase.has(folded) ? null : id);
  }
  return byFoldedCase;
}
