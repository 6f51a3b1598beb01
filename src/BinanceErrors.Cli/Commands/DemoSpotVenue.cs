using System.Globalization;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// Spot in the demo: BTCUSDT orders of 0.001 on <c>/api/v3/order</c> (or <c>order.place</c> on <c>/ws-api/v3</c>): a
/// LIMIT BUY resting below the market, then cancelled, or with <c>--order-type market</c> a MARKET order, BUY and
/// SELL in turn so the balances stay level over a long run.
/// </summary>
internal sealed class DemoSpotVenue : DemoVenue
{
    private const string OrderPath = "/api/v3/order";

    private DemoSpotVenue()
    {
    }

    public static DemoSpotVenue Instance { get; } = new();

    public override string Name => "spot";

    public override string Title => "Spot";

    public override BinanceVenue Venue => BinanceVenue.Spot;

    public override SandboxVenue SandboxVenue => SandboxVenue.Spot;

    public override string Symbol => "BTCUSDT";

    public override string? WebSocketPath => "/ws-api/v3";

    public override bool ShowsOrderKind => false;

    protected override IReadOnlyList<DemoStep> RestScript { get; } =
    [
        new("none (baseline)", _ => []),
        new("HTTP 503 -1007 after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 }]),
        new("HTTP 500 -1006 after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1006 }]),
        new("connection dropped after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Abort = true }]),
        new("HTML 502 from the CDN after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 502 }]),
        new("-1007 before the order reached the engine", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 500, Code = -1007 }]),
        new("server clock moved 1 h ahead (-1021)", _ => [], ClockShiftMs: 3_600_000),
        new("HTTP 429 -1003 (rate limit)", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 429, Code = -1003 }]),
        new("HTTP 503 -1008 (overloaded, not executed)", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 503, Code = -1008 }]),
        new("-1007 on the cancel after it executed", t => [DemoTargets.On(t.Cancel) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 }]),
        new("IP banned for 2 s (418)", t => [DemoTargets.On(t.Poll) with { Count = 1, BanSeconds = 2 }], Ban: true),
    ];

    protected override (string Name, FaultRule Rule)[] ExecuteThenFail { get; } =
    [
        ("503 -1007 after the order executed", new FaultRule { Status = 503, Code = -1007 }),
        ("500 -1006 after the order executed", new FaultRule { Status = 500, Code = -1006 }),
    ];

    protected override (string Name, FaultRule Rule) FailBefore { get; } = ("-1007 before the order reached the engine", new FaultRule { Status = 500, Code = -1007 });

    protected override string CancelThenFailName => "-1007 on the cancel after it executed";

    public override DemoOrder Order(string runId, int index, bool market, DemoTransport transport)
    {
        var clientId = $"demo-{runId}-{index}";
        var (place, cancel) = transport == DemoTransport.Rest
            ? (new DemoRoute("POST", OrderPath), new DemoRoute("DELETE", OrderPath))
            : (new DemoRoute(DemoRoute.WebSocket, "order.place"), new DemoRoute(DemoRoute.WebSocket, "order.cancel"));
        KeyValuePair<string, string>[] cancelParameters = [new("symbol", Symbol), new("origClientOrderId", clientId)];
        return market
            // Alternating sides keep the balances and the house book level over a long run.
            ? new DemoOrder(clientId, "MARKET", rests: false, place, [new("symbol", Symbol), new("side", index % 2 == 1 ? "BUY" : "SELL"), new("type", "MARKET"), new("quantity", "0.001"), new("newClientOrderId", clientId)], cancel, cancelParameters)
            // Resting below the market, so every order stays open until the demo cancels it.
            : new DemoOrder(clientId, "LIMIT", rests: true, place, [new("symbol", Symbol), new("side", "BUY"), new("type", "LIMIT"), new("timeInForce", "GTC"), new("price", (29000m - (index % 500 * 0.01m)).ToString("0.00", CultureInfo.InvariantCulture)), new("quantity", "0.001"), new("newClientOrderId", clientId)], cancel, cancelParameters);
    }

    public override DemoRoute Poll(DemoTransport transport) =>
        transport == DemoTransport.Rest ? new DemoRoute("GET", "/api/v3/ticker/price") : new DemoRoute(DemoRoute.WebSocket, "ticker.price");

    public override string Describe(int count, bool market, DemoTransport transport) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(market ? "MARKET" : "LIMIT")} orders on {Symbol}");

    public override string Intended(int count, bool market, DemoTransport transport) => count.ToString(CultureInfo.InvariantCulture);

    protected override IEnumerable<FaultRule> RestChaosRules(int seed)
    {
        var s = seed;
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.03m, Seed = s++, Status = 500, Code = -1007 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1006 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 502 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.02m, Seed = s++, Status = 503, Code = -1008 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.02m, Seed = s++, Status = 429, Code = -1003 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.01m, Seed = s++, ClockShiftMs = 120_000 };
        yield return new FaultRule { Method = "GET", Path = OrderPath, Probability = 0.05m, Seed = s++, Status = 503 };
        yield return new FaultRule { Method = "DELETE", Path = OrderPath, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 };
        yield return new FaultRule { Method = "DELETE", Path = OrderPath, Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        yield return new FaultRule { Probability = 0.05m, Seed = s++, DelayMs = 20 };

        // A ban now and then (about one order in 200): the demo must wait it out, as it says, and go on.
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.005m, Seed = s++, BanSeconds = 2 };

        // Orders that reach the engine after the client was told they failed: inside the 1 s recvWindow, and past it (dropped).
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.02m, Seed = s++, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 400, Status = 503, Code = -1007 };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.02m, Seed = s++, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 900, Abort = true };
        yield return new FaultRule { Method = "POST", Path = OrderPath, Probability = 0.01m, Seed = s, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 1500, Status = 502 };
    }
}
