namespace BinanceErrors.Preflight.Tests;

/// <summary>The realistic multi-symbol exchangeInfo (data/exchange-info/spot-default.json), parsed and compiled once.</summary>
public static class ExchangeFixture
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "spot-default.json");

    public static ExchangeInfo Info { get; } = ExchangeInfo.Load(Path);

    public static ExchangeRules Rules { get; } = ExchangeRules.Compile(Info);

    /// <summary>A valid BTCUSDT LIMIT BUY that each test case breaks in exactly one way.</summary>
    public static OrderRequest ValidLimit { get; } = new()
    {
        Symbol = "BTCUSDT",
        Side = "BUY",
        Type = "LIMIT",
        TimeInForce = "GTC",
        Price = "30000.01",
        Quantity = "0.001",
    };

    /// <summary>Context under which <see cref="ValidLimit"/> passes every rule.</summary>
    public static MarketContext FullContext { get; } = new()
    {
        ReferencePrice = 30000m,
        LastPrice = 30000m,
        BestBid = 29999.99m,
        BestAsk = 30000.02m,
        OpenOrders = 0,
        OpenAlgoOrders = 0,
        OpenIcebergOrders = 0,
        ExchangeOpenOrders = 0,
        ExchangeOpenAlgoOrders = 0,
        ExchangeOpenIcebergOrders = 0,
        Position = 0m,
    };
}
