import type { RedisClient } from "./connection.js";

/**
 * The Lua scripts that keep a broadcast's record and the shared rate limiter consistent: each
 * runs atomically in Redis, and each touches the keys of one hash tag only (one Cluster slot).
 * Time is Redis's own clock (`TIME`), so the workers' clocks need not agree.
 */

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/** Marks the broadcast finished once every chunk has its outcomes; refreshes the retention. */
const FINISH = `
local function finish(meta, retention, keys)
  local chunks = tonumber(redis.call('HGET', meta, 'chunks') or '-1')
  local done = tonumber(redis.call('HGET', meta, 'chunksDone') or '0')
  if chunks >= 0 and done >= chunks and not redis.call('HGET', meta, 'finishedAt') then
    redis.call('HSET', meta, 'finishedAt', now)
    if redis.call('HGET', meta, 'state') ~= 'cancelled' then
      redis.call('HSET', meta, 'state', 'completed')
    end
  end
  for _, key in ipairs(keys) do redis.call('PEXPIRE', key, retention) end
end
`;

/** KEYS chunks; ARGV retention first-index receivers-json… — writes consecutive chunks */
const STAGE = `
local first = tonumber(ARGV[2])
for i = 3, #ARGV do
  redis.call('HSET', KEYS[1], tostring(first + i - 3), ARGV[i])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
`;

/** KEYS meta outcomes chunks calls events; ARGV index json sent failed notAttempted retention */
const RECORD = `${NOW}${FINISH}
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'sent', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'failed', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'notAttempted', ARGV[5])
redis.call('HINCRBY', KEYS[1], 'chunksDone', 1)
finish(KEYS[1], ARGV[6], {KEYS[1], KEYS[2], KEYS[3], KEYS[4]})
redis.call('PUBLISH', KEYS[5], ARGV[1])
return 1
`;

/** KEYS meta outcomes chunks calls; ARGV index → {state, receivers, inDoubt, generation} */
const BEGIN = `
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return {'done'} end
local state = redis.call('HGET', KEYS[1], 'state')
local receivers = redis.call('HGET', KEYS[3], ARGV[1])
if not state or not receivers then return {'missing'} end
local inDoubt = tonumber(redis.call('HGET', KEYS[4], ARGV[1]) or '0')
local generation = tonumber(redis.call('HGET', KEYS[4], 'g' .. ARGV[1]) or '0')
return {state, receivers, inDoubt, generation}
`;

/** KEYS meta calls; ARGV index → 1 when the call may go ahead, 0 when the broadcast is cancelled */
const NOTE_CALL = `${NOW}
local state = redis.call('HGET', KEYS[1], 'state')
if not state or state == 'cancelled' then return 0 end
redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
redis.call('HINCRBY', KEYS[1], 'calls', 1)
redis.call('HSETNX', KEYS[1], 'firstCallAt', now)
redis.call('HSET', KEYS[1], 'lastCallAt', now)
if state == 'queued' then redis.call('HSET', KEYS[1], 'state', 'running') end
return 1
`;

/** KEYS meta calls; ARGV index proven — a 416; when proven, nothing of the chunk was delivered */
const REFUSED = `
redis.call('HINCRBY', KEYS[1], 'rateLimited', 1)
if ARGV[2] == '1' then
  redis.call('HINCRBY', KEYS[2], 'g' .. ARGV[1], 1)
  redis.call('HSET', KEYS[2], ARGV[1], 0)
end
return 1
`;

/**
 * KEYS meta outcomes chunks calls; ARGV chunks receivers duplicates skippedGroups retention →
 * the state after the enqueue finished writing
 */
const COMMIT = `${NOW}${FINISH}
redis.call('HSET', KEYS[1], 'chunks', ARGV[1], 'receivers', ARGV[2], 'skippedGroups', ARGV[4], 'enqueuedAt', now)
redis.call('HINCRBY', KEYS[1], 'notAttempted', ARGV[3])
if redis.call('HGET', KEYS[1], 'state') == 'enqueueing' then
  redis.call('HSET', KEYS[1], 'state', 'queued')
end
finish(KEYS[1], ARGV[5], {KEYS[1], KEYS[2], KEYS[3], KEYS[4]})
return redis.call('HGET', KEYS[1], 'state')
`;

