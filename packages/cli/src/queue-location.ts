import { UsageError } from "./usage-error.js";

/** The flags every queue command shares: where the queue is. */
export const QUEUE_LOCATION_FLAGS = {
  queue: {
    type: "string",
    value: "<redis-url>",
    group: "Queue",
    description: "The Redis of the broadcast queue, e.g. redis://127.0.0.1:6379",
  },
  "queue-name": {
    type: "string",
    value: "<name>",
    group: "Queue",
    description: 'The queue in that Redis (default "broadcasts"; one per app)',
  },
} as const;

export interface QueueLocation {
  url: string;
  queueName?: string | undefined;
}

/** The `--queue` URL, checked; `--queue-name` as given (the queue package checks its form). */
export function readQueueLocation(
  command: string,
  url: string | undefined,
  queueName: string | undefined,
): QueueLocation {
  if (url === undefined) {
    throw new UsageError(
      `${command} needs --queue <redis-url>, e.g. --queue redis://127.0.0.1:6379`,
    );
  }
  if (!/^rediss?:\/\/[^\s]+$/.test(url)) {
    throw new UsageError(
      `--queue must be a redis:// or rediss:// URL, got ${JSON.stringify(redactUrl(url))}`,
    );
  }
  if (queueName !== undefined && !/^[A-Za-z0-9_.{}-]{1,64}$/.test(queueName)) {
    throw new UsageError(
      `--queue-name must be 1 to 64 characters of A-Z a-z 0-9 _ . - { }, got ${JSON.stringify(queueName)}`,
    );
  }
  return { url, queueName };
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, "$1<redacted>@");
}
