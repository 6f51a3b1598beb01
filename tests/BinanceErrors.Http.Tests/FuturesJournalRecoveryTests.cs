using System.Text.Json;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Recovery of a USDⓈ-M journal after a crash: an algo order is looked up where it lives, on the Algo Service by
/// <c>clientAlgoId</c> (<c>GET /fapi/v1/algoOrder</c>), not as an order by <c>origClientOrderId</c> (which answers -2013
/// for every algo order and would have it placed twice).
/// </summary>
public sealed class FuturesJournalRecoveryTests
{
    [Fact]
    public async Task AlgoIntents_AreSettledThroughTheAlgoService_PlacedWithItsAlgoId_OrProvenAbsent()
    {
        var path = Path.Combine(Path.GetTempPath(), $"be-usdm-journal-{Guid.NewGuid():N}.db");
        try
        {
            using var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path });
            await using var harness = await FakeClockHarness.StartAsync(
                o =>
                {
                    o.Venue = BinanceVenue.UsdMFutures;
                    o.RecvWindow = TimeSpan.FromSeconds(1);
                    o.OrderJournal = journal;
                },
                SandboxVenue.UsdM);
            using var placed = await harness.DriveAsync(() => harness.Client.PostAsync(Algo("rec-placed"), null));
            placed.EnsureSuccessStatusCode();
            var algoId = JsonDocument.Parse(await placed.Content.ReadAsStringAsync()).RootElement.GetProperty("algoId").GetInt64();

            // The process died after the order left but before its outcome was written, and after writing the next intent.
            await journal.RecordOutcomeAsync("rec-placed", BinanceOrderIntentState.Open, null, default);
            await journal.RecordIntentAsync(
                new BinanceOrderIntent
                {
                    ClientOrderId = "rec-absent",
                    Venue = BinanceVenue.UsdMFutures,
                    Symbol = "BTCUSDT",
                    Method = "POST",
                    Path = "/fapi/v1/algoOrder",
                    Query = Algo("rec-absent").Split('?')[1],
                    RecvWindowMs = 1000,
                    CreatedAt = harness.Time.GetUtcNow(),
                },
                default);

            var recovered = await harness.DriveAsync(() => new BinanceOrderRecovery(harness.Client, journal, harness.Options).RecoverAsync());

            // Both intents were written at the same fake instant, so the order among them is not defined: compare by id.
            recovered.Select(r => (r.Intent.ClientOrderId, r.Status)).OrderBy(r => r.ClientOrderId).ShouldBe([("rec-absent", BinanceRecoveryStatus.NotPlaced), ("rec-placed", BinanceRecoveryStatus.Placed)]);
            var found = recovered.Single(r => r.Intent.ClientOrderId == "rec-placed");
            found.OrderId.ShouldBe(algoId);
            found.OrderStatus.ShouldBe("NEW");
            (await journal.FindAsync("rec-placed", default))!.OrderId.ShouldBe(algoId);
            (await journal.ReadOpenAsync(default)).ShouldBeEmpty();
            harness.Server.RequestCount("POST", "/fapi/v1/algoOrder").ShouldBe(1, "recovery looks up, it never places");
            harness.Server.RequestCount("GET", "/fapi/v1/algoOrder").ShouldBeGreaterThanOrEqualTo(3, "one look-up found the placed one, the spaced ones proved the other absent");
            harness.Server.RequestCount("GET", "/fapi/v1/order").ShouldBe(0);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    // A stop above the market (mark 95000): it waits for its trigger.
    private static string Algo(string id) =>
        $"/fapi/v1/algoOrder?algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY&type=STOP_MARKET&triggerPrice=96000&quantity=0.01&clientAlgoId={id}";
}
