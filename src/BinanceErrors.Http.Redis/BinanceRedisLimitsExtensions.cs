using System.Diagnostics.Metrics;
using BinanceErrors.Http;
using BinanceErrors.Http.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="RedisBinanceLimitStore"/> so every Binance client of the container shares limits across processes.</summary>
public static class BinanceRedisLimitsExtensions
{
    /// <summary>Makes the container's <see cref="BinanceLimitRegistry"/> keep limit state on Redis (call before the first client is created).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string, e.g. <c>localhost:6379</c>.</param>
    /// <param name="configure">Sets the other store options.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddBinanceRedisLimits(this IServiceCollection services, string configuration, Action<RedisLimitStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(configuration);
        var options = new RedisLimitStoreOptions { Configuration = configuration };
        configure?.Invoke(options);
        services.RemoveAll<IBinanceLimitStore>();
        services.AddSingleton<IBinanceLimitStore>(sp => new RedisBinanceLimitStore(options, sp.GetService<IMeterFactory>(), sp.GetService<ILogger<RedisBinanceLimitStore>>()));
        return services;
    }

    /// <summary>
    /// The same as <see cref="AddBinanceRedisLimits"/> from a client builder:
    /// <c>services.AddHttpClient("spot").AddBinanceResilience().UseRedisLimits("localhost:6379")</c>. The store is per
    /// container, so every Binance client of it shares Redis.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <param name="configure">Sets the other store options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHttpClientBuilder UseRedisLimits(this IHttpClientBuilder builder, string configuration, Action<RedisLimitStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBinanceRedisLimits(configuration, configure);
        return builder;
    }
}
