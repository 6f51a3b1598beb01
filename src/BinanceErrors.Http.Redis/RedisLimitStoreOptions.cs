namespace BinanceErrors.Http.Redis;

/// <summary>How <see cref="RedisBinanceLimitStore"/> reaches Redis and when it gives up on it.</summary>
public sealed class RedisLimitStoreOptions
{
    /// <summary>
    /// Where Redis is: a StackExchange.Redis configuration string (<c>localhost:6379</c>, <c>redis1:6379,password=…,ssl=true</c>)
    /// or a Redis URL as hosting providers give it, <c>redis://[[user]:password@]host[:port][/db][?ssl=true]</c> or
    /// <c>rediss://…</c> for TLS. Every part of a URL is honoured; one that cannot be (another scheme, an unknown
    /// parameter) makes the store's constructor throw an <see cref="ArgumentException"/> saying which.
    /// </summary>
    /// <value>The default value is <c>localhost:6379</c>.</value>
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>
    /// Changes the connection options after <see cref="Configuration"/> is read: what neither form can say, such as a
    /// client certificate or a private certificate authority (<c>options.TrustIssuer(path)</c>).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Action<StackExchange.Redis.ConfigurationOptions>? ConfigureConnection { get; set; }

    /// <summary>The prefix of every key, so several systems can share one Redis.</summary>
    /// <value>The default value is <c>binance-limits</c>.</value>
    public string KeyPrefix { get; set; } = "binance-limits";

    /// <summary>The longest a request waits for one Redis call before it is answered from local limits.</summary>
    /// <value>The default value is 250 milliseconds.</value>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long Redis is left alone after the circuit breaker opens (at least 0.5 s).</summary>
    /// <value>The default value is 5 seconds; the circuit also closes as soon as the connection is restored.</value>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The share of each limit this process allows itself while Redis is down (0 to 1): with N processes behind one
    /// IP, 1/N keeps them under the exchange's limit together.
    /// </summary>
    /// <value>The default value is 1 (a lone process).</value>
    public decimal FallbackShare { get; set; } = 1m;
}
