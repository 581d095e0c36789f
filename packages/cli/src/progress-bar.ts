import type { FanoutProgress } from "@yunxin-im/fanout";
import type { CallWindow } from "./call-window.js";
import type { OutputStream } from "./io.js";

/** Receivers above which a terminal gets a progress bar. */
export const PROGRESS_BAR_THRESHOLD = 100;
const REDRAW_INTERVAL_MS = 100;

/**
 * One line, fitted to `columns`:
 * `[█████░░░░░] 120/250 48% · sent 118 · failed 2 · 119 calls in last min`.
 * The rate is `callsLastMinute`, counted as the API counts it (see {@link CallWindow}).
 */
export function renderProgress(
  progress: FanoutProgress,
  total: number,
  callsLastMinute: number,
  columns = 80,
): string {
  const ratio = total === 0 ? 1 : Math.min(1, progress.done / total);
  const notAttempted = progress.notAttempted > 0 ? ` · not attempted ${progress.notAttempted}` : "";
  const counts = ` ${progress.done}/${total} ${Math.floor(ratio * 100)}% · sent ${progress.sent} · failed ${progress.failed}${notAttempted}`;
  const rate = ` · ${callsLastMinute} call${callsLastMinute === 1 ? "" : "s"} in last min`;
  const room = columns - 1;
  // The rate goes first when the terminal is narrow, then the bar shrinks to 10 cells.
  const text = `${counts}${rate}`.length + 12 <= room ? `${counts}${rate}` : counts;
  const width = Math.max(10, Math.min(30, room - text.length - 2));
  const filled = Math.round(ratio * width);
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}]${text}`.slice(0, room);
}

/**
 * A progress bar redrawn in place on a terminal (stderr), at most every 100 ms. Lines written to
 * the same terminal go through {@link ProgressBar.around} so they never land inside the bar.
 */
export class ProgressBar {
  private last: FanoutProgress | undefined;
  private drawnAt = Number.NEGATIVE_INFINITY;
  private visible = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    private readonly calls: Pick<CallWindow, "count">,
    private readonly now: () => number = Date.now,
  ) {}

  update(progress: FanoutProgress): void {
    this.last = progress;
    const finished = progress.done >= this.total;
    if (!finished && this.now() - this.drawnAt < REDRAW_INTERVAL_MS) return;
    this.draw();
  }

  /** Clears the bar, runs `write`, and draws the bar again below what was written. */
  async around(write: () => Promise<void>): Promise<void> {
    const wasVisible = this.visible;
    this.clear();
    await write();
    if (wasVisible) this.draw();
  }

  clear(): void {
    if (!this.visible) return;
    this.stream.write("\r\x1b[2K");
    this.visible = false;
  }

  private draw(): void {
    if (!this.last) return;
    // A terminal that reports no size (0 columns) is taken as the classic 80.
    const columns = this.stream.columns || 80;
    this.stream.write(
      `\r\x1b[2K${renderProgress(this.last, this.total, this.calls.count(), columns)}`,
    );
    this.drawnAt = this.now();
    this.visible = true;
  }
}
