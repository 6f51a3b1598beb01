namespace BinanceErrors.Http.Redis;

/// <summary>
/// The Lua scripts the store runs; each is one atomic step on the server, so processes never interleave a check
/// and an increment. Instants are the exchange's server milliseconds; expiries are relative (TTL), so the Redis
/// host's own clock does not matter.
/// </summary>
internal static class RedisLimitScripts
{
    /// <summary>
    /// KEYS: ban, halt, then one counter per window. ARGV: now, then per window amount, allowed, window end.
    /// Returns {0,0,0} (go), {1,until,0} (banned), {2,until,0} (halted) or {3,windowEnd,i} (window i is full).
    /// </summary>
    public const string Reserve = """
        local now = tonumber(ARGV[1])
        local ban = tonumber(redis.call('GET', KEYS[1]) or '0')
        if ban > now then return {1, ban, 0} end
        local halt = tonumber(redis.call('GET', KEYS[2]) or '0')
        if halt > now then return {2, halt, 0} end
        local n = #KEYS - 2
        for i = 1, n do
          local b = 1 + (i - 1) * 3
          local used = tonumber(redis.call('GET', KEYS[2 + i]) or '0')
          if used + tonumber(ARGV[b + 1]) > tonumber(ARGV[b + 2]) then return {3, tonumber(ARGV[b + 3]), i} end
        end
        for i = 1, n do
          local b = 1 + (i - 1) * 3
          redis.call('INCRBY', KEYS[2 + i], ARGV[b + 1])
          redis.call('PEXPIRE', KEYS[2 + i], tonumber(ARGV[b + 3]) - now + 1000)
        end
        return {0, 0, 0}
        """;

    /// <summary>KEYS: counters. ARGV: per counter the exchange's count and the TTL. A higher count wins.</summary>
    public const string Observe = """
        for i = 1, #KEYS do
          local used = tonumber(ARGV[(i - 1) * 2 + 1])
          if used > tonumber(redis.call('GET', KEYS[i]) or '0') then
            redis.call('SET', KEYS[i], used, 'PX', ARGV[(i - 1) * 2 + 2])
          end
        end
        return 0
        """;

    /// <summary>KEYS: halt (and ban). ARGV: until, TTL. A later end wins.</summary>
    public const string Halt = """
        local endsAt = tonumber(ARGV[1])
        for i = 1, #KEYS do
          if endsAt > tonumber(redis.call('GET', KEYS[i]) or '0') then
            redis.call('SET', KEYS[i], endsAt, 'PX', ARGV[2])
          end
        end
        return 0
        """;

    /// <summary>
    /// KEYS: the weight counters of the windows that still hold a reservation. ARGV: the weight. Each existing counter
    /// goes down by it, never below zero, and keeps its expiry (DECRBY and INCRBY keep the TTL); a counter that is gone
    /// (its window rolled over and expired) is not recreated.
    /// </summary>
    public const string GiveBack = """
        local weight = tonumber(ARGV[1])
        for i = 1, #KEYS do
          if redis.call('EXISTS', KEYS[i]) == 1 then
            local left = redis.call('DECRBY', KEYS[i], weight)
            if left < 0 then redis.call('INCRBY', KEYS[i], -left) end
          end
        end
        return 0
        """;
}
