using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The venue dimension of <c>demo</c>: what one runner needs to know of Spot, USDⓈ-M or COIN-M — its orders and
/// where they go over each transport, its scripted and chaos faults (the venue's own error texts), and how the run
/// is described. The runner (<see cref="DemoRunner"/>) plans, places with exactly-once, counts and reports the same
/// way for every venue and transport.
/// </summary>
internal abstract class DemoVenue
{
    /// <summary>The futures 503 whose execution is unknown.</summary>
    protected const string UnknownText = "Unknown error, please check your request or try again later.";

    /// <summary>The futures 503 that certainly did not execute.</summary>
    protected const string UnavailableText = "Service Unavailable.";

    /// <summary>Every venue the demo trades, by its <c>--venue</c> name.</summary>
    public static IReadOnlyList<DemoVenue> All { get; } = [DemoSpotVenue.Instance, FuturesDemoVenue.UsdM, FuturesDemoVenue.CoinM];

    /// <summary>The <c>--venue</c> name: <c>spot</c>, <c>usdm</c> or <c>coinm</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The venue as the output names it.</summary>
    public abstract string Title { get; }

    /// <summary>The catalog venue the pipeline and classifier use.</summary>
    public abstract BinanceVenue Venue { get; }

    /// <summary>The sandbox venue an in-process run starts.</summary>
    public abstract SandboxVenue SandboxVenue { get; }

    /// <summary>The symbol traded.</summary>
    public abstract string Symbol { get; }

    /// <summary>The WebSocket API's path on the sandbox (<c>/ws-api/v3</c>, <c>/ws-fapi/v1</c>), or <see langword="null"/> when it serves none for the venue.</summary>
    public abstract string? WebSocketPath { get; }

    /// <summary>Whether the table has an Order column (the futures runs mix order kinds).</summary>
    public abstract bool ShowsOrderKind { get; }

    /// <summary>The venue by its <c>--venue</c> name.</summary>
    public static DemoVenue For(string name) => All.Single(v => v.Name == name);

    /// <summary>Order <paramref name="index"/> of run <paramref name="runId"/>.</summary>
    public abstract DemoOrder Order(string runId, int index, bool market, DemoTransport transport);

    /// <summary>The read a scripted ban is tripped by (a ticker, as a polling loop reads it).</summary>
    public abstract DemoRoute Poll(DemoTransport transport);

    /// <summary>The routes an order's faults are injected on.</summary>
    public DemoTargets Targets(DemoOrder order, DemoTransport transport) => new(
        order.Place,
        order.Cancel,
        order.Place.IsWebSocket ? new DemoRoute(DemoRoute.WebSocket, "order.status") : order.Place with { Method = "GET" },
        Poll(transport));

    /// <summary>The scripted faults, one per order in a cycle (the first is none).</summary>
    public IReadOnlyList<DemoStep> Script(DemoTransport transport) => transport == DemoTransport.Rest ? RestScript : WebSocketScript();

    /// <summary>The chaos faults, each at a few percent, seeded.</summary>
    public IEnumerable<FaultRule> ChaosRules(int seed, DemoTransport transport) => transport == DemoTransport.Rest ? RestChaosRules(seed) : WebSocketChaosRules(seed);

    /// <summary>The run's orders in words for the header, e.g. <c>12 LIMIT orders on BTCUSDT</c>.</summary>
    public abstract string Describe(int count, bool market, DemoTransport transport);

    /// <summary>The summary's "Orders intended" value for a run that was not interrupted.</summary>
    public abstract string Intended(int count, bool market, DemoTransport transport);

    /// <summary>The REST script (each venue's own, as it always was).</summary>
    protected abstract IReadOnlyList<DemoStep> RestScript { get; }

    /// <summary>The REST chaos rules (each venue's own, as they always were: the seeds follow their order).</summary>
    protected abstract IEnumerable<FaultRule> RestChaosRules(int seed);

    /// <summary>The two 5XX answers sent after an order executed, in the venue's words (no route, timing or count yet).</summary>
    protected abstract (string Name, FaultRule Rule)[] ExecuteThenFail { get; }

    /// <summary>The 5XX answer sent before the order reached the engine (certainly not executed).</summary>
    protected abstract (string Name, FaultRule Rule) FailBefore { get; }

    /// <summary>The 5XX answer on a cancel that executed.</summary>
    protected abstract string CancelThenFailName { get; }

