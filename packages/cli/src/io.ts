// The stream types are structural (what the CLI calls), not Node's: the published .d.ts then needs
// no @types/node, and `process.stdout`/`process.stdin` or any Node stream fits them.

/** The events the CLI waits for on an output stream. */
export type OutputEvent = "drain" | "close" | "error";

/** Where lines go: `process.stdout`, `process.stderr`, or any Node writable stream. */
export interface OutputStream {
  /** `false` when the reader is behind; the CLI then waits for `"drain"`. */
  write(chunk: string): boolean;
  on(event: OutputEvent, listener: (error?: unknown) => void): unknown;
  off(event: OutputEvent, listener: (error?: unknown) => void): unknown;
  /** A terminal gets a progress bar. */
  isTTY?: boolean;
  columns?: number;
  /** A stream that is destroyed or ended gets no more lines. */
  destroyed?: boolean;
  writableEnded?: boolean;
}

/** Where receiver ids are read from: `process.stdin`, or any Node readable stream. */
export interface InputStream extends AsyncIterable<string | Uint8Array> {
  setEncoding(encoding: "utf8"): unknown;
  /** A terminal is not read unless `--to-file -` asks for it. */
  isTTY?: boolean;
}

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
  await firstOf(stream, ["drain", "close", "error"]);
}

/** Resolves at the first of `events` on `stream`, and leaves none of its listeners behind. */
function firstOf(stream: OutputStream, events: readonly OutputEvent[]): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      for (const event of events) stream.off(event, settle);
      resolve();
    };
    for (const event of events) stream.on(event, settle);
  });
}

function isGone(stream: OutputStream): boolean {
  return stream.destroyed === true || stream.writableEnded === true;
}

/**
 * The stdout of a send, watched for its reader going away (`yunxin-im send … | head -1`).
 * Once it has, nothing more is written to it, and `signal` aborts so that no new call starts:
 * outcomes that cannot be written must not pile up unseen.
 */
export class ResultOutput {
  private readonly closedController = new AbortController();
  private readonly onError = (error?: unknown) => this.close(errorReason(error));
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

/** `EPIPE` for a system error, else the message. */
function errorReason(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === "string" ? code : String(message ?? error);
}
