import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../src/index.js";

/** Streams for an in-process `run()`: captured stdout and stderr, and `stdin` as a pipe. */
export function captureIo(env: Record<string, string> = {}, stdin = "") {
  const capture = () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    return { stream, text: () => text };
  };
  const stdout = capture();
  const stderr = capture();
  const streams: CliIo = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Object.assign(Readable.from([stdin]), { isTTY: false }),
    env,
  };
  return { streams, stdout: stdout.text, stderr: stderr.text };
}

/** A port nothing listens on (taken from the kernel, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import("node:net");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
