package es.clinica.store.redis;

/**
 * Lua scripts for the steps that must be atomic or a single round trip. They are sent with EVAL
 * each time (they are small), so a restarted server that lost its script cache needs nothing.
 */
final class Scripts {

    /** KEYS[1] hash; ARGV[1] seconds to live, then field, value pairs. */
    static final String HASH_WITH_TTL =
            "redis.call('DEL', KEYS[1])\n"
                    + "redis.call('HSET', KEYS[1], unpack(ARGV, 2, #ARGV))\n"
                    + "return redis.call('EXPIRE', KEYS[1], ARGV[1])";

    /**
     * KEYS[1] session hash, KEYS[2] its account's session index; ARGV[1] seconds to live, ARGV[2]
     * token, then field, value pairs. The index lives as long as the longest session it lists.
     */
    static final String CREATE_SESSION =
            "redis.call('DEL', KEYS[1])\n"
                    + "redis.call('HSET', KEYS[1], unpack(ARGV, 3, #ARGV))\n"
                    + "redis.call('EXPIRE', KEYS[1], ARGV[1])\n"
                    + "redis.call('SADD', KEYS[2], ARGV[2])\n"
                    + "return redis.call('EXPIRE', KEYS[2], ARGV[1])";

    /**
     * KEYS[1] session hash; ARGV[1] seconds to live, ARGV[2] index key prefix. Renews the session
     * and its account's index; returns 0 when the session is gone.
     */
    static final String RENEW_SESSION =
            "if redis.call('EXPIRE', KEYS[1], ARGV[1]) == 0 then return 0 end\n"
                    + "local a = redis.call('HGET', KEYS[1], 'cuenta_id')\n"
                    + "if a then redis.call('EXPIRE', ARGV[2] .. a, ARGV[1]) end\n"
                    + "return 1";

    /** KEYS[1] session hash; ARGV[1] index key prefix, ARGV[2] token. Unlists and deletes it. */
    static final String DELETE_SESSION =
            "local a = redis.call('HGET', KEYS[1], 'cuenta_id')\n"
                    + "if a then redis.call('SREM', ARGV[1] .. a, ARGV[2]) end\n"
                    + "return redis.call('DEL', KEYS[1])";

    /**
     * KEYS[1] an account's session index; ARGV[1] session key prefix, ARGV[2] a token to keep (or
     * empty). Deletes every other session listed; returns how many existed.
     */
    static final String DELETE_SESSIONS_OF =
            "local n = 0\n"
                    + "for _, t in ipairs(redis.call('SMEMBERS', KEYS[1])) do\n"
                    + "  if t ~= ARGV[2] then\n"
                    + "    n = n + redis.call('DEL', ARGV[1] .. t)\n"
                    + "    redis.call('SREM', KEYS[1], t)\n"
                    + "  end\n"
                    + "end\n"
                    + "return n";

    /** KEYS[1] lease; ARGV[1] the holder's token. Deletes it only when that holder has it. */
    static final String RELEASE_LEASE =
            "if redis.call('GET', KEYS[1]) == ARGV[1] then\n"
                    + "  return redis.call('DEL', KEYS[1])\n"
                    + "end\n"
                    + "return 0";

    /** KEYS[1] counter; ARGV[1] seconds of the window. Returns the new count. */
    static final String COUNT_IN_WINDOW =
            "local n = redis.call('INCR', KEYS[1])\n"
                    + "redis.call('EXPIRE', KEYS[1], ARGV[1])\n"
                    + "return n";

    /** KEYS[1] counter; ARGV[1] delta, ARGV[2] unix seconds it expires at. Never below zero. */
    static final String ADD_UNTIL =
            "local n = redis.call('INCRBY', KEYS[1], ARGV[1])\n"
                    + "if n < 0 then n = 0; redis.call('SET', KEYS[1], 0) end\n"
                    + "redis.call('EXPIREAT', KEYS[1], ARGV[2])\n"
                    + "return n";

    /** KEYS[1] zset; ARGV[1] delta, ARGV[2] member. Drops the member at zero. Returns the score. */
    static final String RANK =
            "local s = redis.call('ZINCRBY', KEYS[1], ARGV[1], ARGV[2])\n"
                    + "if tonumber(s) < 0.0005 then redis.call('ZREM', KEYS[1], ARGV[2]) end\n"
                    + "return s";

    /** KEYS[1] list; ARGV[1] entry. Appends it unless the list holds it already. Returns 1/0. */
    static final String PUSH_ONCE =
            "for _, e in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do\n"
                    + "  if e == ARGV[1] then return 0 end\n"
                    + "end\n"
                    + "redis.call('RPUSH', KEYS[1], ARGV[1])\n"
                    + "return 1";

    /** KEYS[1] list; ARGV[1] entry prefix. Removes the first entry with it; returns 1 or 0. */
    static final String REMOVE_BY_PREFIX =
            "for _, e in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do\n"
                    + "  if string.sub(e, 1, #ARGV[1]) == ARGV[1] then\n"
                    + "    return redis.call('LREM', KEYS[1], 1, e)\n"
                    + "  end\n"
                    + "end\n"
                    + "return 0";

    /**
     * KEYS[1] queue, KEYS[2] doctor's list, KEYS[3] index set; ARGV[1] doctor id. Moves the head of
     * the queue to the tail of the doctor's list and indexes the doctor; returns the entry.
     */
    static final String CALL_NEXT =
            "local e = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')\n"
                    + "if e then redis.call('SADD', KEYS[3], ARGV[1]) end\n"
                    + "return e";

    /** KEYS[1] doctor's list, KEYS[2] queue. Moves all back to the queue's head, in order. */
    static final String REQUEUE =
            "local n = 0\n"
                    + "while redis.call('LMOVE', KEYS[1], KEYS[2], 'RIGHT', 'LEFT') do\n"
                    + "  n = n + 1\n"
                    + "end\n"
                    + "return n";

    /**
     * KEYS: queue, available doctors, ranking, today's counter, in-consultation index; ARGV[1] the
     * in-consultation key prefix, ARGV[2] ranking size. Returns {queue, doctors, ranking with
     * scores, count or nil, {doctorId, entries, doctorId, entries…}}.
     */
    static final String BOARD =
            "local consulting = {}\n"
                + "for _, d in ipairs(redis.call('SMEMBERS', KEYS[5])) do\n"
                + "  local entries = redis.call('LRANGE', ARGV[1] .. d, 0, -1)\n"
                + "  if #entries > 0 then\n"
                + "    table.insert(consulting, d)\n"
                + "    table.insert(consulting, entries)\n"
                + "  end\n"
                + "end\n"
                + "return {redis.call('LRANGE', KEYS[1], 0, -1),\n"
                + "  redis.call('SMEMBERS', KEYS[2]),\n"
                + "  redis.call('ZREVRANGE', KEYS[3], 0, tonumber(ARGV[2]) - 1, 'WITHSCORES'),\n"
                + "  redis.call('GET', KEYS[4]),\n"
                + "  consulting}";

    private Scripts() {}
}
