import { createHash } from "node:crypto";

/**
 * The `X-custom-traceid` of one chunk's call: derived from the broadcast id, the chunk index and
 * a generation, shaped like the UUID the core client makes by default (36 visible ASCII
 * characters, whatever the length of the broadcast id). A worker that runs the chunk again after
 * another died mid-call sends the same id, so the server's de-duplication keeps the message from
 * being delivered twice. The generation moves on only when an answer proved that nothing was
 * delivered under the current id (a first-attempt 416), so a re-send cannot be mistaken by the
 * server for the refused call.
 */
export function chunkTraceId(broadcastId: string, index: number, generation: number): string {
  const bytes = createHash("sha1")
    .update(`yunxin-im/queue\n${broadcastId}\n${index}\n${generation}`)
    .digest()
    .subarray(0, 16);
  // A name-based (version 5) UUID: SHA-1 of the name, version and variant bits set.
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
