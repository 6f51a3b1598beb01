using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Order lists through the real pipeline against the sandbox: a list placement whose outcome is unknown is looked up
/// by <c>listClientOrderId</c> at <c>GET /api/v3/orderList</c> and resent only under the rules that govern single
/// orders (spaced -2018 answers past the attempt's end + recvWindow + margin on the server clock); a list cancel
/// that times out is confirmed; a journal recovers a list after a crash.
/// </summary>
public sealed class OrderListReconciliationTests
{
    private const int RecvWindowMs = 5000;

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var kind in new[] { "oco", "oto" })
        {
            // Around the recvWindow boundary: well inside, just inside, just outside, well outside.
            foreach (var delay in new[] { 300, RecvWindowMs - 200, RecvWindowMs - 1, RecvWindowMs + 1, RecvWindowMs + 200, RecvWindowMs + 3000 })
            {
                foreach (var answer in new[] { "503 -1007", "abort" })
                {
                    data.Add(kind, delay, answer);
                }
            }
        }

        // An OTOCO's three legs, and the deprecated POST /api/v3/order/oco, are lists too.
        data.Add("otoco", RecvWindowMs - 1, "503 -1007");
        data.Add("otoco", RecvWindowMs + 1, "abort");
        data.Add("legacy-oco", RecvWindowMs - 200, "503 -1007");
        data.Add("legacy-oco", RecvWindowMs + 200, "abort");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LateListExecution_EndsExactlyOnce(string kind, int executeAfterMs, string answer)
    {
        await using var harness = await FakeClockHarness.StartAsync(o => o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs));
        harness.Server.AddFault(Fault(kind, executeAfterMs, answer));
        var id = $"late-{kind}-{executeAfterMs}-{answer.Replace(' ', '_')}";

        var response = await harness.DriveAsync(() => harness.Client.PostAsync(List(kind, id), null));
        harness.SettleLateExecutions();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var counts = harness.Server.DelayedExecutions;
        (counts.Executed + counts.Dropped).ShouldBe(1, "the held-back list either executed late or was dropped by the recvWindow check");
        Lists(harness, id).ShouldBe(1, $"exactly once ({counts})");
        harness.Server.AcceptedOrders().Count.ShouldBe(kind == "otoco" ? 3 : 2, "one list's legs, never two lists'");
        harness.Server.RequestCount("POST", PathOf(kind)).ShouldBe(counts.Executed == 1 ? 1 : 2, "resent only when the first one can never execute");
        harness.Server.RequestCount("GET", "/api/v3/orderList").ShouldBeGreaterThanOrEqualTo(1, "looked up as a list, by listClientOrderId");
        if (counts.Executed == 1)
        {
            response.Headers.GetValues(BinanceResilienceHandler.ReconciledHeader).ShouldHaveSingleItem().ShouldBe("found");
            (await response.Content.ReadAsStringAsync()).ShouldContain($"\"listClientOrderId\":\"{id}\"");
        }
    }

    [Fact]
    public async Task LateList_WithABudgetShorterThanTheWindow_IsUnknown_NeverResent()
    {
        await using var harness = await FakeClockHarness.StartAsync(o =>
        {
            o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs);
            o.MaxReconcileWait = TimeSpan.FromSeconds(2);
        });
        harness.Server.AddFault(Fault("oco", RecvWindowMs - 500, "503 -1007"));

        var error = await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(List("oco", "list-budget"), null)));
        harness.SettleLateExecutions();

        error.ClientOrderId.ShouldBe("list-budget");
        harness.Server.RequestCount("POST", "/api/v3/orderList/oco").ShouldBe(1, "absence could not be proven in time, so nothing was resent");
        Lists(harness, "list-budget").ShouldBe(1, "it executed after the caller was told the outcome is unknown, not that it failed");
    }

    [Fact]
    public async Task LateListCancel_IsConfirmedByTheListLookUp_NotAssumed()
    {
        await using var harness = await FakeClockHarness.StartAsync(o => o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs));
        (await harness.DriveAsync(() => harness.Client.PostAsync(List("oco", "cancel-me"), null))).EnsureSuccessStatusCode();
        harness.Server.AddFault(new FaultRule { Method = "DELETE", Path = "/api/v3/orderList", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 2000, Status = 503, Code = -1007 });

        var response = await harness.DriveAsync(() => harness.Client.DeleteAsync("/api/v3/orderList?symbol=BTCUSDT&listClientOrderId=cancel-me"));
        harness.SettleLateExecutions();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        harness.Server.AcceptedOrderLists().Single(l => l.ListClientOrderId == "cancel-me").ListOrderStatus.ShouldBe("ALL_DONE");
        harness.Server.AcceptedOrders().ShouldAllBe(o => o.Status == "CANCELED");
        harness.Server.RequestCount("GET", "/api/v3/orderList").ShouldBeGreaterThanOrEqualTo(1, "the cancel was confirmed by a look-up");
        var counts = harness.Server.DelayedExecutions;
        (counts.Executed + counts.Rejected + counts.Dropped).ShouldBe(1);
    }

    [Fact]
    public async Task CancelOfAnUnknownList_AfterANoAnswer_EndsWithTheExchangesNotFound()
    {
        await using var harness = await FakeClockHarness.StartAsync(o => o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs));
        harness.Server.AddFault(new FaultRule { Method = "DELETE", Path = "/api/v3/orderList", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 100, Abort = true });

        var response = await harness.DriveAsync(() => harness.Client.DeleteAsync("/api/v3/orderList?symbol=BTCUSDT&listClientOrderId=never-placed"));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"code":-2018,"msg":"Order list does not exist."}""");
    }

    [Theory]
    [InlineData(1000, BinanceRecoveryStatus.Placed)]
    [InlineData(RecvWindowMs + 1000, BinanceRecoveryStatus.NotPlaced)]
    public async Task JournalRecovery_SettlesAListLeftOpen(int executeAfterMs, BinanceRecoveryStatus expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"be-list-journal-{Guid.NewGuid():N}.db");
        try
        {
            await using (var harness = await FakeClockHarness.StartAsync(o =>
            {
                o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs);
                o.MaxRetries = 0;
                o.ReconcileAttempts = 1;
            }))
            {
                using var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path }, harness.Time);
                harness.Options.OrderJournal = journal;

                // Every look-up fails, so the pipeline gives up at once and the intent stays open, as after a crash.
                harness.Server.AddFault(Fault("oco", executeAfterMs, "abort"));
                harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/orderList", Count = 1, Status = 503 });
                await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(List("oco", "journaled"), null)));
                (await journal.ReadOpenAsync(CancellationToken.None)).ShouldHaveSingleItem().ClientOrderId.ShouldBe("journaled");

                var recovery = new BinanceOrderRecovery(harness.Client, journal, harness.Options);
                var result = (await harness.DriveAsync(() => recovery.RecoverAsync())).ShouldHaveSingleItem();
                harness.SettleLateExecutions();

                result.Status.ShouldBe(expected);
                (await journal.ReadOpenAsync(CancellationToken.None)).ShouldBeEmpty();
                var lists = harness.Server.AcceptedOrderLists();
                if (expected == BinanceRecoveryStatus.Placed)
                {
                    result.OrderId.ShouldBe(lists.ShouldHaveSingleItem().OrderListId, "the list's id");
                    result.OrderStatus.ShouldBe("EXECUTING");
                }
                else
                {
                    lists.ShouldBeEmpty("dropped past timestamp + recvWindow: recovery proved it was never placed");
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static int Lists(FakeClockHarness harness, string listClientOrderId) =>
        harness.Server.AcceptedOrderLists().Count(l => l.ListClientOrderId == listClientOrderId);

    private static string PathOf(string kind) => kind == "legacy-oco" ? "/api/v3/order/oco" : "/api/v3/orderList/" + kind;

    private static FaultRule Fault(string kind, int executeAfterMs, string answer) => answer == "abort"
        ? new FaultRule { Method = "POST", Path = PathOf(kind), Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Abort = true }
        : new FaultRule { Method = "POST", Path = PathOf(kind), Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Status = 503, Code = -1007 };

    // The OCO sells 0.001 BTC between 31000 (maker) and a 29000 stop; the OTO's working BUY crosses the book and fills
    // at once (the case a duplicate-id check cannot catch once the list is done), then its SELL works at 31000.
    private static string List(string kind, string listClientOrderId) => kind == "legacy-oco"
        ? $"/api/v3/order/oco?symbol=BTCUSDT&side=SELL&quantity=0.001&listClientOrderId={listClientOrderId}&price=31000&stopPrice=29000&stopLimitPrice=28900&stopLimitTimeInForce=GTC"
        : kind == "otoco"
        ? $"/api/v3/orderList/otoco?symbol=BTCUSDT&listClientOrderId={listClientOrderId}&workingType=LIMIT&workingSide=BUY&workingPrice=30010&workingQuantity=0.001&workingTimeInForce=GTC&pendingSide=SELL&pendingQuantity=0.001&pendingAboveType=LIMIT_MAKER&pendingAbovePrice=31000&pendingBelowType=STOP_LOSS&pendingBelowStopPrice=29000"
        : kind == "oco"
        ? $"/api/v3/orderList/oco?symbol=BTCUSDT&side=SELL&quantity=0.001&listClientOrderId={listClientOrderId}&aboveType=LIMIT_MAKER&abovePrice=31000&belowType=STOP_LOSS_LIMIT&belowPrice=28900&belowStopPrice=29000&belowTimeInForce=GTC"
        : $"/api/v3/orderList/oto?symbol=BTCUSDT&listClientOrderId={listClientOrderId}&workingType=LIMIT&workingSide=BUY&workingPrice=30010&workingQuantity=0.001&workingTimeInForce=GTC&pendingType=LIMIT_MAKER&pendingSide=SELL&pendingPrice=31000&pendingQuantity=0.001";
}
