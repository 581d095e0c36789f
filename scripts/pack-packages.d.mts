/** The repository's root directory. */
export const ROOT: string;

/** The workspace packages a user installs from the registry. */
export function publishedPackages(): {
  name: string;
  version: string;
  private: boolean;
  path: string;
}[];

/**
 * Packs each published package (or only those named in `only`) as `changeset publish` would, into
 * `outDir`, and returns `{ [name]: absoluteTarballPath }`. The packages must be built.
 */
export function packPackages(outDir: string, options?: { only?: string[] }): Record<string, string>;
/** The pnpm that runs this process (`pnpm run …`), else `npx -y <packageManager>`: [command, leading args]. */
export function pnpmCommand(): [string, string[]];
