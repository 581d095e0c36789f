import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pnpmCommand } from "../../../../scripts/pack-packages.mjs";

export const REPOSITORY = fileURLToPath(new URL("../../../../", import.meta.url));

/** The outcome of a command run in the copy. */
export interface Run {
  status: number | null;
  output: string;
}

/**
 * A copy of the repository's tracked files in a fresh temporary folder, with the installed
 * `node_modules` of the root and of core linked (what generating and building core need; nothing
 * is installed or downloaded).
 */
export class RepositoryCopy {
  readonly dir = mkdtempSync(join(tmpdir(), "yunxin-recipe-"));

  constructor() {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: REPOSITORY, encoding: "utf8" })
      .split("\0")
      .filter((file) => file && existsSync(join(REPOSITORY, file)));
    for (const file of files) {
      mkdirSync(dirname(join(this.dir, file)), { recursive: true });
      cpSync(join(REPOSITORY, file), join(this.dir, file));
    }
    for (const modules of ["node_modules", "packages/core/node_modules"]) {
      symlinkSync(join(REPOSITORY, modules), join(this.dir, modules), "dir");
    }
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  /** `pnpm <args>` in the copy, with the pnpm that runs this test (else the pinned one via npx). */
  pnpm(...args: string[]): Run {
    const [command, prefix] = pnpmCommand();
    return this.run(command, [...prefix, ...args]);
  }

  /** `node <args>` in the copy. */
  node(...args: string[]): Run {
    return this.run(process.execPath, args);
  }

  private run(command: string, args: string[]): Run {
    const result = spawnSync(command, args, {
      cwd: this.dir,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" },
    });
    const failure = result.error ? `${command} failed to start: ${result.error.message}\n` : "";
    return {
      status: result.status,
      output: `${failure}${result.stdout ?? ""}${result.stderr ?? ""}`,
    };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
