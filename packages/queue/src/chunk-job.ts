import type { JobsOptions } from "bullmq";
import { chunkJobId } from "./keys.js";

/** A chunk's job: which broadcast, which chunk. The receivers and the message stay in the broadcast's keys. */
export interface ChunkJobData {
  b: string;
  i: number;
}

export const CHUNK_JOB_NAME = "chunk";

/**
 * Runs of one chunk BullMQ makes when the processor itself fails (Redis trouble): each re-run
 * keeps the chunk's trace id, so none delivers twice. Failed calls are outcomes, not failures.
 */
export const CHUNK_JOB_ATTEMPTS = 10;

export function chunkJobOptions(
  broadcastId: string,
  index: number,
  retentionMs: number,
): JobsOptions {
  return {
    jobId: chunkJobId(broadcastId, index),
    attempts: CHUNK_JOB_ATTEMPTS,
    backoff: { type: "exponential", delay: 1000 },
    // The broadcast's keys keep the outcome: a finished job has nothing more to say.
    removeOnComplete: true,
    removeOnFail: { age: Math.ceil(retentionMs / 1000) },
  };
}
