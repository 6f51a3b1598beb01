using BinanceErrors.Http;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace BinanceErrors.OpenTelemetry.Tests;

/// <summary>What an app wired with <c>AddBinanceErrorsInstrumentation()</c> exports: names, units and tags as documented.</summary>
public sealed class MeterProviderBuilderTests
{
    [Fact]
    public async Task AddBinanceErrorsInstrumentation_ExportsThePipelinesInstruments_WithUnitsAndTags()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        sandbox.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/depth", Count = 1, Status = 503, Code = -1001 });
        var exported = new List<Metric>();
        var services = new ServiceCollection().AddMetrics();
        services.AddHttpClient("spot", c => c.BaseAddress = sandbox.BaseAddress).AddBinanceResilience(o =>
        {
            o.Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret");
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        await using var provider = services.BuildServiceProvider();

        // As an app wires it; the instruments come from the container's IMeterFactory, the SDK listens by name.
        using var meters = Sdk.CreateMeterProviderBuilder().AddBinanceErrorsInstrumentation().AddInMemoryExporter(exported).Build();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("spot");
        using var response = await client.GetAsync(new Uri("/api/v3/depth?symbol=BTCUSDT", UriKind.Relative));
        response.IsSuccessStatusCode.ShouldBeTrue();
        meters.ForceFlush().ShouldBeTrue();

        // One export (the flush); its metrics are read before the provider is disposed.
        var errors = exported.Single(m => m.Name == "binance.client.errors");
        errors.Unit.ShouldBe("{error}");
        errors.MetricType.ShouldBe(MetricType.LongSum);
        var tags = new Dictionary<string, object?>();
        foreach (ref readonly var point in errors.GetMetricPoints())
        {
            point.GetSumLong().ShouldBe(1);
            foreach (var tag in point.Tags)
            {
                tags[tag.Key] = tag.Value;
            }
        }

        tags["binance.venue"].ShouldBe("spot");
        tags["binance.error.code"].ShouldBe(-1001);
        tags["binance.error.kind"].ShouldBe("service_unavailable");
        tags["http.response.status_code"].ShouldBe(503);
        tags["url.template"].ShouldBe("/api/v3/depth");
        exported.ShouldContain(m => m.Name == "binance.client.retries" && m.Unit == "{retry}");
        exported.ShouldContain(m => m.Name == "binance.client.request_weight.used" && m.MetricType == MetricType.LongGauge);
        BinanceErrorsMeterProviderBuilderExtensions.MeterNames.ShouldBe([BinanceHttpMetrics.MeterName]);
    }

    [Fact]
    public async Task ARegistryWithoutAContainer_IsExportedToo_GaugesIncluded()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var exported = new List<Metric>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddBinanceErrorsInstrumentation().AddInMemoryExporter(exported).Build();
        using var registry = new BinanceLimitRegistry();
        using var client = BinanceHttpClientFactory.Create(sandbox.BaseAddress, new BinanceClientOptions { Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret") }, registry: registry);
        using var response = await client.GetAsync(new Uri("/api/v3/depth?symbol=BTCUSDT", UriKind.Relative));
        response.IsSuccessStatusCode.ShouldBeTrue();
        meters.ForceFlush().ShouldBeTrue();
        var weight = exported.Single(m => m.Name == "binance.client.request_weight.used");
        var values = new List<long>();
        foreach (ref readonly var point in weight.GetMetricPoints())
        {
            values.Add(point.GetGaugeLastValueLong());
        }

        values.ShouldNotBeEmpty();
        values.ShouldAllBe(v => v > 0);
    }

    [Fact]
    public void AddBinanceErrorsInstrumentation_RefusesNull() =>
        Should.Throw<ArgumentNullException>(() => BinanceErrorsMeterProviderBuilderExtensions.AddBinanceErrorsInstrumentation(null!));
}
