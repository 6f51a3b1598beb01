using System.Text.Json.Nodes;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>The built-in USDⓈ-M exchangeInfo (data/exchange-info/usdm-default.json), parsed and compiled once.</summary>
public static class FuturesExchangeFixture
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "usdm-default.json");

    public static string DocSamplePath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "usdm-exchangeinfo-doc-sample.json");

    public static FuturesExchangeInfo Info { get; } = FuturesExchangeInfo.Load(Path);

    public static FuturesExchangeRules Rules { get; } = FuturesExchangeRules.Compile(Info);

    /// <summary>
    /// The built-in document as exchangeInfo was before 2025-12-29: every symbol carries MAX_NUM_ALGO_ORDERS 10, so the
    /// per-symbol count applies to conditional orders (whether or not the built-in file still has the filter).
    /// </summary>
    public static FuturesExchangeRules RulesWithAlgoFilter { get; } = WithAlgoFilter(10);

    /// <summary>The built-in document as served since 2025-12-29: no MAX_NUM_ALGO_ORDERS; the account-wide limit applies.</summary>
    public static FuturesExchangeRules RulesWithoutAlgoFilter { get; } = WithAlgoFilter(null);

    /// <summary>A valid BTCUSDT LIMIT BUY (notional 0.002 × 60000 = 120 ≥ 100) that each case breaks in one way.</summary>
    public static FuturesOrderRequest ValidLimit { get; } = new()
    {
        Symbol = "BTCUSDT",
        Side = "BUY",
        Type = "LIMIT",
        TimeInForce = "GTC",
        Price = "60000.10",
        Quantity = "0.002",
    };

    /// <summary>A valid BTCUSDT STOP_MARKET SELL on the Algo Service.</summary>
    public static FuturesAlgoOrderRequest ValidAlgo { get; } = new()
    {
        AlgoType = "CONDITIONAL",
        Symbol = "BTCUSDT",
        Side = "SELL",
        Type = "STOP_MARKET",
        TriggerPrice = "58000",
        Quantity = "0.002",
        ClientAlgoId = "sl-btc-1",
    };

    /// <summary>Context under which the valid orders pass every rule: One-way Mode, mark 60000.</summary>
    public static FuturesMarketContext FullContext { get; } = new()
    {
        MarkPrice = 60000m,
        LastPrice = 60000m,
        BestBid = 59999.9m,
        BestAsk = 60000.1m,
        DualSidePosition = false,
        OpenOrders = 0,
        OpenAlgoOrders = 0,
        AccountOpenAlgoOrders = 0,
        Now = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>The built-in document with every symbol's MAX_NUM_ALGO_ORDERS set to <paramref name="limit"/>, or removed.</summary>
    private static FuturesExchangeRules WithAlgoFilter(int? limit)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path))!;
        foreach (var symbol in document["symbols"]!.AsArray())
        {
            var filters = symbol!["filters"]!.AsArray();
            foreach (var filter in filters.Where(f => (string?)f!["filterType"] == "MAX_NUM_ALGO_ORDERS").ToList())
            {
                filters.Remove(filter);
            }

            if (limit is { } value)
            {
                filters.Add(new JsonObject { ["filterType"] = "MAX_NUM_ALGO_ORDERS", ["limit"] = value });
            }
        }

        return FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse(document.ToJsonString()));
    }
}