/** KEYS meta → the state before; a broadcast still to finish becomes cancelled */
const MARK_CANCELLED = `${NOW}
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'enqueueing' or state == 'queued' or state == 'running' then
  redis.call('HSET', KEYS[1], 'state', 'cancelled', 'cancelledAt', now)
end
return state or false
`;

/**
 * KEYS meta outcomes chunks calls events; ARGV from to retention reason — every chunk in
 * [from, to) with no outcome and no call that may have delivered gets `not_attempted`.
 */
const CANCEL_RANGE = `${NOW}${FINISH}
local n = 0
for i = tonumber(ARGV[1]), tonumber(ARGV[2]) - 1 do
  local index = tostring(i)
  if redis.call('HEXISTS', KEYS[2], index) == 0
    and tonumber(redis.call('HGET', KEYS[4], index) or '0') == 0 then
    local receivers = redis.call('HGET', KEYS[3], index)
    if receivers then
      local out = {}
      for k, id in ipairs(cjson.decode(receivers)) do out[k] = {'n', id, ARGV[4]} end
      redis.call('HSET', KEYS[2], index, cjson.encode(out))
      redis.call('HDEL', KEYS[3], index)
      redis.call('HINCRBY', KEYS[1], 'notAttempted', #out)
      redis.call('HINCRBY', KEYS[1], 'chunksDone', 1)
      n = n + 1
    end
  end
end
finish(KEYS[1], ARGV[3], {KEYS[1], KEYS[2], KEYS[3], KEYS[4]})
if n > 0 then redis.call('PUBLISH', KEYS[5], 'cancelled') end
return n
`;

/**
 * KEYS log next block first; ARGV limit windowMs intervalMs leaseMs owner ticket graceMs →
 * {granted, waitMs, startsAt, member}; the member, `<owner>@<start>`, names the call in the log.
 * A sliding log: a call counts from its reservation until a window after its answer (or, if its
 * worker dies, a window and a lease after its start); at most `limit` calls count at once. Starts
 * are reserved `intervalMs` apart: a granted call waits `waitMs`, then starts, so the waiting
 * workers do not poll. A call refused by the log or a block asks again after `waitMs`.
 * The first lane: while a call refused with 416 waits to be sent again (`first`: its ticket →
 * until when it keeps its place), only it may be granted; its place is kept `graceMs` past each
 * wait and past its granted start (it leaves the lane when it starts), so a place whose worker
 * died frees itself.
 */
const ACQUIRE = `${NOW}
local ticket = ARGV[6]
local grace = tonumber(ARGV[7])
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
local inLane = ticket ~= '' and redis.call('ZSCORE', KEYS[4], ticket)
local function keepPlace(waitMs)
  if inLane then redis.call('ZADD', KEYS[4], 'XX', now + waitMs + grace, ticket) end
  return {0, waitMs}
end
local blockedUntil = tonumber(redis.call('GET', KEYS[3]) or '0')
if blockedUntil > now then return keepPlace(blockedUntil - now) end
local interval = tonumber(ARGV[3])
if not inLane and redis.call('ZCARD', KEYS[4]) > 0 then return {0, math.ceil(interval)} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lease = tonumber(ARGV[4])
local start = math.max(tonumber(redis.call('GET', KEYS[2]) or '0'), now)
local bound = '(' .. string.format('%.3f', start)
local counting = redis.call('ZCOUNT', KEYS[1], bound, '+inf')
if counting >= limit then
  local nth = redis.call('ZRANGEBYSCORE', KEYS[1], bound, '+inf', 'WITHSCORES', 'LIMIT', counting - limit, 1)
  -- A call still in flight counts until a window after its answer: at the soonest, a window
  -- from now, not at the end of its lease.
  return keepPlace(math.max(1, math.ceil(math.min(tonumber(nth[2]) - now, window))))
end
local ahead = start - now
if inLane then redis.call('ZADD', KEYS[4], 'XX', start + grace, ticket) end
redis.call('SET', KEYS[2], string.format('%.3f', start + interval), 'PX', math.ceil(ahead + interval + window))
local member = ARGV[5] .. '@' .. string.format('%.3f', start)
redis.call('ZADD', KEYS[1], string.format('%.3f', start + window + lease), member)
redis.call('PEXPIRE', KEYS[1], math.ceil(ahead + window + lease))
return {1, math.ceil(ahead), string.format('%.3f', start), member}
`;

