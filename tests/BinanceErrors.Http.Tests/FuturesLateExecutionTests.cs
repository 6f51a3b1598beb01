using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Late executions on USDⓈ-M: an order (<c>POST /fapi/v1/order</c>, by <c>newClientOrderId</c>) or an algo order
/// (<c>POST /fapi/v1/algoOrder</c>, by <c>clientAlgoId</c>) that reaches the engine after the client was told it failed,
/// or is dropped past timestamp + recvWindow (or refused by the engine's own -5028 check). The pipeline must end with
/// exactly one every time, or <see cref="BinanceExecutionUnknownException"/>, never two.
/// </summary>
public sealed class FuturesLateExecutionTests
{
    private const int RecvWindowMs = 5000;

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var type in new[] { "LIMIT", "MARKET", "ALGO" })
        {
            // Around the recvWindow boundary: well inside, just inside, just outside, well outside.
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
    public async Task LateFuturesExecution_EndsExactlyOnce(string type, int executeAfterMs, string answer)
    {
        await using var harness = await StartAsync();
        harness.Server.AddFault(Fault(type, executeAfterMs, answer));
        var id = $"late-{type}-{executeAfterMs}-{answer.Replace(' ', '_')}";

        var response = await harness.DriveAsync(() => harness.Client.PostAsync(Order(type, id), null));
        harness.SettleLateExecutions();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var counts = harness.Server.DelayedExecutions;
        (counts.Executed + counts.Dropped + counts.Rejected).ShouldBe(1, "the held-back request executed late, was dropped, or was refused by the engine's recvWindow check");
        harness.Orders(id).ShouldBe(1, $"exactly once ({counts})");
        harness.Server.RequestCount("POST", PathOf(type)).ShouldBe(counts.Executed == 1 ? 1 : 2, "resent only when the first one can never execute");
        harness.Server.RequestCount("GET", PathOf(type)).ShouldBeGreaterThanOrEqualTo(1, "looked up by its own client id");
    }

    [Theory]
    [InlineData("MARKET")]
    [InlineData("ALGO")]
    public async Task LateFutures_WithABudgetShorterThanTheWindow_IsUnknown_NeverResent(string type)
    {
        await using var harness = await StartAsync(o => o.MaxReconcileWait = TimeSpan.FromSeconds(2));
        harness.Server.AddFault(Fault(type, RecvWindowMs - 500, "503 -1007"));

        var error = await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(Order(type, "budget"), null)));
        harness.SettleLateExecutions();

        error.ClientOrderId.ShouldBe("budget");
        harness.Server.RequestCount("POST", PathOf(type)).ShouldBe(1, "absence could not be proven in time, so nothing was resent");
        harness.Orders("budget").ShouldBe(1, "it executed after the caller was told the outcome is unknown, not that it failed");
    }

    private static Task<FakeClockHarness> StartAsync(Action<BinanceClientOptions>? configure = null) => FakeClockHarness.StartAsync(
        o =>
        {
            o.Venue = BinanceVenue.UsdMFutures;
            o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs);
            configure?.Invoke(o);
        },
        SandboxVenue.UsdM);

    private static string PathOf(string type) => type == "ALGO" ? "/fapi/v1/algoOrder" : "/fapi/v1/order";

    private static FaultRule Fault(string type, int executeAfterMs, string answer) => answer == "abort"
        ? new FaultRule { Method = "POST", Path = PathOf(type), Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Abort = true }
        : new FaultRule { Method = "POST", Path = PathOf(type), Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Status = 503, Code = -1007 };

    // Notional above USDⓈ-M's 100 minimum; the algo order is a stop below the market (mark 95000).
    private static string Order(string type, string id) => type switch
    {
        "ALGO" => $"/fapi/v1/algoOrder?algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=90000&quantity=0.01&clientAlgoId={id}",
        "MARKET" => $"/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&newClientOrderId={id}",
        _ => $"/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01&newClientOrderId={id}",
    };
}
