using Microsoft.Extensions.Hosting;

namespace BinanceErrors.Http.Internal;

/// <summary>Creates the registered <see cref="BinanceErrorAlerts"/> when the host starts, so it listens even if nothing else asks for it.</summary>
internal sealed class BinanceErrorAlertsActivator(BinanceErrorAlerts alerts) : IHostedService
{
    public BinanceErrorAlerts Alerts { get; } = alerts;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
