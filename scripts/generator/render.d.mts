/** An operation's entry of `OPERATIONS`, from what `collectOperations` read. */
export function runtimeFacts(operation: unknown): unknown;
export const HEADER: string;
