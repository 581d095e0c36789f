import { NOW, type ScriptCalls, script } from "./lua-script.js";

/**
 * The Lua scripts of the shared rate limiter: each runs atomically in Redis and touches the keys
 * of one app's limiter only (one hash tag, one Cluster slot), on Redis's clock.
 */

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

export const LIMITER_SCRIPTS = {
  yqAcquire: script<[number, number, string?, string?]>(4, ACQUIRE),
  yqSettle: script<number>(1, SETTLE),
  yqRelease: script<number>(1, RELEASE),
  yqRefuse: script<number>(3, REFUSE),
  yqBlock: script<number>(1, BLOCK),
  yqHeldFor: script<number>(4, HELD_FOR),
  yqBeat: script<[number, ...string[]]>(4, BEAT),
  yqRegister: script<number>(1, REGISTER),
  yqLeaveLane: script<number>(1, LEAVE_LANE),
};

export type LimiterScripts = ScriptCalls<typeof LIMITER_SCRIPTS>;
