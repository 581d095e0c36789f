/** Renders every generated file of the core package from spec/openapi.yaml, by file name. */
export function render(): Promise<Record<string, string>>;
export const specPath: string;
export const outDir: string;
