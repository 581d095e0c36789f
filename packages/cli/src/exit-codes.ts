/** The exit statuses of `yunxin-im`, as documented in the README. */
export const EXIT = {
  /** Every receiver was sent the message. */
  ok: 0,
  /** At least one receiver failed or was not attempted (or the run itself broke). */
  failed: 1,
  /** Bad input or configuration: nothing was sent. */
  usage: 2,
  /** Interrupted (Ctrl-C): what was and wasn't attempted has been printed. */
  interrupted: 130,
} as const;

export type ExitCode = number;
