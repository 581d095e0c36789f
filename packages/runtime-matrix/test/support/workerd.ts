import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { rolldown } from "rolldown";
import { runtimeEnv, workerd } from "./runtimes.js";
import type { StubFixture } from "./stub-server.js";

/** The compatibility date of the worker: the pinned workerd's own release date. */
export const COMPATIBILITY_DATE = "2026-11-17";

export interface RunningWorker {
  url: string;
  stop(): Promise<void>;
}

/**
 * Bundles `worker.mjs` of the consumer project as a deploy tool does (one ES module, the
 * `workerd`/`worker`/`browser` export conditions), and serves it with the pinned workerd binary
 * from a capnp config. The listening socket is opened here and handed to workerd
 * (`--socket-fd`), so requests can be sent at once: they wait in the socket's backlog.
 */
export async function startWorker(project: string, fixture: StubFixture): Promise<RunningWorker> {
  if (!workerd.binary) throw new Error(`no workerd binary for ${process.platform}`);
  const bundle = await rolldown({
    input: join(project, "worker.mjs"),
    cwd: project,
    platform: "browser",
    resolve: { conditionNames: ["workerd", "worker", "browser", "import", "default"] },
    logLevel: "warn",
  });
  await bundle.write({ file: join(project, "dist", "worker.js"), format: "esm" });
  await bundle.close();

  writeFileSync(
    join(project, "dist", "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    # The stub server is on 127.0.0.1: let the worker's fetch reach loopback addresses.
    (name = "internet", network = (allow = ["public", "local"])),
  ],
  sockets = [(name = "http", service = "main", http = ())],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "${COMPATIBILITY_DATE}",
  bindings = [
    (name = "STUB_URL", text = ${JSON.stringify(fixture.stubUrl)}),
    (name = "YUNXIN_APP_KEY", text = ${JSON.stringify(fixture.appKey)}),
    (name = "YUNXIN_APP_SECRET", text = ${JSON.stringify(fixture.appSecret)}),
  ],
  globalOutbound = "internet",
);
`,
  );

  const socket = await listeningSocket();
  const fd = (socket as unknown as { _handle: { fd: number } })._handle.fd;
  const child: ChildProcess = spawn(
    workerd.binary,
    ["serve", "config.capnp", "--socket-fd", "http=3"],
    {
      cwd: join(project, "dist"),
      env: runtimeEnv(join(project, ".scratch")),
      stdio: ["ignore", "inherit", "inherit", fd],
    },
  );
  const { port } = socket.address() as { port: number };
  // workerd holds its own copy of the socket now; this process must not accept on it.
  socket.close();
  const exited = once(child, "exit");
  // Should the test process end without stop() (a crash, an interrupt), take workerd with it.
  const killOnExit = () => child.kill();
  process.once("exit", killOnExit);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      process.off("exit", killOnExit);
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}

async function listeningSocket(): Promise<Server> {
  const server = createServer();
  server.listen({ port: 0, host: "127.0.0.1", backlog: 64 });
  await once(server, "listening");
  return server;
}
