using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace BinanceErrors.Cli;

/// <summary>
/// The Prometheus endpoint of the long-running commands (<c>demo --metrics-port</c>, <c>sandbox --metrics-port</c>):
/// OpenTelemetry's Prometheus exporter on a Kestrel listener of its own at <c>http://127.0.0.1:P/metrics</c>,
/// listening to the named meters. Loopback only: metrics name venues, endpoints and codes, nothing secret, but an
/// operator chooses who scrapes them.
/// </summary>
internal sealed class MetricsEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MetricsEndpoint(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The scrape URL, e.g. <c>http://127.0.0.1:9464/metrics</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// The endpoint's meter factory. Meters made with it live as long as the endpoint (a meter a registry owns is
    /// disposed with the registry, and OpenTelemetry stops exporting a disposed meter's instruments), so the counts
    /// are still served while lingering after the run.
    /// </summary>
    public System.Diagnostics.Metrics.IMeterFactory Meters => _app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    /// <summary>Checks a <c>--metrics-port</c> value: 0 (a free port) to 65535.</summary>
    public static void Validate(int? port, double? linger)
    {
        if (port is < 0 or > 65535)
        {
            throw new CliUsageException($"--metrics-port must be from 0 to 65535 (0 picks a free one), not {port}.");
        }

        if (linger is not null && port is null)
        {
            throw new CliUsageException("--metrics-linger needs --metrics-port: it keeps the metrics endpoint up after the run.");
        }

        if (linger is < 0 or > 86_400 || (linger is { } l && !double.IsFinite(l)))
        {
            throw new CliUsageException($"--metrics-linger must be from 0 to 86400 seconds, not {linger}.");
        }
    }

    /// <summary>Starts serving the meters; <see langword="null"/> when <paramref name="port"/> is null. The URL is written to standard error.</summary>
    public static async Task<MetricsEndpoint?> StartAsync(CliConsole console, int? port, IReadOnlyList<string> meters, CancellationToken cancellationToken)
    {
        if (port is not { } chosen)
        {
            return null;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(MetricsEndpoint).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, chosen));
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter([.. meters]).AddPrometheusExporter());
        var app = builder.Build();
        app.MapPrometheusScrapingEndpoint();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // Kestrel's "Failed to bind to address …: address already in use".
            await app.DisposeAsync().ConfigureAwait(false);
            throw new CliUsageException($"--metrics-port {chosen}: cannot listen on 127.0.0.1:{chosen} ({ex.Message}).", ex);
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endpoint = new MetricsEndpoint(app, new Uri(bound.TrimEnd('/') + "/metrics"));
        await console.Error.WriteLineAsync($"binance-errors: serving Prometheus metrics at {endpoint.Address}").ConfigureAwait(false);
        return endpoint;
    }

    /// <summary>Keeps serving for <paramref name="seconds"/> after the run, so a scraper gets the final counts; Ctrl+C ends it early.</summary>
    public async Task LingerAsync(double? seconds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (seconds is not > 0)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds.Value), time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C while lingering: the run itself is over, its exit code stands.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
