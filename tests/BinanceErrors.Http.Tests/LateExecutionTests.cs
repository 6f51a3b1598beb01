using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Orders that reach the matching engine after the client was told they failed (nautilus_trader#4215, catalyst#317):
/// the sandbox answers at once and executes the order later, or drops it once the server clock is past
/// timestamp + recvWindow. The pipeline must end with exactly one order every time, never two.
/// </summary>
public sealed class LateExecutionTests
{
    private const int RecvWindowMs = 5000;

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var type in new[] { "LIMIT", "MARKET" })
        {
            // Around the recvWindow boundary: well inside, just inside, just outside, well outside.
            foreach (var delay in new[] { 300, RecvWindowMs - 200, RecvWindowMs - 1, RecvWindowMs + 1, RecvWindowMs + 200, RecvWindowMs + 3000 })
            {
                foreach (var answer in new[] { "503 -1007", "abort", "html 502" })
                {
                    data.Add(type, delay, answer);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LateExecution_EndsExactlyOnce(string type, int executeAfterMs, string answer)
    {
        await using var harness = await FakeClockHarness.StartAsync(o => o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs));
        harness.Server.AddFault(Fault(executeAfterMs, answer) with { Count = 1 });
        var id = $"late-{type[0]}-{executeAfterMs}-{answer.Replace(' ', '_')}";

        var response = await harness.DriveAsync(() => harness.Client.PostAsync(Order(type, id), null));
        harness.SettleLateExecutions();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var counts = harness.Server.DelayedExecutions;
        (counts.Executed + counts.Dropped).ShouldBe(1, "the held-back order either executed late or was dropped by the recvWindow check");
        harness.Orders(id).ShouldBe(1, $"exactly once ({counts})");
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(counts.Executed == 1 ? 1 : 2, "resent only when the first one can never execute");
    }

    [Fact]
    public async Task LateExecution_WithABudgetShorterThanTheWindow_IsUnknown_NeverResent()
    {
        await using var harness = await FakeClockHarness.StartAsync(o =>
        {
            o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs);
            o.MaxReconcileWait = TimeSpan.FromSeconds(2);
        });
        harness.Server.AddFault(Fault(RecvWindowMs - 500, "503 -1007") with { Count = 1 });

        var error = await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(Order("MARKET", "budget"), null)));
        harness.SettleLateExecutions();

        error.ClientOrderId.ShouldBe("budget");
        harness.Server.RequestCount("POST", "/api/v3/order").ShouldBe(1, "absence could not be proven in time, so nothing was resent");
        harness.Orders("budget").ShouldBe(1, "it executed after the caller was told the outcome is unknown, not that it failed");
    }

    [Fact]
    public async Task LateCancel_IsConfirmedByLookUp_NotAssumed()
    {
        await using var harness = await FakeClockHarness.StartAsync(o => o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs));
        (await harness.DriveAsync(() => harness.Client.PostAsync(Order("LIMIT", "late-cancel"), null))).EnsureSuccessStatusCode();
        harness.Server.AddFault(new FaultRule { Method = "DELETE", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 2000, Status = 503, Code = -1007 });

        var response = await harness.DriveAsync(() => harness.Client.DeleteAsync("/api/v3/order?symbol=BTCUSDT&origClientOrderId=late-cancel"));
        harness.SettleLateExecutions();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var order = harness.Server.AcceptedOrders().Single(o => o.ClientOrderId == "late-cancel");
        order.Status.ShouldBe("CANCELED");
        harness.Server.RequestCount("GET", "/api/v3/order").ShouldBeGreaterThanOrEqualTo(1, "the cancel was confirmed by a look-up");
        var counts = harness.Server.DelayedExecutions;
        (counts.Executed + counts.Rejected + counts.Dropped).ShouldBe(1);
    }

    [Fact]
    public async Task DelayedExecution_IsInvisibleUntilItRuns_AndDroppedPastTheWindow()
    {
        await using var harness = await FakeClockHarness.StartAsync(o =>
        {
            o.RecvWindow = TimeSpan.FromMilliseconds(RecvWindowMs);
            o.MaxRetries = 0;
        });
        harness.Server.AddFault(Fault(1000, "503 -1007") with { Count = 1 });
        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/order", Count = 100, Status = 503 });
        harness.Options.ReconcileAttempts = 1;

        await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(Order("LIMIT", "invisible"), null)));
        harness.Orders("invisible").ShouldBe(0, "held back: no query can see it yet");
        harness.Time.Advance(TimeSpan.FromMilliseconds(1000));
        harness.Orders("invisible").ShouldBe(1);

        harness.Server.AddFault(Fault(RecvWindowMs + 1000, "abort") with { Count = 1 });
        await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.DriveAsync(() => harness.Client.PostAsync(Order("LIMIT", "dropped"), null)));
        harness.SettleLateExecutions();
        harness.Orders("dropped").ShouldBe(0, "past timestamp + recvWindow the exchange drops it");
        harness.Server.DelayedExecutions.Dropped.ShouldBe(1);
    }

    private static FaultRule Fault(int executeAfterMs, string answer) => answer switch
    {
        "abort" => new FaultRule { Method = "POST", Path = "/api/v3/order", Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Abort = true },
        "html 502" => new FaultRule { Method = "POST", Path = "/api/v3/order", Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Status = 502 },
        _ => new FaultRule { Method = "POST", Path = "/api/v3/order", Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = executeAfterMs, Status = 503, Code = -1007 },
    };

    private static string Order(string type, string clientOrderId) => type == "MARKET"
        ? $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newClientOrderId={clientOrderId}"
        : $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001&newClientOrderId={clientOrderId}";
}
