import type { FlagSpecs } from "./flags.js";
import { SEND_FLAGS } from "./send-flags.js";

/** The flags of `yunxin-im call`: its input, and where to send as `send` has them. */
export const CALL_FLAGS = {
  path: {
    type: "string",
    multiple: true,
    value: "<name=value>",
    group: "Input",
    description: "A path parameter (int64 ids as their digits); repeatable",
  },
  query: {
    type: "string",
    multiple: true,
    value: "<name=value>",
    group: "Input",
    description: "A query parameter (arrays comma-separated); repeatable",
  },
  body: {
    type: "string",
    value: "<file.json|->",
    group: "Input",
    description:
      'The JSON request body, from a file or "-" for stdin (int64 ids keep\nevery digit), checked against the spec before anything is sent',
  },
  region: SEND_FLAGS.region,
  "base-url": SEND_FLAGS["base-url"],
  mock: SEND_FLAGS.mock,
  timeout: SEND_FLAGS.timeout,
  debug: SEND_FLAGS.debug,
  help: SEND_FLAGS.help,
} as const satisfies FlagSpecs;
