using System.Globalization;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// A futures venue in the demo: paths, the symbol and an order's size, the futures 503 texts ("Unknown error, …":
/// execution unknown; "Service Unavailable.": certainly not executed), and whether conditional orders go to an Algo
/// Service (USDⓈ-M over REST) or are not part of the run (COIN-M, whose sandbox does not hold them yet, and the
/// WebSocket API, which places them but cannot look them up by <c>clientAlgoId</c>).
/// </summary>
internal sealed class FuturesDemoVenue : DemoVenue
{
    private FuturesDemoVenue(string name, string title, BinanceVenue venue, SandboxVenue sandboxVenue, string prefix, string symbol, string quantity, bool hasAlgoService, string? webSocketPath)
    {
        Name = name;
        Title = title;
        Venue = venue;
        SandboxVenue = sandboxVenue;
        Prefix = prefix;
        Symbol = symbol;
        Quantity = quantity;
        HasAlgoService = hasAlgoService;
        WebSocketPath = webSocketPath;
    }

    /// <summary>USDⓈ-M: BTCUSDT, 0.01 BTC, LIMIT or MARKET orders and algo stops in turn (over REST).</summary>
    public static FuturesDemoVenue UsdM { get; } = new("usdm", "USDⓈ-M", BinanceVenue.UsdMFutures, SandboxVenue.UsdM, "/fapi", "BTCUSDT", "0.01", hasAlgoService: true, "/ws-fapi/v1");

    /// <summary>COIN-M: BTCUSD_PERP, 1 contract (100 USD), LIMIT or MARKET orders; the sandbox serves no <c>/ws-dapi/v1</c>.</summary>
    public static FuturesDemoVenue CoinM { get; } = new("coinm", "COIN-M", BinanceVenue.CoinMFutures, SandboxVenue.CoinM, "/dapi", "BTCUSD_PERP", "1", hasAlgoService: false, null);

    public override string Name { get; }

    public override string Title { get; }

    public override BinanceVenue Venue { get; }

    public override SandboxVenue SandboxVenue { get; }

    /// <summary>The REST prefix, <c>/fapi</c> or <c>/dapi</c>.</summary>
    public string Prefix { get; }

    public override string Symbol { get; }

    /// <summary>One order's quantity (BTC on USDⓈ-M; contracts of 100 USD on COIN-M).</summary>
    public string Quantity { get; }

    /// <summary>Whether the venue has an Algo Service (<c>{Prefix}/v1/algoOrder</c>).</summary>
    public bool HasAlgoService { get; }

    public override string? WebSocketPath { get; }

    public override bool ShowsOrderKind => true;

    /// <summary>The order endpoint.</summary>
    public string OrderPath => Prefix + "/v1/order";

    /// <summary>The Algo Service endpoint (USDⓈ-M).</summary>
    public string AlgoPath => Prefix + "/v1/algoOrder";

    protected override IReadOnlyList<DemoStep> RestScript { get; } =
    [
        new("none (baseline)", _ => []),
        new("503 \"Unknown error, …\" after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText }]),
        new("503 \"Service Unavailable.\" before the engine", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 503, Message = UnavailableText }]),
        new("connection dropped after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Abort = true }]),
        new("HTML 502 from the CDN after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 502 }]),
        new("HTTP 500 -1007 after the order executed", t => [DemoTargets.On(t.Place) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1007 }]),
        new("server clock moved 1 h ahead (-1021)", _ => [], ClockShiftMs: 3_600_000),
        new("HTTP 429 -1003 (rate limit)", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 429, Code = -1003 }]),
        new("HTTP 503 -1008 (overloaded, not executed)", t => [DemoTargets.On(t.Place) with { Count = 1, Status = 503, Code = -1008 }]),
        new("503 \"Unknown error, …\" on the cancel after it executed", t => [DemoTargets.On(t.Cancel) with { Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText }]),
        new("IP banned for 2 s (418)", t => [DemoTargets.On(t.Poll) with { Count = 1, BanSeconds = 2 }], Ban: true),
    ];

    /// <remarks>
    /// Codes, not the "Unknown error, …" text: a WebSocket error envelope always has a code, and the sandbox renders a
    /// text-only 5XX as -1001 with that text, which reads as "not executed" (-1001's own text is the documented
    /// "failure, resend" answer): an order answered so would be resent although it executed.
    /// </remarks>
    protected override (string Name, FaultRule Rule)[] ExecuteThenFail { get; } =
    [
        ("503 -1007 after the order executed", new FaultRule { Status = 503, Code = -1007 }),
        ("500 -1006 after the order executed", new FaultRule { Status = 500, Code = -1006 }),
    ];

    protected override (string Name, FaultRule Rule) FailBefore { get; } = ("503 \"Service Unavailable.\" before the engine", new FaultRule { Status = 503, Message = UnavailableText });

    protected override string CancelThenFailName => "503 -1007 on the cancel after it executed";

    /// <summary>Whether even orders are algo orders: USDⓈ-M over REST.</summary>
    public bool AlternatesAlgoOrders(DemoTransport transport) => HasAlgoService && transport == DemoTransport.Rest;

    /// <summary>Where LIMIT and MARKET orders are placed and cancelled.</summary>
    public (DemoRoute Place, DemoRoute Cancel) OrderRoutes(DemoTransport transport) => transport == DemoTransport.Rest
        ? (new DemoRoute("POST", OrderPath), new DemoRoute("DELETE", OrderPath))
        : (new DemoRoute(DemoRoute.WebSocket, "order.place"), new DemoRoute(DemoRoute.WebSocket, "order.cancel"));

    public override DemoOrder Order(string runId, int index, bool market, DemoTransport transport) => new FuturesDemoOrder(runId, index, market, this, transport);

    public override DemoRoute Poll(DemoTransport transport) =>
        transport == DemoTransport.Rest ? new DemoRoute("GET", Prefix + "/v1/ticker/price") : new DemoRoute(DemoRoute.WebSocket, "ticker.price");

    public override string Describe(int count, bool market, DemoTransport transport) => string.Create(
        CultureInfo.InvariantCulture,
        $"{count} {Title} orders on {Symbol} ({(market ? "MARKET" : "LIMIT")}{(AlternatesAlgoOrders(transport) ? " and algo STOP_MARKET, alternating" : string.Empty)})");

    public override string Intended(int count, bool market, DemoTransport transport) => AlternatesAlgoOrders(transport)
        ? string.Create(CultureInfo.InvariantCulture, $"{count} ({(count + 1) / 2} {(market ? "MARKET" : "LIMIT")}, {count / 2} algo)")
        : string.Create(CultureInfo.InvariantCulture, $"{count} {(market ? "MARKET" : "LIMIT")}");

    protected override IEnumerable<FaultRule> RestChaosRules(int seed)
    {
        var s = seed;
        foreach (var path in HasAlgoService ? new[] { OrderPath, AlgoPath } : [OrderPath])
        {
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Status = 503, Message = UnavailableText };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1007 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 502 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.02m, Seed = s++, Status = 503, Code = -1008 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.02m, Seed = s++, Status = 429, Code = -1003 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.01m, Seed = s++, ClockShiftMs = 120_000 };
            yield return new FaultRule { Method = "GET", Path = path, Probability = 0.05m, Seed = s++, Status = 503, Message = UnavailableText };
            yield return new FaultRule { Method = "DELETE", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText };
            yield return new FaultRule { Method = "DELETE", Path = path, Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        }

        yield return new FaultRule { Probability = 0.05m, Seed = s, DelayMs = 20 };
    }
}
