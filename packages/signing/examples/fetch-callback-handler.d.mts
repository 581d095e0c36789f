export function createCallbackHandler(options: {
  appSecret: string;
  onMessage: (message: unknown) => unknown;
  log?: (line: string) => void;
}): (request: Request) => Promise<Response>;
