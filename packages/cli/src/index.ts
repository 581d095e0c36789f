export { EXIT, type ExitCode } from "./exit-codes.js";
export type { CliIo, InputStream, OutputStream } from "./io.js";
export { run } from "./run.js";
export { UsageError } from "./usage-error.js";
