/** A script's call on a client: its keys, then its arguments. */
export type ScriptCall<R> = (...keysAndArgs: (string | number)[]) => Promise<R>;

/** A script's number of keys and Lua text; its type also says what the script resolves with. */
export interface Script<R> {
  readonly numberOfKeys: number;
  readonly lua: string;
  /** Never set: carries the result's type. */
  readonly result?: R;
}

export function script<R>(numberOfKeys: number, lua: string): Script<R> {
  return { numberOfKeys, lua };
}

/** The calls a client gains once the scripts, by the command name each is registered under, are. */
export type ScriptCalls<D> = {
  [Name in keyof D]: D[Name] extends Script<infer R> ? ScriptCall<R> : never;
};

/**
 * Sets `now` (ms) from Redis's own clock (`TIME`), so the workers' clocks need not agree.
 */
export const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;
