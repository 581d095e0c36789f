import { callCommand } from "./call-command.js";
import type { Command } from "./command.js";
import { notifyCommand } from "./notify-command.js";
import { operationsCommand } from "./operations-command.js";
import { sendCommand } from "./send-command.js";
import { statusCommand } from "./status-command.js";
import { workerCommand } from "./worker-command.js";

/** Every subcommand of `yunxin-im`, in the order `yunxin-im --help` lists them. */
export const COMMANDS: readonly Command[] = [
  sendCommand,
  notifyCommand,
  callCommand,
  operationsCommand,
  workerCommand,
  statusCommand,
];
