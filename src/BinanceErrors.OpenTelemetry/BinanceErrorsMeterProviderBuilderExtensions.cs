using BinanceErrors.Http;

namespace OpenTelemetry.Metrics;

/// <summary>
/// Adds BinanceErrors' meters to an OpenTelemetry <see cref="MeterProviderBuilder"/>, the way OpenTelemetry's own
/// instrumentation packages do: <c>services.AddOpenTelemetry().WithMetrics(m => m.AddBinanceErrorsInstrumentation().AddPrometheusExporter())</c>.
/// The instruments are created by the library through the container's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>
/// (<see cref="BinanceHttpMetrics"/>); this only tells the SDK to listen to them. Units and histogram buckets come
/// with the instruments (OpenTelemetry semantic conventions), so no view is needed.
/// </summary>
public static class BinanceErrorsMeterProviderBuilderExtensions
{
    /// <summary>
    /// The meters this adds: <c>BinanceErrors.Http</c> (the HTTP pipeline, the Redis limit store, the order journal
    /// and recovery).
    /// </summary>
    public static IReadOnlyList<string> MeterNames { get; } = [BinanceHttpMetrics.MeterName];

    /// <summary>Listens to BinanceErrors' meters (<see cref="MeterNames"/>).</summary>
    /// <param name="builder">The meter provider builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static MeterProviderBuilder AddBinanceErrorsInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter([.. MeterNames]);
    }
}
