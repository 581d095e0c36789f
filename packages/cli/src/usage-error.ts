import { YunxinValidationError } from "@yunxin-im/core";

/**
 * Bad input or configuration, found before anything was sent. The message is one line that names
 * the problem; the CLI prints it as `error: <message>` and exits with status 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * What a command throws for an error of the client: a `YunxinValidationError` becomes the usage
 * error it is on the command line (its first issue, then `what` happened: nothing was sent, or
 * queued); any other error is rethrown as it is.
 */
export function asUsageError(error: unknown, what = "nothing was sent"): unknown {
  return error instanceof YunxinValidationError
    ? new UsageError(`${error.issues[0]?.message ?? error.message}; ${what}`)
    : error;
}
