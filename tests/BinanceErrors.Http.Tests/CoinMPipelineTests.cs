using System.Text.Json;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// The HTTP pipeline against the COIN-M sandbox end to end: late executions on <c>POST /dapi/v1/order</c> (the order
/// reaches the engine after the client was told it failed, or is dropped past timestamp + recvWindow, or refused by the
/// engine's own -4188 check) end with exactly one order or <see cref="BinanceExecutionUnknownException"/>; and a
/// crashed process's journal is recovered by looking COIN-M orders up at <c>GET /dapi/v1/order</c>, never by placing.
/// </summary>
public sealed class CoinMPipelineTests
{
    private const int RecvWindowMs = 5000;

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var type in new[] { "LIMIT", "MARKET" })
        {
            foreach (var delay in new[] { 300, RecvWindowMs - 1, RecvWindowMs + 1, RecvWindowMs + 3000 })
            {
                foreach (var answer in new[] { "503 -1007", "abort" })
                {
                    data.Add(type, delay, answer);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LateCoinMExecution_EndsExactlyOnce(string type, int executeAfterMs, string answer)
    {
        await using var harness = await StartAsync();
        harness.Server.AddFault(answer == "abort"
            ? new FaultRule { Method = "POST", Path = "/dapi/v1/order", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Abort = true }
            : new FaultRule { Method = "POST", Path = "/dapi/v1/order", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Status = 503, Code = -1007 });
        var id = $"late-{type}-{executeAfterMs}-{answer.Replace(' ', '_')}";

        var response = await harness.DriveAsync(() => harness.Client.PostAsync(Order(type, id), null));
        harness.SettleLateExecutions();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var counts = harness.Server.DelayedExecutions;
        (counts.Executed + counts.Dropped + counts.Rejected).ShouldBe(1, "the held-back request executed late, was dropped, or was refused by the engine's recvWindow check");
        harness.Orders(id).ShouldBe(1, $"exactly once ({counts})");
        harness.Server.RequestCount("POST", "/dapi/v1/order").ShouldBe(counts.Executed == 1 ? 1 : 2, "resent only when the first one can never execute");
        harness.Server.RequestCount("GET", "/dapi/v1/order").ShouldBeGreaterThanOrEqualTo(1, "looked up by its own client id");
    }

    [Fact]
    public async Task LateCoinM_WithABudgetShorterThanTheWindow_IsUnknown_NeverResent()
    {
        await using var harness = await StartAsync(o => o.MaxReconcileWait = TimeSpan.FromSeconds(2));
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/dapi/v1/order", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = RecvWindowMs - 500, Status = 503, Code = -1007 });

        var error = await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(Order("MARKET", "budget"), null)));
        harness.SettleLateExecutions();

        error.ClientOrderId.ShouldBe("budget");
        harness.Server.RequestCount("POST", "/dapi/v1/order").ShouldBe(1, "absence could not be proven in time, so nothing was resent");
        harness.Orders("budget").ShouldBe(1, "it executed after the caller was told the outcome is unknown, not that it failed");
    }

    [Fact]
    public async Task CrashedJournal_IsRecoveredByLookingCoinMOrdersUp()
    {
        var path = Path.Combine(Path.GetTempPath(), $"be-coinm-journal-{Guid.NewGuid():N}.db");
        try
        {
            using var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path });
            await using var harness = await StartAsync(o =>
            {
                o.RecvWindow = TimeSpan.FromSeconds(1);
                o.OrderJournal = journal;
            });
            using var placed = await harness.DriveAsync(() => harness.Client.PostAsync(Order("LIMIT", "rec-placed"), null));
            placed.EnsureSuccessStatusCode();
            var orderId = JsonDocument.Parse(await placed.Content.ReadAsStringAsync()).RootElement.GetProperty("orderId").GetInt64();

            // The process died after the order left but before its outcome was written, and after writing the next intent.
            await journal.RecordOutcomeAsync("rec-placed", BinanceOrderIntentState.Open, null, default);
            await journal.RecordIntentAsync(
                new BinanceOrderIntent
                {
                    ClientOrderId = "rec-absent",
                    Venue = BinanceVenue.CoinMFutures,
                    Symbol = "BTCUSD_PERP",
                    Method = "POST",
                    Path = "/dapi/v1/order",
                    Query = Order("LIMIT", "rec-absent").Split('?')[1],
                    RecvWindowMs = 1000,
                    CreatedAt = harness.Time.GetUtcNow(),
                },
                default);

            var recovered = await harness.DriveAsync(() => new BinanceOrderRecovery(harness.Client, journal, harness.Options).RecoverAsync());

            recovered.Select(r => (r.Intent.ClientOrderId, r.Status)).OrderBy(r => r.ClientOrderId).ShouldBe([("rec-absent", BinanceRecoveryStatus.NotPlaced), ("rec-placed", BinanceRecoveryStatus.Placed)]);
            var found = recovered.Single(r => r.Intent.ClientOrderId == "rec-placed");
            found.OrderId.ShouldBe(orderId);
            found.OrderStatus.ShouldBe("NEW");
            (await journal.ReadOpenAsync(default)).ShouldBeEmpty();
            harness.Server.RequestCount("POST", "/dapi/v1/order").ShouldBe(1, "recovery looks up, it never places");
            harness.Server.RequestCount("GET", "/dapi/v1/order").ShouldBeGreaterThanOrEqualTo(3, "one look-up found the placed one, the spaced ones proved the other absent");
            harness.Orders("rec-absent").ShouldBe(0);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static Task<FakeClockHarness> StartAsync(Action<BinanceClientOptions>? configure = null) => FakeClockHarness.StartAsync(
        o =>
        {
            o.Venue = BinanceVenue.CoinMFutures;
            o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs);
            configure?.Invoke(o);
        },
        SandboxVenue.CoinM);

    // Contracts of 100 USD on BTCUSD_PERP (mark 95000); the limit rests below the market.
    private static string Order(string type, string id) => type == "MARKET"
        ? $"/dapi/v1/order?symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=2&newClientOrderId={id}"
        : $"/dapi/v1/order?symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=2&newClientOrderId={id}";
}