    /// <summary>
    /// The WebSocket script, written once for every venue from its texts: the answer lost after execution (5XX, a
    /// dropped connection, a late execution), refusals before execution, the server clock, 429, a 418 ban that
    /// closes the socket, and <c>serverShutdown</c> (the connection replaced while the order goes out).
    /// </summary>
    private DemoStep[] WebSocketScript()
    {
        var (late, failBefore) = (ExecuteThenFail[0].Rule, FailBefore);
        return
        [
            new("none (baseline)", _ => []),
            new(ExecuteThenFail[0].Name, t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = ExecuteThenFail[0].Rule.Status, Code = ExecuteThenFail[0].Rule.Code, Message = ExecuteThenFail[0].Rule.Message }]),
            new(ExecuteThenFail[1].Name, t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = ExecuteThenFail[1].Rule.Status, Code = ExecuteThenFail[1].Rule.Code, Message = ExecuteThenFail[1].Rule.Message }]),
            new("connection dropped after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Abort = true }]),
            new(failBefore.Name, t => [DemoTargets.On(t.Place) with { Count = 1, Status = failBefore.Rule.Status, Code = failBefore.Rule.Code, Message = failBefore.Rule.Message }]),
            new("late execution: answered 5XX, executed 400 ms later", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 400, Status = late.Status, Code = late.Code, Message = late.Message }]),
            new("server clock moved 1 h ahead (-1021)", _ => [], ClockShiftMs: 3_600_000),
            new("429 -1003 (rate limit)", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 429, Code = -1003 }]),
            new("503 -1008 (overloaded, not executed)", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 503, Code = -1008 }]),
            new(CancelThenFailName, t => [DemoTargets.On(t.Cancel) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = late.Status, Code = late.Code, Message = late.Message }]),
            new("serverShutdown: the connection is replaced", _ => [], ServerShutdown: true),
            // The order itself is answered 418 and its socket closed; the exchange's clock runs an hour ahead by now (the
            // step above), so the wait must come from the frame's serverTime and retryAfter, not from our clock.
            new("IP banned for 2 s (418), the socket closed", t => [DemoTargets.On(t.Place) with { Count = 1, BanSeconds = 2 }]),
        ];
    }

    /// <summary>The WebSocket chaos rules: every fault kind of the script at a few percent each, seeded.</summary>
    private IEnumerable<FaultRule> WebSocketChaosRules(int seed)
    {
        var s = seed;
        var place = new DemoRoute(DemoRoute.WebSocket, "order.place");
        var (cancel, lookUp) = (place with { Path = "order.cancel" }, place with { Path = "order.status" });
        var (first, second, before) = (ExecuteThenFail[0].Rule, ExecuteThenFail[1].Rule, FailBefore.Rule);
        yield return DemoTargets.On(place) with { Probability = 0.03m, Seed = s++, Status = before.Status, Code = before.Code, Message = before.Message };
        yield return DemoTargets.On(place) with { Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = first.Status, Code = first.Code, Message = first.Message };
        yield return DemoTargets.On(place) with { Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = second.Status, Code = second.Code, Message = second.Message };
        yield return DemoTargets.On(place) with { Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        yield return DemoTargets.On(place) with { Probability = 0.02m, Seed = s++, Status = 503, Code = -1008 };
        yield return DemoTargets.On(place) with { Probability = 0.02m, Seed = s++, Status = 429, Code = -1003 };
        yield return DemoTargets.On(place) with { Probability = 0.01m, Seed = s++, ClockShiftMs = 120_000 };
        yield return DemoTargets.On(lookUp) with { Probability = 0.05m, Seed = s++, Status = 503, Code = before.Code, Message = before.Message };
        yield return DemoTargets.On(cancel) with { Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = first.Status, Code = first.Code, Message = first.Message };
        yield return DemoTargets.On(cancel) with { Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        yield return new FaultRule { Method = DemoRoute.WebSocket, Probability = 0.05m, Seed = s++, DelayMs = 20 };

        // A ban now and then (about one order in 200): 418, the socket closed; the demo waits it out and goes on.
        yield return DemoTargets.On(place) with { Probability = 0.005m, Seed = s++, BanSeconds = 2 };

        // Orders that reach the engine after the client was told they failed: inside the 1 s recvWindow, and past it (dropped).
        yield return DemoTargets.On(place) with { Probability = 0.02m, Seed = s++, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 400, Status = first.Status, Code = first.Code, Message = first.Message };
        yield return DemoTargets.On(place) with { Probability = 0.02m, Seed = s++, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 900, Abort = true };
        yield return DemoTargets.On(place) with { Probability = 0.01m, Seed = s, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 1500, Status = second.Status, Code = second.Code, Message = second.Message };
    }
}