/** KEYS log; ARGV member windowMs — the call's answer arrived: it counts for a window from now */
const SETTLE = `${NOW}
redis.call('ZADD', KEYS[1], 'XX', 'LT', now + tonumber(ARGV[2]), ARGV[1])
return 1
`;

/** KEYS log; ARGV member — the slot was not used: no call was made */
const RELEASE = `
redis.call('ZREM', KEYS[1], ARGV[1])
return 1
`;

/**
 * KEYS log block first; ARGV member windowMs ms ticket graceMs → the block's end. A 416: the
 * refused call counts for a window from now (the server may have counted it), every call of the
 * app is held until ms from now, and the refused call takes the first lane with `ticket`.
 */
const REFUSE = `${NOW}
redis.call('ZADD', KEYS[1], 'XX', 'LT', now + tonumber(ARGV[2]), ARGV[1])
local untilAt = now + tonumber(ARGV[3])
if tonumber(redis.call('GET', KEYS[2]) or '0') < untilAt then
  redis.call('SET', KEYS[2], untilAt, 'PX', ARGV[3])
end
local endsAt = tonumber(redis.call('GET', KEYS[2]))
redis.call('ZADD', KEYS[3], endsAt + tonumber(ARGV[5]), ARGV[4])
redis.call('PEXPIRE', KEYS[3], math.ceil(endsAt - now + tonumber(ARGV[5])))
return endsAt
`;

/** KEYS block; ARGV ms → every call of the app is held until ms from now */
const BLOCK = `${NOW}
local untilAt = now + tonumber(ARGV[1])
if tonumber(redis.call('GET', KEYS[1]) or '0') < untilAt then
  redis.call('SET', KEYS[1], untilAt, 'PX', ARGV[1])
end
return untilAt
`;

/**
 * KEYS block first alive claims; ARGV ticket intervalMs graceMs worker ttlMs claim → how many ms
 * a call granted earlier must still wait before it starts (0: it starts now; -1: its worker was
 * given up for dead, see REAP): the rest of a block, or a spacing while a refused call other than
 * itself waits in the first lane. A call that starts refreshes its worker's heartbeat, marks its
 * claim started, and, if it was refused before, leaves the lane.
 */
const HELD_FOR = `${NOW}
local ticket = ARGV[1]
local alive = tonumber(redis.call('ZSCORE', KEYS[3], ARGV[4]) or '0')
if alive < now then return -1 end
local blocked = math.ceil(tonumber(redis.call('GET', KEYS[1]) or '0') - now)
if blocked > 0 then
  if ticket ~= '' then redis.call('ZADD', KEYS[2], 'XX', now + blocked + tonumber(ARGV[3]), ticket) end
  return blocked
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local mine = ticket ~= '' and redis.call('ZREM', KEYS[2], ticket) == 1
if not mine and redis.call('ZCARD', KEYS[2]) > 0 then return math.ceil(tonumber(ARGV[2])) end
redis.call('ZADD', KEYS[3], 'XX', 'GT', now + tonumber(ARGV[5]), ARGV[4])
if ARGV[6] ~= '' then
  local token = redis.call('HGET', KEYS[4], ARGV[6])
  if token and string.sub(token, 1, 1) ~= '!' then redis.call('HSET', KEYS[4], ARGV[6], '!' .. token) end
end
return 0
`;

/**
 * KEYS alive log first claims; ARGV worker ttlMs → {registered, claim, token, claim, token…}.
 * A worker's heartbeat: it stays alive until ttlMs from now (registered 0: it had been given up
 * for dead and must come back under a new id). Then every worker whose heartbeat ran out is given
 * up: its reservations that start after its last heartbeat are removed from the log (no call can
 * have started: a start refreshes the heartbeat), its places in the first lane are freed, and its
 * claims are returned to be put back in the queue — those whose call has not started; a started
 * one waits for its lock to expire.
 */
