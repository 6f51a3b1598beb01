using System.Diagnostics.Metrics;
using BinanceErrors.Http;
using BinanceErrors.WebSocket;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds <see cref="BinanceWebSocketClient"/>s to a service collection.</summary>
public static class BinanceWebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Adds a <see cref="BinanceWebSocketClient"/> as a keyed singleton under <paramref name="name"/>
    /// (<c>GetRequiredKeyedService&lt;BinanceWebSocketClient&gt;(name)</c>). It uses the named
    /// <see cref="BinanceClientOptions"/> of the same name, so a REST client added with <c>AddBinanceHttpClient(name, …)</c>
    /// and this one share credentials, limits, retries and the order journal, and the container's one
    /// <see cref="BinanceLimitRegistry"/>, so they share limits, halts, bans, clocks and metrics (and, with an
    /// <see cref="IBinanceLimitStore"/> registered first, limits across processes). The container disposes the client.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The client's name (and its options' name).</param>
    /// <param name="endpoint">The WebSocket API address.</param>
    /// <param name="configure">Sets the shared options (or leave it to the REST client's registration).</param>
    /// <param name="configureWebSocket">Sets how the connection is kept.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddBinanceWebSocketClient(this IServiceCollection services, string name, Uri endpoint, Action<BinanceClientOptions>? configure = null, Action<BinanceWebSocketOptions>? configureWebSocket = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(endpoint);
        var options = services.AddOptions<BinanceClientOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var webSocketOptions = services.AddOptions<BinanceWebSocketOptions>(name);
        if (configureWebSocket is not null)
        {
            webSocketOptions.Configure(configureWebSocket);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BinanceClientOptions>, BinanceClientOptionsValidator>());
        services.TryAddSingleton(provider => new BinanceLimitRegistry(provider.GetService<IBinanceLimitStore>(), provider.GetService<IMeterFactory>()));
        services.AddKeyedSingleton(name, (provider, _) => new BinanceWebSocketClient(
            endpoint,
            provider.GetRequiredService<IOptionsMonitor<BinanceClientOptions>>().Get(name),
            provider.GetRequiredService<IOptionsMonitor<BinanceWebSocketOptions>>().Get(name),
            provider.GetRequiredService<BinanceLimitRegistry>(),
            provider.GetService<ILoggerFactory>()));
        return services;
    }
}
