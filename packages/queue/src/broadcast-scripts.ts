import { NOW, type ScriptCalls, script } from "./lua-script.js";

/**
 * The Lua scripts that keep a broadcast's record consistent while it is enqueued, sent and
 * cancelled: each runs atomically in Redis and touches the keys of one broadcast only (one hash
 * tag, one Cluster slot).
 */

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

export const BROADCAST_SCRIPTS = {
  yqStage: script<number>(1, STAGE),
  yqRecord: script<number>(5, RECORD),
  yqBegin: script<[string, string?, number?, number?]>(4, BEGIN),
  yqNoteCall: script<number>(2, NOTE_CALL),
  yqRefused: script<number>(2, REFUSED),
  yqCommit: script<string>(4, COMMIT),
  yqMarkCancelled: script<string | null>(1, MARK_CANCELLED),
  yqCancelRange: script<number>(5, CANCEL_RANGE),
};

export type BroadcastScripts = ScriptCalls<typeof BROADCAST_SCRIPTS>;
