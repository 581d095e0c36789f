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
  /** Requested receivers no entry has named yet, in the order requested. */
  private readonly unnamedIds: Set<string>;
  /** Lower-cased id → the one requested id with it, or null when several share it. Built when needed. */
  private byFoldedCase: Map<string, string | null> | undefined;

  constructor(private readonly ids: readonly string[]) {
    this.unnamedIds = new Set(ids);
  }

  /** The requested receiver spelled exactly `answered`, if it is not named yet. */
  claimExact(answered: unknown): string | undefined {
    return typeof answered === "string" && this.unnamedIds.delete(answered) ? answered : undefined;
  }

  /** The one requested receiver equal to `answered` ignoring case, if it is not named yet. */
  claimIgnoringCase(answered: unknown): string | undefined {
    if (typeof answered !== "string") return undefined;
    this.byFoldedCase ??= foldCases(this.ids);
    const id = this.byFoldedCase.get(answered.toLowerCase());
    return id && this.unnamedIds.delete(id) ? id : undefined;
  }

  /** Requested receivers no entry named, each once, in the order requested. */
  unnamed(): string[] {
    return [...this.unnamedIds];
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
