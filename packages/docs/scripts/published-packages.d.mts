export interface PublishedPackage {
  /** The npm name, e.g. `@yunxin-im/core`. */
  name: string;
  /** Its absolute directory. */
  dir: string;
}
export function publishedPackages(): PublishedPackage[];
