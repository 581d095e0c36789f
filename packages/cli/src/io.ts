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

/**
 * Writes one line, waiting when the reader is slower than the sender (a pipe into `less`). A
 * stream that fails or closes meanwhile ends the wait: the line is then lost, never a hang.
 */
export async function writeLine(stream: OutputStream, line: string): Promise<void> {
  if (isGone(stream)) return;
  if (stream.write(`${line}\n`)) return;
  const controller = new AbortController();
  const { signal } = controller;
  try {
    await Promise.race([
      once(stream, "drain", { signal }),
      once(stream, "close", { signal }),
      once(stream, "error", { signal }).catch(() => {}),
    ]);
  } catch {
    // A wait aborted below: the race is already decided.
  } finally {
    controller.abort();
  }
}

function isGone(stream: OutputStream): boolean {
  const state = stream as { destroyed?: boolean; writableEnded?: boolean };
  return state.destroyed === true || state.writableEnded === true;
}

/**
 * The stdout of a send, watched for its reader going away (`yunxin-im send … | head -1`).
 * Once it has, nothing more is written to it, and `signal` aborts so that no new call starts:
 * outcomes that cannot be written must not pile up unseen.
 */
export class ResultOutput {
  private readonly closedController = new AbortController();
  private readonly onError = (error: NodeJS.ErrnoException) =>
    this.close(error.code ?? error.message);
  private readonly onClose = () => this.close("closed");

  constructor(readonly stream: OutputStream) {
    stream.on("error", this.onError);
    stream.on("close", this.onClose);
  }

  /** Aborts when stdout's reader went away. */
  get signal(): AbortSignal {
    return this.closedController.signal;
  }

  get closed(): boolean {
    return this.closedController.signal.aborted;
  }

  async writeLine(line: string): Promise<void> {
    if (this.closed) return;
    await writeLine(this.stream, line);
  }

  dispose(): void {
    this.stream.off("error", this.onError);
    this.stream.off("close", this.onClose);
  }

  private close(reason: string): void {
    if (!this.closed) this.closedController.abort(new Error(`stdout ${reason}`));
  }
}
