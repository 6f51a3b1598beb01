using System.Text.Json.Nodes;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.CoinM;

/// <summary>The built-in COIN-M exchangeInfo (data/exchange-info/coinm-default.json), parsed and compiled once.</summary>
public static class CoinMExchangeFixture
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "coinm-default.json");

    public static string DocSamplePath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "coinm-exchangeinfo-doc-sample.json");

    public static FuturesExchangeInfo Info { get; } = FuturesExchangeInfo.Load(Path);

    public static FuturesExchangeRules Rules { get; } = FuturesExchangeRules.Compile(Info);

    /// <summary>
    /// The built-in document with BTCUSD_PERP's quantities in tenths of a contract (LOT_SIZE and MARKET_LOT_SIZE 0.1,
    /// quantityPrecision 1): the only way an order below one contract passes LOT_SIZE and meets -4178.
    /// </summary>
    public static FuturesExchangeRules RulesWithFractionalContracts { get; } = FractionalContracts();

    /// <summary>
    /// The built-in document with the quarterly BTCUSD_261225 (delivery 2026-12-25 08:00 UTC) under a contract type this
    /// version does not know, as a new type would arrive: its deliveryDate still says when it stops trading.
    /// </summary>
    public static FuturesExchangeRules RulesWithUnknownContractType { get; } = WithSymbol("BTCUSD_261225", s => s["contractType"] = "CURRENT_HALF_YEAR");

    /// <summary>A valid BTCUSD_PERP LIMIT BUY of one contract (100 USD) that each case breaks in one way.</summary>
    public static FuturesOrderRequest ValidLimit { get; } = new()
    {
        Symbol = "BTCUSD_PERP",
        Side = "BUY",
        Type = "LIMIT",
        TimeInForce = "GTC",
        Price = "60000.1",
        Quantity = "1",
    };

    /// <summary>Context under which the valid orders pass every rule: One-way Mode, mark and last 60000, 2026-12-06.</summary>
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
        Now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero),
    };

    private static FuturesExchangeRules FractionalContracts() => WithSymbol("BTCUSD_PERP", btc =>
    {
        btc["quantityPrecision"] = 1;
        foreach (var filter in btc["filters"]!.AsArray())
        {
            if ((string?)filter!["filterType"] is "LOT_SIZE" or "MARKET_LOT_SIZE")
            {
                filter["minQty"] = "0.1";
                filter["stepSize"] = "0.1";
            }
        }
    });

    private static FuturesExchangeRules WithSymbol(string symbol, Action<JsonNode> change)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path))!;
        change(document["symbols"]!.AsArray().Single(s => (string?)s!["symbol"] == symbol)!);
        return FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse(document.ToJsonString()));
    }
}
