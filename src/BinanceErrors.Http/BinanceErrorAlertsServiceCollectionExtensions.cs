using System.Diagnostics.Metrics;
using BinanceErrors.Http;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the in-process alert hook (<see cref="BinanceErrorAlerts"/>).</summary>
public static class BinanceErrorAlertsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BinanceErrorAlerts"/> as a singleton over the container's <see cref="BinanceLimitRegistry"/>
    /// (the one <c>AddBinanceResilience</c> uses), with the container's <see cref="TimeProvider"/> and logger, and a
    /// hosted service that creates it when the host starts. Without a host, resolve it once (e.g. to subscribe to
    /// <see cref="BinanceErrorAlerts.Raised"/>) and it listens from then on.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds the thresholds.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddBinanceErrorAlerts(this IServiceCollection services, Action<BinanceErrorAlertOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BinanceErrorAlertOptions();
        configure(options);
        services.TryAddSingleton(sp => new BinanceLimitRegistry(sp.GetService<IBinanceLimitStore>(), sp.GetService<IMeterFactory>()));
        services.TryAddSingleton(sp => new BinanceErrorAlerts(sp.GetRequiredService<BinanceLimitRegistry>(), options, sp.GetService<TimeProvider>(), sp.GetService<ILogger<BinanceErrorAlerts>>()));
        services.AddHostedService<BinanceErrorAlertsActivator>();
        return services;
    }
}
