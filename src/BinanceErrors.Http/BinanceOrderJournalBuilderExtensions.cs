using BinanceErrors.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the crash-safe order journal and its sweep to a Binance <see cref="IHttpClientBuilder"/>.</summary>
public static class BinanceOrderJournalBuilderExtensions
{
    /// <summary>
    /// Journals every order the client places in a SQLite file (<see cref="SqliteBinanceOrderJournal"/>): the intent is
    /// durable before the request leaves. Call after <c>AddBinanceResilience</c>; nothing changes at the call sites.
    /// </summary>
    /// <param name="builder">The Binance client builder.</param>
    /// <param name="configure">Sets the file path.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHttpClientBuilder AddBinanceOrderJournal(this IHttpClientBuilder builder, Action<BinanceOrderJournalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var journalOptions = new BinanceOrderJournalOptions();
        configure(journalOptions);
        builder.Services.TryAddSingleton<IBinanceOrderJournal>(services => new SqliteBinanceOrderJournal(journalOptions, services.GetService<TimeProvider>(), services.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        builder.Services.AddOptions<BinanceClientOptions>(builder.Name).Configure<IBinanceOrderJournal>((options, journal) => options.OrderJournal = journal);
        return builder;
    }

    /// <summary>
    /// Hosts <see cref="BinanceOrderSweepService"/> for this client: open intents older than
    /// <see cref="BinanceOrderSweepOptions.MinAge"/> are settled on start and every interval. Needs
    /// <see cref="AddBinanceOrderJournal"/> (or another <see cref="IBinanceOrderJournal"/> registration).
    /// </summary>
    /// <param name="builder">The Binance client builder.</param>
    /// <param name="configure">Sets interval and minimum age.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IHttpClientBuilder AddBinanceOrderSweep(this IHttpClientBuilder builder, Action<BinanceOrderSweepOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sweep = new BinanceOrderSweepOptions();
        configure?.Invoke(sweep);
        var name = builder.Name;
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptionsMonitor<BinanceClientOptions>>().Get(name);
            var recovery = new BinanceOrderRecovery(services.GetRequiredService<IHttpClientFactory>().CreateClient(name), services.GetRequiredService<IBinanceOrderJournal>(), options, services.GetService<BinanceLimitRegistry>()?.Metrics);
            return new BinanceOrderSweepService(recovery, services.GetRequiredService<IBinanceOrderJournal>(), sweep, options.TimeProvider, services.GetService<ILogger<BinanceOrderSweepService>>());
        });
        builder.Services.AddHostedService(services => services.GetRequiredService<BinanceOrderSweepService>());
        return builder;
    }
}
