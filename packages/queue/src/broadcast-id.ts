/** A broadcast id: what the caller gives, or a random UUID. */
const BROADCAST_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function checkBroadcastId(id: unknown): string {
  if (typeof id !== "string" || !BROADCAST_ID.test(id)) {
    throw new TypeError(
      `broadcastId must be 1 to 100 characters of A-Z a-z 0-9 _ -, got ${typeof id === "string" ? JSON.stringify(id.slice(0, 120)) : typeof id}`,
    );
  }
  return id;
}

export function createBroadcastId(): string {
  return crypto.randomUUID();
}
