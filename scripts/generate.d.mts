/** Renders every generated file of the core package from the spec's text (default: spec/openapi.yaml), by file name. */
export function render(specText?: string): Promise<Record<string, string>>;
/** SHA-256 (hex) of an OpenAPI document's content: its JSON with object keys sorted. */
export function specDigest(spec: unknown): string;
/** The `SPEC_VERSION` and `SPEC_SHA256` a generated contract.ts records. */
export function recordedSpec(contractSource: string | undefined): {
  version: string | undefined;
  sha256: string | undefined;
};
/** Why `freshContract`'s spec may not replace `committedContract`'s: content changed, version did not. */
export function unversionedChange(
  committedContract: string | undefined,
  freshContract: string | undefined,
): string | undefined;
/** The committed generated files compared with what `specFile` makes now. */
export function compareWithCommitted(specFile?: string): Promise<{
  files: Record<string, string>;
  stale: string[];
  unversioned: string | undefined;
}>;
export const specPath: string;
export const outDir: string;
