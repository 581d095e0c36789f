const encoder = new TextEncoder();

/** Gathers body chunks up to a byte limit. */
class ByteCollector {
  readonly #chunks: Uint8Array[] = [];
  #size = 0;

  constructor(readonly maxBytes: number) {}

  /** Adds a chunk; false once the body is over the limit (nothing more is kept then). */
  add(chunk: unknown): boolean {
    const bytes = toBytes(chunk);
    this.#size += bytes.byteLength;
    if (this.#size > this.maxBytes) {
      this.#chunks.length = 0;
      return false;
    }
    this.#chunks.push(bytes);
    return true;
  }

  bytes(): Uint8Array {
    const result = new Uint8Array(this.#size);
    let offset = 0;
    for (const chunk of this.#chunks) {
      result.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return result;
  }
}

/** The body's bytes, or undefined when it is longer than `maxBytes` (the rest is not read). */
export async function readWebBody(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const collector = new ByteCollector(maxBytes);
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return collector.bytes();
    if (!collector.add(value)) {
      await reader.cancel();
      return undefined;
    }
  }
}

/**
 * The body's bytes, or undefined when it is longer than `maxBytes`. A too-long body is still read
 * to its end without being kept: destroying a Node request would close the socket before the
 * handler can answer.
 */
export async function readNodeBody(
  chunks: AsyncIterable<unknown>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const collector = new ByteCollector(maxBytes);
  let tooLarge = false;
  for await (const chunk of chunks) {
    if (!tooLarge && !collector.add(chunk)) tooLarge = true;
  }
  return tooLarge ? undefined : collector.bytes();
}

/** The bytes of a body given as text (UTF-8), bytes, or an ArrayBuffer. */
export function toBytes(body: unknown): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body))
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError(
    `A callback body must be a string, a Uint8Array (e.g. a Buffer) or an ArrayBuffer, got ${
      body === null ? "null" : typeof body
    }`,
  );
}

/** The declared `Content-Length`, when it is a plain decimal number. */
export function declaredLength(value: string | null | undefined): number | undefined {
  return value !== null && value !== undefined && /^\d+$/.test(value.trim())
    ? Number(value.trim())
    : undefined;
}
