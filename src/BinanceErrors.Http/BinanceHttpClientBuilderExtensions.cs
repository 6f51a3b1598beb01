using BinanceErrors.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Binance handlers to an <see cref="IHttpClientBuilder"/>.</summary>
public static class BinanceHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds, outermost first, <see cref="BinanceResilienceHandler"/>, <see cref="BinanceLimitHandler"/> and
    /// <see cref="BinanceSigningHandler"/>, configured by named options (the client's name) that are validated
    /// when the first client is created.
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

        builder.Services.AddSingleton<IValidateOptions<BinanceClientOptions>, BinanceClientOptionsValidator>();
        options.ValidateOnStart();
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddHttpMessageHandler(services => new BinanceResilienceHandler(Get(services, builder.Name), services.GetService<ILogger<BinanceResilienceHandler>>()));
        builder.AddHttpMessageHandler(services => new BinanceLimitHandler(Get(services, builder.Name), services.GetService<ILogger<BinanceLimitHandler>>()));
        builder.AddHttpMessageHandler(services => new BinanceSigningHandler(Get(services, builder.Name)));
        return builder;
    }

    private static BinanceClientOptions Get(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<BinanceClientOptions>>().Get(name);
}
