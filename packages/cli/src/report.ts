import type { YunxinError } from "@yunxin-im/core";
import type {
  FailedOutcome,
  FanoutProgress,
  FanoutSummary,
  ReceiverOutcome,
} from "@yunxin-im/fanout";
import {
  callFailureOf,
  callFailureRecord,
  type DeliveryEvidence,
  formatCallFailure,
  isCallFailure,
} from "./call-failure.js";
import type { CallWindow } from "./call-window.js";
import { formatOutcome, formatSummary, outcomeRecord, plural } from "./format.js";
import { type OutputStream, type ResultOutput, writeLine } from "./io.js";
import { messageTypeName } from "./message-types.js";
import { PROGRESS_BAR_THRESHOLD, ProgressBar } from "./progress-bar.js";

export interface SendDescription {
  mock: boolean;
  /** The host calls go to first (the backup follows on failover). */
  baseUrl: string;
  /** Where the mock's spec is, for the mock notice. */
  spec?: string;
  senderId: string;
  messageType: number;
  receivers: number;
  duplicates: number;
  /** "standard plan: up to 120 calls a minute" and the like. */
  pacing: string;
  /** Fields added to the `--json` summary record. */
  summaryFields?: Record<string, unknown>;
  /** Receivers an earlier run (`--resume`) had sent, counted in the summary. */
  alreadySent?: number;
  /** Every receiver was already sent: the header says so instead. */
  nothingToSend?: boolean;
}

export interface ReportOptions {
  json: boolean;
  quiet: boolean;
  stdout: ResultOutput;
  stderr: OutputStream;
  /** What the attempts of each call showed, to tell a call that never reached a server. */
  evidence?: DeliveryEvidence;
}

type CallFailureOutcome = FailedOutcome & { error: YunxinError };

/**
 * Prints a send as it happens: a header saying where it goes (plainly, when that is a mock),
 * the outcomes as they arrive, an optional progress bar on a terminal, and the summary.
 * The results (outcomes and summary) go to stdout, as text or with `--json` as JSON lines;
 * everything else (the header, the notes, the progress bar) goes to stderr, so
 * `yunxin-im send … > results.txt` holds the results only.
 *
 * A receiver refused by the server gets its own line; a call that failed as a whole (a 414
 * envelope, a refused connection) gets one line for all of its receivers, with the cause, the
 * trace id and a hint, instead of one identical line per receiver.
 */
export class SendReport {
  private readonly bar: ProgressBar | undefined;
  private description: SendDescription | undefined;
  /** The outcomes of the failed call being read (they arrive together, one per receiver). */
  private failedCall: CallFailureOutcome[] = [];

  constructor(
    private readonly options: ReportOptions,
    total: number,
    calls: Pick<CallWindow, "count">,
  ) {
    const { stderr, quiet } = options;
    this.bar =
      stderr.isTTY && !quiet && total > PROGRESS_BAR_THRESHOLD
        ? new ProgressBar(stderr, total, calls)
        : undefined;
  }

  async start(description: SendDescription): Promise<void> {
    this.description = description;
    if (this.options.quiet) return;
    for (const line of headerLines(description)) await this.notice(line);
  }

  progress(progress: FanoutProgress): void {
    this.bar?.update(progress);
  }

  async outcome(outcome: ReceiverOutcome): Promise<void> {
    if (isCallFailure(outcome)) {
      if (this.failedCall[0] && this.failedCall[0].error !== outcome.error) {
        await this.flushFailedCall();
      }
      this.failedCall.push(outcome);
      return;
    }
    await this.flushFailedCall();
    const { json, quiet } = this.options;
    if (json) {
      await this.result(JSON.stringify(outcomeRecord(outcome)));
    } else if (!quiet || outcome.status !== "sent") {
      await this.result(formatOutcome(outcome));
    }
  }

  /** Prints the summary, then `notes` that explain the outcomes (also when quiet). */
  async finish(summary: FanoutSummary, notes: readonly string[]): Promise<void> {
    await this.flushFailedCall();
    this.bar?.clear();
    const { json } = this.options;
    if (json) {
      const { mock = false, baseUrl, duplicates = 0, summaryFields = {} } = this.description ?? {};
      // The clock is sub-millisecond; the record speaks whole milliseconds.
      const durationMs = Math.round(summary.durationMs);
      const record = {
        ...summary,
        durationMs,
        duplicatesIgnored: duplicates,
        mock,
        baseUrl,
        ...summaryFields,
      };
      await this.result(JSON.stringify({ summary: record }));
    } else {
      await this.result(formatSummary(summary, this.description?.alreadySent));
    }
    for (const note of notes) await this.notice(note);
  }

  /** A JSON line of the results (`--json` only): the plan, an earlier run's `sent` record. */
  async record(value: object): Promise<void> {
    if (this.options.json) await this.result(JSON.stringify(value));
  }

  /** A status line that is not part of the results (always stderr). */
  status(line: string): Promise<void> {
    return this.write(this.options.stderr, line);
  }

  private async flushFailedCall(): Promise<void> {
    if (this.failedCall.length === 0) return;
    const { evidence, json } = this.options;
    const failure = callFailureOf(this.failedCall, evidence);
    this.failedCall = [];
    const hosts = failure.traceId ? (evidence?.hostsOf(failure.traceId) ?? []) : [];
    await this.result(
      json ? JSON.stringify(callFailureRecord(failure, hosts)) : formatCallFailure(failure, hosts),
    );
  }

  /** A line for people, not a result: stderr. */
  private notice(line: string): Promise<void> {
    return this.write(this.options.stderr, line);
  }

  private result(line: string): Promise<void> {
    const { stdout } = this.options;
    if (stdout.closed) return Promise.resolve();
    return this.bar && stdout.stream.isTTY
      ? this.bar.around(() => stdout.writeLine(line))
      : stdout.writeLine(line);
  }

  /** Lines for the terminal the bar is on are written around it; others (a file) directly. */
  private write(stream: OutputStream, line: string): Promise<void> {
    return this.bar && stream.isTTY
      ? this.bar.around(() => writeLine(stream, line))
      : writeLine(stream, line);
  }
}

function headerLines(description: SendDescription): string[] {
  if (description.nothingToSend) {
    return [`Nothing to send: every receiver (${description.alreadySent ?? 0}) was already sent.`];
  }
  const lines: string[] = [];
  if (description.mock) {
    lines.push(
      `Mock mode: talking to a Prism mock of ${description.spec ?? "the spec"} at ${description.baseUrl}, not to Yunxin.`,
      "It signs with placeholder demo credentials, and the mock answers every call with the spec's example.",
    );
  }
  const calls = Math.ceil(description.receivers / 100);
  const via = description.mock ? "" : ` through ${description.baseUrl}`;
  lines.push(
    `Sending a ${messageTypeName(description.messageType)} message from ${description.senderId} to ${plural(description.receivers, "receiver")} in ${plural(calls, "call")}${via} (${description.pacing}).`,
  );
  if (description.duplicates > 0) {
    lines.push(
      `${plural(description.duplicates, "repeated receiver id")} ignored: each receiver gets the message once.`,
    );
  }
  return lines;
}
