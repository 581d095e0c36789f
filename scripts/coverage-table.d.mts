/** One endpoint of the SDKs' list (spec/source/yunxin-im-v2-endpoints.tsv). */
export interface Endpoint {
  service: string;
  sdkMethod: string;
  /** `METHOD path`, as the SDKs send it. */
  http: string;
  released: boolean;
}
export interface CoverageOperation {
  operationId: string;
  http: string;
  service: string | undefined;
  sdkMethod: string | undefined;
  sdkHttp: string | undefined;
  description: string;
}
export const specPath: string;
export const endpointsPath: string;
export const readmePath: string;
export const START_MARKER: string;
export const END_MARKER: string;
export function parseEndpoints(text: string): Endpoint[];
export function specOperations(spec: unknown): CoverageOperation[];
/** Why the spec's operations do not line up with the SDKs' list, one sentence each. */
export function coverageProblems(spec: unknown, endpoints: Endpoint[]): string[];
/** The README section, markers included. */
export function renderCoverage(spec: unknown, endpoints: Endpoint[]): string;
export function withSection(readme: string, section: string): string;
export function render(): { readme: string; fresh: string; problems: string[] };
