using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.Http;

/// <summary>Builds a Binance <see cref="HttpClient"/> without dependency injection, for console apps and tests.</summary>
public static class BinanceHttpClientFactory
{
    /// <summary>Creates a client whose handlers are, outermost first: resilience (retries, reconciliation), limits, signing.</summary>
    /// <param name="baseAddress">The venue's base URL, e.g. <c>https://api.binance.com/</c> or a sandbox's address.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="primaryHandler">The handler that talks to the network; a new <see cref="SocketsHttpHandler"/> when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where events are logged; nowhere when <see langword="null"/>.</param>
    /// <param name="registry">Where limit state, clocks and metrics live; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    /// <returns>The client; dispose it when done.</returns>
    public static HttpClient Create(Uri baseAddress, BinanceClientOptions options, HttpMessageHandler? primaryHandler = null, ILoggerFactory? loggerFactory = null, BinanceLimitRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        ArgumentNullException.ThrowIfNull(options);
        loggerFactory ??= NullLoggerFactory.Instance;
        var handler = CreateHandler(options, primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, loggerFactory, registry);

        // Attempts are timed by the pipeline; the client's own timeout only bounds the whole call including waits.
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Creates the handler chain around <paramref name="primaryHandler"/>.</summary>
    /// <param name="options">The options; validated here.</param>
    /// <param name="primaryHandler">The network handler.</param>
    /// <param name="loggerFactory">Where events are logged.</param>
    /// <param name="registry">Where limit state, clocks and metrics live; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    /// <returns>The outermost handler.</returns>
    public static DelegatingHandler CreateHandler(BinanceClientOptions options, HttpMessageHandler primaryHandler, ILoggerFactory? loggerFactory = null, BinanceLimitRegistry? registry = null)
    {
        loggerFactory ??= NullLoggerFactory.Instance;
        registry ??= BinanceLimitRegistry.Shared;
        // One chain: the resilience handler's core runs every step; the limit and signing handlers pass requests on.
        var signing = BinanceSigningHandler.InChain();
        signing.InnerHandler = primaryHandler;
        var limits = BinanceLimitHandler.InChain();
        limits.InnerHandler = signing;
        var resilience = BinanceResilienceHandler.InChain(options, loggerFactory.CreateLogger<BinanceResilienceHandler>(), registry, loggerFactory.CreateLogger<BinanceLimitHandler>());
        resilience.InnerHandler = limits;
        return resilience;
    }
}
