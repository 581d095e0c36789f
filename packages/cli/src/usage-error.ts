/**
 * Bad input or configuration, found before anything was sent. The message is one line that names
 * the problem; the CLI prints it as `error: <message>` and exits with status 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
