import type { Queue } from "bullmq";
import { CHUNK_JOB_NAME, type ChunkJobData, chunkJobOptions } from "./chunk-job.js";
import type { RedisClient } from "./connection.js";
import type { BroadcastKeys } from "./keys.js";

/** How many jobs one `addBulk` adds. */
const JOBS_PER_BATCH = 1000;

/** Adds the BullMQ jobs of a broadcast's chunks, one per chunk, under deterministic ids. */
export class ChunkJobs {
  constructor(
    private readonly queue: Queue<ChunkJobData>,
    private readonly retentionMs: number,
  ) {}

  /** The job of every chunk from 0 to `chunks`. */
  async addAll(broadcastId: string, chunks: number): Promise<void> {
    for (let from = 0; from < chunks; from += JOBS_PER_BATCH) {
      await this.add(broadcastId, range(from, Math.min(chunks, from + JOBS_PER_BATCH)));
    }
  }

  /**
   * Adds again the job of every chunk still without outcomes: after an enqueue that stopped
   * between writing the chunks and adding all their jobs, the same call completes it. A job that
   * still exists is not added twice (deterministic ids), and a chunk that has its outcomes is
   * left alone, so this never adds a call.
   */
  async requeueUnfinished(
    redis: RedisClient,
    keys: BroadcastKeys,
    broadcastId: string,
    chunks: number,
  ): Promise<void> {
    for (let from = 0; from < chunks; from += JOBS_PER_BATCH) {
      const indexes = range(from, Math.min(chunks, from + JOBS_PER_BATCH));
      const known = await redis.hmget(keys.outcomes, ...indexes.map(String));
      await this.add(
        broadcastId,
        indexes.filter((_, position) => known[position] === null),
      );
    }
  }

  private async add(broadcastId: string, indexes: number[]): Promise<void> {
    await this.queue.addBulk(
      indexes.map((index) => ({
        name: CHUNK_JOB_NAME,
        data: { b: broadcastId, i: index },
        opts: chunkJobOptions(broadcastId, index, this.retentionMs),
      })),
    );
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}
