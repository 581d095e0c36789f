#!/usr/bin/env node
// The README's main command (`pnpm start` runs it after building every package): the built
// `yunxin-im send` sends one demo message and prints the outcome, then a short "what just
// happened / next steps" footer.
//
// - No credentials in the environment: the CLI starts a Prism mock from spec/openapi.yaml, sends
//   to the spec's example receiver (apifoxtest2), and stops the mock.
// - YUNXIN_APP_KEY and YUNXIN_APP_SECRET set: a demo is never sent to a real app by surprise.
//   It is sent only when YUNXIN_DEMO_FROM and YUNXIN_DEMO_TO name accounts of that app, through
//   the region in YUNXIN_REGION (cn by default).

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = path.join(ROOT, "packages", "cli", "dist", "bin.js");
const CLI = "node packages/cli/dist/bin.js";
const TEXT = "Hello from yunxin-im";

const env = process.env;
const set = (name) => (env[name] ?? "").trim() !== "";

function refuse(lines) {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exit(2);
}

if (!existsSync(BIN)) {
  refuse([`${path.relative(ROOT, BIN)} is missing: build first (pnpm build), or run pnpm start.`]);
}

const hasKey = set("YUNXIN_APP_KEY");
const hasSecret = set("YUNXIN_APP_SECRET");
let mode;
let args;
if (!hasKey && !hasSecret) {
  mode = "mock";
  args = ["send", "--from", "apifoxtest1", "--to", "apifoxtest2", "--text", TEXT];
} else if (!hasKey || !hasSecret) {
  refuse([
    `Only ${hasKey ? "YUNXIN_APP_KEY" : "YUNXIN_APP_SECRET"} is set. Set both to send to your app,`,
    "or neither to see the demo against the embedded mock.",
  ]);
} else if (!set("YUNXIN_DEMO_FROM") || !set("YUNXIN_DEMO_TO")) {
  refuse([
    "YUNXIN_APP_KEY and YUNXIN_APP_SECRET are set, so the demo would message real users of your app.",
    "It sends only when you name them: YUNXIN_DEMO_FROM=<sender account> YUNXIN_DEMO_TO=<receiver account>",
    "(and YUNXIN_REGION=sg for the Singapore hosts). Or unset the credentials to use the mock.",
  ]);
} else {
  mode = "real";
  const region = set("YUNXIN_REGION") ? env.YUNXIN_REGION.trim() : "cn";
  args = [
    "send",
    "--from",
    env.YUNXIN_DEMO_FROM.trim(),
    "--to",
    env.YUNXIN_DEMO_TO.trim(),
    "--text",
    TEXT,
    "--region",
    region,
  ];
}

process.stdout.write(`$ yunxin-im ${args.map(quote).join(" ")}\n`);
// Ctrl-C reaches the CLI too (same terminal): it reports what was attempted and exits; wait for it.
const ignore = () => {};
process.on("SIGINT", ignore);
process.on("SIGTERM", ignore);
const child = spawn(process.execPath, [BIN, ...args], { stdio: "inherit", cwd: ROOT });
child.on("error", (error) => refuse([`could not run ${CLI}: ${error.message}`]));
child.on("exit", (code, signal) => {
  const status = code ?? (signal === "SIGINT" ? 130 : 1);
  if (status === 0 || status === 1) process.stdout.write(footer(mode));
  process.exit(status);
});

function footer(mode) {
  const lines = ["", "What just happened:"];
  if (mode === "mock") {
    lines.push(
      "  yunxin-im checked the message against spec/openapi.yaml, signed the call (AppKey, Nonce,",
      "  CurTime, CheckSum) with placeholder credentials, sent it with @yunxin-im/core to a Prism mock",
      "  it started from the spec, printed each receiver's outcome, and stopped the mock. The answer is",
      "  the spec's own example; nothing left this machine.",
      "",
      "Next steps:",
      "  • Your app: export YUNXIN_APP_KEY=… YUNXIN_APP_SECRET=… (the secret only ever in the environment)",
      `    ${CLI} send --from <sender> --to <receiver> --text "Hi"`,
      "    or: YUNXIN_DEMO_FROM=<sender> YUNXIN_DEMO_TO=<receiver> pnpm start",
    );
  } else {
    lines.push(
      "  yunxin-im checked the message against spec/openapi.yaml, signed the call with your app's",
      `  credentials and sent it to the ${args.at(-1)} region's Yunxin API, then printed the outcome.`,
      "",
      "Next steps:",
    );
  }
  lines.push(
    "  • Many receivers: --to-file receivers.txt (one id per line; 100 per call, paced to your plan)",
    `  • Machine-readable outcomes: --json · every option and example: ${CLI} send --help`,
    "  • In your own code: packages/core (client), packages/fanout (many receivers), packages/signing",
    "",
  );
  return lines.join("\n");
}

function quote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `"${arg.replaceAll(/(["\\$`])/g, "\\$1")}"`;
}
