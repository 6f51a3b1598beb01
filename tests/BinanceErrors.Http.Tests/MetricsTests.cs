using System.Diagnostics.Metrics;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace BinanceErrors.Http.Tests;

/// <summary>The instruments alert rules rest on: repeated rejections of the same request, and the ban's end.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task SameRejectedOrderSentAgain_IsCountedAsRepeated_ButNotAnotherOrder_NorAfterTheWindow()
    {
        await using var harness = await Harness.StartAsync();
        using var recorded = new Recorded(harness.Registry.Metrics.Meter);

        // Off the 0.01 tick: the exchange answers -1013 every time, whatever the client order id.
        for (var i = 0; i < 3; i++)
        {
            (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("off-tick-" + i, price: "29000.001"))).Status.ShouldBe(400);
        }

        var repeated = recorded.Longs("binance.client.rejections.repeated");
        repeated.Count.ShouldBe(2, "the second and third sends repeat the first");
        repeated[0].Tags.ShouldBe(new Dictionary<string, object?>
        {
            ["binance.venue"] = "spot",
            ["binance.error.code"] = -1013,
            ["error.type"] = "INVALID_MESSAGE",
            ["http.request.method"] = "POST",
            ["url.template"] = "/api/v3/order",
        }, ignoreOrder: true);

        // Another price is another request; and after the window the same one counts as new again.
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("off-tick-other", price: "29000.002"))).Status.ShouldBe(400);
        harness.Time.Advance(BinanceHttpMetrics.RepeatedRejectionWindow + TimeSpan.FromSeconds(1));
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("off-tick-late", price: "29000.001"))).Status.ShouldBe(400);
        recorded.Longs("binance.client.rejections.repeated").Count.ShouldBe(2);
        recorded.Longs("binance.client.errors").Count.ShouldBe(5);
    }

    [Fact]
    public async Task Ban_IsCounted_AndItsEndRecordedInUnixSeconds()
    {
        await using var harness = await Harness.StartAsync();
        using var recorded = new Recorded(harness.Registry.Metrics.Meter);
        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/ticker/price", Count = 1, BanSeconds = 120 });
        var now = harness.Time.GetUtcNow();

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/ticker/price?symbol=BTCUSDT")).Status.ShouldBe(418);

        recorded.Longs("binance.client.bans").Single().Tags["binance.venue"].ShouldBe("spot");
        var until = recorded.Doubles("binance.client.ban.until").Single();
        until.Value.ShouldBe(now.AddSeconds(120).ToUnixTimeMilliseconds() / 1000d, tolerance: 1);
        recorded.Longs("binance.client.errors").Single().Tags["http.response.status_code"].ShouldBe(418);
    }

    [Fact]
    public async Task Journal_ReportsOpenIntentsAndTheOldestAge_PerVenue_AcrossAReopen()
    {
        var path = Path.Combine(Path.GetTempPath(), $"journal-metrics-{Guid.NewGuid():N}.db");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        try
        {
            using (var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path }, time, meters))
            {
                using var recorded = new Recorded(meter => meter.Scope == meters);
                await journal.RecordIntentAsync(Intent("a", BinanceVenue.Spot, time.GetUtcNow()), default);
                time.Advance(TimeSpan.FromSeconds(30));
                await journal.RecordIntentAsync(Intent("b", BinanceVenue.Spot, time.GetUtcNow()), default);
                await journal.RecordIntentAsync(Intent("c", BinanceVenue.UsdMFutures, time.GetUtcNow()), default);
                await journal.RecordOutcomeAsync("c", BinanceOrderIntentState.Placed, 7, default);
                time.Advance(TimeSpan.FromSeconds(10));
                recorded.Observe();
                var open = recorded.Doubles("binance.client.journal.open_intents").ShouldHaveSingleItem();
                open.Value.ShouldBe(2);
                open.Tags.ShouldBe(new Dictionary<string, object?> { ["binance.venue"] = "spot" });
                recorded.Doubles("binance.client.journal.oldest_open_intent.age").ShouldHaveSingleItem().Value.ShouldBe(40);
            }

            // A restarted process sees what the crashed one left open.
            time.Advance(TimeSpan.FromMinutes(5));
            using (var reopened = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path }, time, meters))
            {
                using var recorded = new Recorded(meter => meter.Scope == meters);
                recorded.Observe();
                recorded.Doubles("binance.client.journal.open_intents").ShouldHaveSingleItem().Value.ShouldBe(2);
                recorded.Doubles("binance.client.journal.oldest_open_intent.age").ShouldHaveSingleItem().Value.ShouldBe(340);
                await reopened.RecordOutcomeAsync("a", BinanceOrderIntentState.NotPlaced, null, default);
                await reopened.RecordOutcomeAsync("b", BinanceOrderIntentState.Placed, 8, default);
                recorded.Observe();
                recorded.Doubles("binance.client.journal.open_intents").Count.ShouldBe(1, "nothing open: no measurement");
            }
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static BinanceOrderIntent Intent(string id, BinanceVenue venue, DateTimeOffset at) => new()
    {
        ClientOrderId = id,
        Venue = venue,
        Symbol = "BTCUSDT",
        Method = "POST",
        Path = venue == BinanceVenue.Spot ? "/api/v3/order" : "/fapi/v1/order",
        Query = "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newClientOrderId=" + id,
        RecvWindowMs = 5000,
        CreatedAt = at,
    };

    [Fact]
    public void TagValues_AreLowerCaseWireNames()
    {
        BinanceTelemetryTags.VenueValue(BinanceVenue.UsdMFutures).ShouldBe("usdm");
        BinanceTelemetryTags.VenueValue(BinanceVenue.BinanceUs).ShouldBe("us");
        BinanceTelemetryTags.KindValue(BinanceErrorKind.IpBanned).ShouldBe("ip_banned");
        BinanceTelemetryTags.ActionValue(RecoveryAction.ResyncClockThenRetry).ShouldBe("resync_clock_then_retry");
        BinanceTelemetryTags.TryParseKind("clock_skew", out var kind).ShouldBeTrue();
        kind.ShouldBe(BinanceErrorKind.ClockSkew);
        BinanceTelemetryTags.TryParseVenue("coinm", out var venue).ShouldBeTrue();
        venue.ShouldBe(BinanceVenue.CoinMFutures);
        BinanceTelemetryTags.TryParseVenue("Spot", out _).ShouldBeFalse();
    }

    /// <summary>Every measurement of one meter.</summary>
    private sealed class Recorded : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Name, double Value, Dictionary<string, object?> Tags)> _all = [];

        public Recorded(Meter meter)
            : this(m => ReferenceEquals(m, meter))
        {
        }

        public Recorded(Func<Meter, bool> which)
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (which(instrument.Meter) && instrument.Name.StartsWith("binance.client.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
            _listener.Start();
        }

        public List<(double Value, Dictionary<string, object?> Tags)> Longs(string name) => Doubles(name);

        public List<(double Value, Dictionary<string, object?> Tags)> Doubles(string name)
        {
            lock (_all)
            {
                return _all.Where(m => m.Name == name).Select(m => (m.Value, m.Tags)).ToList();
            }
        }

        public void Observe() => _listener.RecordObservableInstruments();

        public void Dispose() => _listener.Dispose();

        private void Add(string name, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            lock (_all)
            {
                _all.Add((name, value, copy));
            }
        }
    }
}
