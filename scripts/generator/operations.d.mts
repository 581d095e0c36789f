/** The operations of an OpenAPI document as the generator reads them (throws naming what is wrong). */
export function collectOperations(
  spec: unknown,
): Array<{ operationId: string } & Record<string, unknown>>;
export const RATE_LIMIT_CATEGORIES: string[];