const BEAT = `${NOW}
redis.call('ZADD', KEYS[1], 'XX', 'GT', now + tonumber(ARGV[2]), ARGV[1])
local out = {1}
if tonumber(redis.call('ZSCORE', KEYS[1], ARGV[1]) or '0') < now then out[1] = 0 end
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. now, 'WITHSCORES', 'LIMIT', 0, 10)
for i = 1, #dead, 2 do
  local id = dead[i]
  local lastAlive = tonumber(dead[i + 1])
  redis.call('ZREM', KEYS[1], id)
  local mine = id .. ':'
  for _, member in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
    if string.sub(member, 1, #mine) == mine then
      local at = string.find(member, '@', 1, true)
      if at and tonumber(string.sub(member, at + 1)) > lastAlive then redis.call('ZREM', KEYS[2], member) end
    end
  end
  for _, ticket in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
    if string.sub(ticket, 1, #mine) == mine then redis.call('ZREM', KEYS[3], ticket) end
  end
  local claims = redis.call('HGETALL', KEYS[4])
  local held = id .. '|'
  for j = 1, #claims, 2 do
    if string.sub(claims[j], 1, #held) == held then
      redis.call('HDEL', KEYS[4], claims[j])
      if string.sub(claims[j + 1], 1, 1) ~= '!' then
        out[#out + 1] = string.sub(claims[j], #held + 1)
        out[#out + 1] = claims[j + 1]
      end
    end
  end
end
return out
`;

/** KEYS alive; ARGV worker ttlMs — a worker (a new id) starts beating */
const REGISTER = `${NOW}
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return 1
`;

/** KEYS first; ARGV ticket — the refused call no longer waits to be sent again */
const LEAVE_LANE = `
redis.call('ZREM', KEYS[1], ARGV[1])
return 1
`;

type Arg = string | number;
type ScriptCall<R> = (...keysAndArgs: Arg[]) => Promise<R>;

/** The scripts, callable on a client once `defineScripts` ran on it. */
export interface Scripts {
  yqStage: ScriptCall<number>;
  yqRecord: ScriptCall<number>;
  yqBegin: ScriptCall<[string, string?, number?, number?]>;
  yqNoteCall: ScriptCall<number>;
  yqRefused: ScriptCall<number>;
  yqCommit: ScriptCall<string>;
  yqMarkCancelled: ScriptCall<string | null>;
  yqCancelRange: ScriptCall<number>;
  yqAcquire: ScriptCall<[number, number, string?, string?]>;
  yqSettle: ScriptCall<number>;
  yqRelease: ScriptCall<number>;
  yqRefuse: ScriptCall<number>;
  yqBlock: ScriptCall<number>;
  yqHeldFor: ScriptCall<number>;
  yqBeat: ScriptCall<[number, ...string[]]>;
  yqRegister: ScriptCall<number>;
  yqLeaveLane: ScriptCall<number>;
}

const DEFINITIONS: Record<keyof Scripts, [number, string]> = {
  yqStage: [1, STAGE],
  yqRecord: [5, RECORD],
  yqBegin: [4, BEGIN],
  yqNoteCall: [2, NOTE_CALL],
  yqRefused: [2, REFUSED],
  yqCommit: [4, COMMIT],
  yqMarkCancelled: [1, MARK_CANCELLED],
  yqCancelRange: [5, CANCEL_RANGE],
  yqAcquire: [4, ACQUIRE],
  yqSettle: [1, SETTLE],
  yqRelease: [1, RELEASE],
  yqRefuse: [3, REFUSE],
  yqBlock: [1, BLOCK],
  yqHeldFor: [4, HELD_FOR],
  yqBeat: [4, BEAT],
  yqRegister: [1, REGISTER],
  yqLeaveLane: [1, LEAVE_LANE],
};

/** Registers the scripts on the client (ioredis sends each by its SHA-1, and its text once). */
export function withScripts<R extends RedisClient>(redis: R): R & Scripts {
  for (const [name, [numberOfKeys, lua]] of Object.entries(DEFINITIONS)) {
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
  }
  return redis as R & Scripts;
}
