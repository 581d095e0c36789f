import type { AttemptEnd, AttemptListener } from "./attempt-observer.js";

/**
 * `--debug` / `YUNXIN_DEBUG=1`: one stderr line per HTTP attempt, when it ends:
 *
 *     debug: POST open.yunxinapi.com trace_id=5b0f… attempt=1 status=200 code=200 duration_ms=212 app_key=… cur_time=1707017423 checksum=<redacted>
 *
 * The AppSecret is never known here, and the CheckSum (which would let anyone replay the
 * request within its five minutes) is always shown as `<redacted>`.
 */
export class DebugLog implements AttemptListener {
  constructor(private readonly write: (line: string) => void) {}

  onEnd(attempt: AttemptEnd): void {
    this.write(formatAttempt(attempt));
  }
}

export function formatAttempt(attempt: AttemptEnd): string {
  const fields = [
    `trace_id=${attempt.traceId || "-"}`,
    `attempt=${attempt.attempt}`,
    `status=${attempt.status ?? "-"}`,
    `code=${attempt.code ?? "-"}`,
    `duration_ms=${Math.round(attempt.durationMs)}`,
    ...(attempt.error === undefined
      ? []
      : [`error=${JSON.stringify(attempt.error)}`, `reached_server=${attempt.reachedServer}`]),
    `app_key=${attempt.appKey ?? "-"}`,
    `cur_time=${attempt.curTime ?? "-"}`,
    "app_secret=<redacted>",
    "checksum=<redacted>",
  ];
  return `debug: ${attempt.method} ${attempt.host} ${fields.join(" ")}`;
}

/** Whether `YUNXIN_DEBUG` asks for the debug lines (`1`, `true`, `yes`, `on`). */
export function debugFromEnvironment(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
