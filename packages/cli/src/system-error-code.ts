/** The system error code somewhere in the cause chain (`ECONNREFUSED`, `ENOTFOUND`…). */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    // AggregateError: a host with several addresses, all refused.
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      const codes = errors.map(errorCode);
      if (codes.every((c) => c !== undefined && c === codes[0])) return codes[0];
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
