import type { FlagSpecs } from "./flags.js";
import { ratePlanChoices } from "./rate-plan-choices.js";

export const SEND_FLAGS = {
  to: {
    type: "string",
    multiple: true,
    value: "<ids>",
    group: "Receivers",
    description: "A receiver id, or several separated by commas; repeatable",
  },
  "to-file": {
    type: "string",
    multiple: true,
    value: "<path>",
    group: "Receivers",
    description:
      'A file with one id per line (blank lines and # comments are ignored);\n"-" reads stdin; repeatable',
  },
  resume: {
    type: "string",
    value: "<file>",
    group: "Receivers",
    description:
      "The --json output of an earlier run of the same message: skip every\nreceiver it reports sent (refused if it is another message's)",
  },
  from: {
    type: "string",
    value: "<sender>",
    group: "Message",
    description: "The sender's account id (required)",
  },
  type: {
    type: "string",
    value: "<type>",
    group: "Message",
    description:
      "text (default), tip, image, audio, video, location, file, custom,\nor the API's message_type number",
  },
  text: {
    type: "string",
    value: "<text>",
    group: "Message",
    description:
      "The text (text and tip: required, at most 5000 characters; other\ntypes: an optional search text, at most 500)",
  },
  attachment: {
    type: "string",
    value: "<file>",
    group: "Message",
    description:
      "A JSON file with the attachment object (required by image, audio,\nvideo, location, file and custom messages)",
  },
  "sub-type": {
    type: "string",
    value: "<n>",
    group: "Message",
    description: "Your own sub-classification of the message (a number > 0)",
  },
  body: {
    type: "string",
    value: "<file.json>",
    group: "Message",
    description:
      "The request body as JSON for what the flags don't cover (push_config,\nroute_config, antispam_config, p2p_option, message_config, extension,\nsender_no_sense, …), checked against the spec; the flags above\noverride its fields; receiver_ids is refused (use --to/--to-file)",
  },
  region: {
    type: "string",
    value: "<cn|sg>",
    group: "Where to send",
    description: "Mainland China (default) or Singapore, with failover to the backup host",
  },
  "base-url": {
    type: "string",
    value: "<url>",
    group: "Where to send",
    description: "An explicit host instead (a proxy, a test server)",
  },
  mock: {
    type: "boolean",
    group: "Where to send",
    description:
      "Use the embedded Prism mock even when credentials are set (in the\nyunxin-im repository, or with @yunxin-im/contract-kit installed)",
  },
  "rate-plan": {
    type: "string",
    value: "<plan>",
    group: "Pacing",
    description: `${ratePlanChoices()}: your app's plan for the batch-send category`,
  },
  "calls-per-minute": {
    type: "string",
    value: "<n>",
    group: "Pacing",
    description: "The limit configured for your app, up to the plan's maximum",
  },
  concurrency: {
    type: "string",
    value: "<n>",
    group: "Pacing",
    description: "Calls in flight at once (default 4)",
  },
  timeout: {
    type: "string",
    value: "<ms>",
    group: "Pacing",
    description: "Per-attempt timeout in milliseconds (default 10000)",
  },
  queue: {
    type: "string",
    value: "<redis-url>",
    group: "Queue",
    description:
      "Enqueue the broadcast in this Redis for yunxin-im worker processes\ninstead of sending now; prints its id (no credentials needed)",
  },
  "queue-name": {
    type: "string",
    value: "<name>",
    group: "Queue",
    description: 'The queue in that Redis (default "broadcasts"; one per app)',
  },
  cluster: {
    type: "boolean",
    group: "Queue",
    description:
      "The --queue hosts are nodes of a Redis Cluster: redis://host:port,host:port\n(any of its masters; the rest are discovered)",
  },
  "broadcast-id": {
    type: "string",
    value: "<id>",
    group: "Queue",
    description: "The broadcast's id (default: a random UUID); the same id again adds nothing",
  },
  json: {
    type: "boolean",
    group: "Output",
    description: 'One JSON object per receiver outcome on stdout, then {"summary": …}',
  },
  quiet: {
    type: "boolean",
    short: "q",
    group: "Output",
    description: "Print only receivers that were not sent, and the summary",
  },
  "dry-run": {
    type: "boolean",
    group: "Output",
    description:
      "Check everything and print the plan (calls, receivers per call,\nduplicates, time at your plan's rate); send nothing",
  },
  debug: {
    type: "boolean",
    group: "Output",
    description:
      "One line per HTTP attempt on stderr: method, host, trace id, status,\ncode, duration, attempt number (CheckSum redacted); also YUNXIN_DEBUG=1",
  },
  otel: {
    type: "boolean",
    group: "Output",
    description:
      "Export spans and metrics over OTLP/HTTP (the OTEL_EXPORTER_OTLP_* variables;\nalso when OTEL_EXPORTER_OTLP_ENDPOINT is set)",
  },
  help: { type: "boolean", short: "h", group: "Output", description: "Show this help" },
} as const satisfies FlagSpecs;
