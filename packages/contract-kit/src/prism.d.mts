export interface StartPrismOptions {
  /** The OpenAPI document to mock (absolute, or relative to the current directory). */
  spec: string;
  /** `--errors`: request violations answer 422/401 and response violations 500. Default true. */
  errors?: boolean;
  /** Interface to listen on. Default `127.0.0.1` (keep it on loopback). */
  host?: string;
  /** Port to listen on; 0 (the default) lets the kernel pick a free one. */
  port?: number;
  /** How long Prism may take to start listening before the start fails. Default 30 000 ms. */
  readyTimeoutMs?: number;
  /** `--dynamic`: generate answers from the schemas instead of serving the examples. Default false. */
  dynamic?: boolean;
  /** Receives Prism's output (colours stripped) as it arrives. */
  onOutput?: (text: string) => void;
}

export interface PrismServer {
  /** e.g. `http://127.0.0.1:41197`, without a trailing slash. */
  baseUrl: string;
  port: number;
  /** Pid of the Prism process, which leads its own process group. */
  pid: number;
  /** Stops Prism and everything it started; resolves once it has exited. Safe to call twice. */
  stop: () => Promise<void>;
  /** Prism's output so far (the last 256 KiB). */
  log: () => string;
}

/**
 * Starts `prism mock` on `options.spec` and resolves once it listens. Rejects with Prism's own log
 * when it exits or does not listen within `readyTimeoutMs`. Every Prism started this way is also
 * stopped when this process exits or gets SIGINT/SIGTERM/SIGHUP, and exits by itself if this
 * process dies.
 */
export declare function startPrism(options: StartPrismOptions): Promise<PrismServer>;
