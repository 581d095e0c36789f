import { once } from "node:events";

export type OutputStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/** Where the CLI reads and writes: the process's streams in the bin, fakes in tests. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  env: Record<string, string | undefined>;
  /** Aborting it (the bin does on Ctrl-C) stops starting calls; what ran is still reported. */
  signal?: AbortSignal;
  /** Where `scripts/prism.mjs` is; default: the yunxin-im repository around this package. */
  mockLauncher?: URL;
}

/** Writes one line, waiting when the reader is slower than the sender (a pipe into `less`). */
export async function writeLine(stream: OutputStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, "drain");
}
