import { readFile } from "node:fs/promises";
import { UsageError } from "./usage-error.js";

/** Reads `--attachment <file>`: the attachment object, as JSON. */
export async function readAttachment(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --attachment ${path}: ${describeFileError(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new UsageError(`--attachment ${path} is not valid JSON: ${reason}`);
  }
}

/** A short reason for a failed file read, without the stack or the syscall noise. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return (error as Error).message.split("\n")[0] ?? String(error);
  }
}
