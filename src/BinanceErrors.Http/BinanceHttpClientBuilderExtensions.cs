using System.Diagnostics.Metrics;
using BinanceErrors.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Binance handlers to an <see cref="IHttpClientBuilder"/>.</summary>
public static class BinanceHttpClientBuilderExtensions
{
    /// <summary>The timeout <see cref="HttpClient"/> starts with; a different value was set by the user and is kept.</summary>
    private static readonly TimeSpan HttpClientDefaultTimeout = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Adds, outermost first, <see cref="BinanceResilienceHandler"/>, <see cref="BinanceLimitHandler"/> and
    /// <see cref="BinanceSigningHandler"/>, configured by named options (the client's name) that are validated
    /// when the first client is created. Every client of the container shares one <see cref="BinanceLimitRegistry"/>
    /// (a singleton; register an <see cref="IBinanceLimitStore"/> first to share limits across processes).
    /// </summary>
    /// <param name="builder">The HTTP client builder (set the base address on it).</param>
    /// <param name="configure">Sets the options; every default is documented on <see cref="BinanceClientOptions"/>.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHttpClientBuilder AddBinanceResilience(this IHttpClientBuilder builder, Action<BinanceClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<BinanceClientOptions>(builder.Name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BinanceClientOptions>, BinanceClientOptionsValidator>());
        builder.Services.TryAddSingleton(services => new BinanceLimitRegistry(services.GetService<IBinanceLimitStore>(), services.GetService<IMeterFactory>()));
        options.ValidateOnStart();

        // Attempts are timed by the pipeline; the client's own timeout would cut waits for limits short. A timeout the
        // user set (anything but HttpClient's default) bounds the whole call and is kept.
        builder.ConfigureHttpClient(client =>
        {
            if (client.Timeout == HttpClientDefaultTimeout)
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
            }
        });
        // One chain: the resilience handler's core runs every step; the limit and signing handlers pass requests on.
        builder.AddHttpMessageHandler(services => BinanceResilienceHandler.InChain(
            Get(services, builder.Name),
            services.GetService<ILogger<BinanceResilienceHandler>>(),
            services.GetRequiredService<BinanceLimitRegistry>(),
            services.GetService<ILogger<BinanceLimitHandler>>()));
        builder.AddHttpMessageHandler(_ => BinanceLimitHandler.InChain());
        builder.AddHttpMessageHandler(_ => BinanceSigningHandler.InChain());
        return builder;
    }

    /// <summary>
    /// Adds a named <see cref="HttpClient"/> for a Binance venue with the Binance handlers: the shortest way to a
    /// working client, <c>services.AddBinanceHttpClient("spot", new Uri("https://api.binance.com/"), o => o.Credentials = …)</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The client's name (and the name of its options).</param>
    /// <param name="baseAddress">The venue's base URL.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The client builder, for chaining.</returns>
    public static IHttpClientBuilder AddBinanceHttpClient(this IServiceCollection services, string name, Uri baseAddress, Action<BinanceClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(baseAddress);
        return services.AddHttpClient(name, client => client.BaseAddress = baseAddress).AddBinanceResilience(configure);
    }

    private static BinanceClientOptions Get(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<BinanceClientOptions>>().Get(name);
}
