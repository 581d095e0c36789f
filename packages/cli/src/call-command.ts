import {
  type CallInput,
  inputIssues,
  type OperationFacts,
  YunxinApiError,
  YunxinError,
  YunxinValidationError,
} from "@yunxin-im/core";
import { AttemptObserver } from "./attempt-observer.js";
import { CALL_FLAGS } from "./call-flags.js";
import { callHelp } from "./call-help.js";
import { callInputFromFlags, operationNamed } from "./call-input.js";
import { type Command, helpContext } from "./command.js";
import { connect } from "./connection.js";
import { DebugLog, debugFromEnvironment } from "./debug-log.js";
import { mockAvailability } from "./embedded-mock.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { optionalCount } from "./flag-values.js";
import { parseFlags } from "./flags.js";
import { type CliIo, writeLine } from "./io.js";
import { resolveTarget } from "./target.js";
import { asUsageError, UsageError } from "./usage-error.js";

/**
 * `yunxin-im call <operationId>`: any operation of the spec, through the same client stack as
 * `send` (validation, signing, timeouts, retries under one trace id, failover). The input is
 * read and checked against the spec before the mock starts or a host is contacted; the answer's
 * `data` is printed as JSON, int64 values as exact decimal strings.
 */
export const callCommand: Command = {
  name: "call",
  usage: ["yunxin-im call <operationId> [--path k=v]… [--query k=v]… [--body file.json|-]"],
  summary: "Call any operation of the spec by its operationId and print the answer's data as JSON",
  help: callHelp,
  async run(argv, io) {
    const [operationId, ...rest] = argv;
    if (operationId === undefined || operationId === "--help" || operationId === "-h") {
      await writeLine(operationId ? io.stdout : io.stderr, callHelp(helpContext(io)));
      return operationId ? EXIT.ok : EXIT.usage;
    }
    if (operationId.startsWith("-")) {
      throw new UsageError(
        `the operationId comes first: yunxin-im call <operationId> [flags] (got ${JSON.stringify(operationId)})`,
      );
    }
    const flags = parseFlags(rest, CALL_FLAGS, "yunxin-im call");
    if (flags.help) {
      await writeLine(io.stdout, callHelp(helpContext(io)));
      return EXIT.ok;
    }
    const facts = operationNamed(operationId);
    const input = await callInputFromFlags(
      operationId,
      facts,
      { path: flags.path ?? [], query: flags.query ?? [], body: flags.body },
      io.stdin,
    );
    assertValid(operationId, facts, input);
    const target = resolveTarget(
      { mock: flags.mock, region: flags.region, baseUrl: flags["base-url"] },
      io.env,
      () => mockAvailability(io.mockLauncher),
    );
    const timeoutMs = optionalCount("--timeout", flags.timeout);
    return callNow(operationId, input, { target, timeoutMs, debug: flags.debug ?? false }, io);
  },
};

function assertValid(operationId: string, facts: OperationFacts, input: CallInput): void {
  const [first, ...more] = inputIssues(facts, input);
  if (!first) return;
  const others = more.length > 0 ? ` (and ${more.length} more)` : "";
  throw new UsageError(`${operationId}: ${first.message}${others}; nothing was sent`);
}

async function callNow(
  operationId: string,
  input: CallInput,
  plan: {
    target: ReturnType<typeof resolveTarget>;
    timeoutMs: number | undefined;
    debug: boolean;
  },
  io: CliIo,
): Promise<ExitCode> {
  const debug = plan.debug || debugFromEnvironment(io.env.YUNXIN_DEBUG);
  const lines: Promise<void>[] = [];
  const debugLog = new DebugLog((line) => lines.push(writeLine(io.stderr, line)));
  const observer = new AttemptObserver(debug ? [debugLog] : [], { readCode: debug });
  const connection = await connect(
    { target: plan.target, options: { timeoutMs: plan.timeoutMs } },
    observer,
    io.mockLauncher,
  );
  try {
    if (connection.mock) {
      await writeLine(
        io.stderr,
        `Mock mode: calling ${operationId} on a Prism mock of ${connection.mock.spec} at ${connection.mock.baseUrl}, not Yunxin.`,
      );
    }
    const call = connection.client.call as (
      id: string,
      input: CallInput,
      options: { signal?: AbortSignal },
    ) => Promise<unknown>;
    const data = await call(operationId, input, io.signal ? { signal: io.signal } : {});
    await Promise.all(lines);
    await writeLine(io.stdout, JSON.stringify(data ?? null, null, 2));
    return EXIT.ok;
  } catch (error) {
    await Promise.all(lines);
    return reportFailure(operationId, error, io);
  } finally {
    await connection.close();
  }
}

async function reportFailure(operationId: string, error: unknown, io: CliIo): Promise<ExitCode> {
  if (error instanceof YunxinValidationError) throw asUsageError(error);
  if (!(error instanceof YunxinError)) throw error;
  const trace = error.traceId ? ` (trace id ${error.traceId}, ${error.attempts} attempt(s))` : "";
  if (error instanceof YunxinApiError) {
    await writeLine(
      io.stderr,
      `error: ${operationId} refused by the API: code ${error.code} ${error.msg}${trace}`,
    );
  } else {
    const doubt = error.maybeApplied
      ? "; it may have been applied: check before calling again"
      : "";
    await writeLine(io.stderr, `error: ${operationId} failed: ${error.message}${doubt}`);
  }
  return io.signal?.aborted ? EXIT.interrupted : EXIT.failed;
}
