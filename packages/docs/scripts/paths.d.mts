export const docsRoot: string;
export const repoRoot: string;
export const specPath: string;
export const defaultSiteDir: string;
