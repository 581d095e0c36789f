/** A broadcast id that Redis holds nothing for (never enqueued, or past its retention). */
export class BroadcastNotFoundError extends Error {
  override name = "BroadcastNotFoundError";
  readonly broadcastId: string;

  constructor(broadcastId: string) {
    super(
      `No broadcast ${JSON.stringify(broadcastId)} in this queue (never enqueued, or past its retention)`,
    );
    this.broadcastId = broadcastId;
  }
}
