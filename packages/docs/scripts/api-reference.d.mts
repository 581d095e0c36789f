/** The options handed to `Redoc.init`. */
export const redocOptions: Record<string, unknown>;
/** The Content-Security-Policy of the API reference page. */
export const contentSecurityPolicy: string;
/** Writes `<siteDir>/api/index.html` and returns its path. */
export function buildApiReference(siteDir: string): string;
