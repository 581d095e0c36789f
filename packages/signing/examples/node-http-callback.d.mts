import type { Server } from "node:http";

export function createCallbackServer(options: {
  appSecret: string;
  onMessage: (message: unknown) => unknown;
  log?: (line: string) => void;
}): Server;
