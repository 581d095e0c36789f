/** Site pages TypeDoc does not make, by label, as paths from the site root. */
export const sitePages: Record<string, string>;
/** Runs TypeDoc into `siteDir` (emptying it first) and returns the directory. */
export function buildPackageReference(siteDir: string): Promise<string>;
