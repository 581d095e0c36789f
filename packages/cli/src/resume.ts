import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { describeFileError } from "./message.js";
import { UsageError } from "./usage-error.js";

/** What an earlier run's `--json` output says, as far as `--resume` needs it. */
export interface EarlierRun {
  path: string;
  /** The message fingerprint of its plan or summary line. */
  fingerprint: string;
  /** Whether it talked to the embedded mock (its "sent" were never sent to Yunxin). */
  mock: boolean;
  /** Its `sent` records of the receivers asked about, by receiver id, as written. */
  sent: Map<string, Record<string, unknown>>;
  /** Receivers asked about that it reported failed but maybe delivered. */
  maybeDelivered: Set<string>;
  /** Its last line was cut off (the run was killed mid-write) and was ignored. */
  cutOff: boolean;
}

/**
 * Reads the `--json` output of an earlier `yunxin-im send` (`--resume <file>`), keeping what
 * concerns `receivers`. A file that is not such output, or holds two different messages, is
 * refused with the line that shows it.
 */
export async function readEarlierRun(
  path: string,
  receivers: ReadonlySet<string>,
): Promise<EarlierRun> {
  const run: EarlierRun = {
    path,
    fingerprint: "",
    mock: false,
    sent: new Map(),
    maybeDelivered: new Set(),
    cutOff: false,
  };
  let pending: { number: number; error: string } | undefined;
  let number = 0;
  let lastContentLine = 0;
  try {
    const lines = createInterface({
      input: createReadStream(path),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      number++;
      if (line.trim() === "") continue;
      lastContentLine = number;
      if (pending) break;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        // Only the last line may be cut off (a run killed while writing it).
        pending = { number, error: (error as Error).message.split("\n")[0] ?? "" };
        continue;
      }
      take(run, record, number, receivers);
    }
  } catch (error) {
    throw new UsageError(`cannot read --resume ${path}: ${describeFileError(error)}`);
  }
  if (pending) {
    if (pending.number !== lastContentLine) {
      throw new UsageError(`--resume ${path} line ${pending.number} is not JSON: ${pending.error}`);
    }
    run.cutOff = true;
  }
  // A receiver re-sent by a resumed run after an uncertain failure is sent.
  for (const id of run.sent.keys()) run.maybeDelivered.delete(id);
  if (run.fingerprint === "") {
    throw new UsageError(
      `--resume ${path} has no plan or summary line with the message's fingerprint: it is not the --json output of yunxin-im send`,
    );
  }
  return run;
}

function take(
  run: EarlierRun,
  record: unknown,
  line: number,
  receivers: ReadonlySet<string>,
): void {
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new UsageError(
      `--resume ${run.path} line ${line} is not an outcome, plan or summary object`,
    );
  }
  const fields = record as Record<string, unknown>;
  const header = (fields.plan ?? fields.summary) as Record<string, unknown> | undefined;
  if (typeof header === "object" && header !== null) {
    const { fingerprint } = header;
    if (typeof fingerprint !== "string") return;
    if (run.fingerprint !== "" && run.fingerprint !== fingerprint) {
      throw new UsageError(
        `--resume ${run.path} holds runs of two different messages (line ${line}): resume from the output of one run`,
      );
    }
    run.fingerprint = fingerprint;
    run.mock ||= header.mock === true;
    return;
  }
  const { status } = fields;
  if (status === "sent" && typeof fields.receiverId === "string") {
    if (receivers.has(fields.receiverId)) run.sent.set(fields.receiverId, fields);
  } else if (status === "failed" && fields.maybeDelivered === true) {
    if (typeof fields.receiverId === "string" && receivers.has(fields.receiverId)) {
      run.maybeDelivered.add(fields.receiverId);
    }
  } else if (status === "call_failed" && fields.maybeDelivered === true) {
    for (const id of Array.isArray(fields.receiverIds) ? fields.receiverIds : []) {
      if (typeof id === "string" && receivers.has(id)) run.maybeDelivered.add(id);
    }
  }
}
