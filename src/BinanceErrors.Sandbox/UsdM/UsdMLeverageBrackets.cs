using BinanceErrors.Sandbox.Futures.Engine;

namespace BinanceErrors.Sandbox.UsdM;

/// <summary>
/// The USDⓈ-M sandbox's leverage brackets: BTCUSDT and ETHUSDT (and their quarterlies) use the large-cap table (125×
/// up to 50,000 USDT of notional, down to 1× up to 1.8 billion), every other symbol the altcoin table (75× up to 5,000,
/// down to 1× up to 10 million). The shapes and the <c>cum</c> amounts follow the exchange's tables for such contracts
/// (each cum = the previous cum + floor × the change in maintenance ratio).
/// </summary>
internal static class UsdMLeverageBrackets
{
    private static readonly FuturesLeverageBracket[] LargeCap =
    [
        new(1, 125, 0m, 50_000m, 0.004m, 0m),
        new(2, 100, 50_000m, 600_000m, 0.005m, 50m),
        new(3, 75, 600_000m, 3_000_000m, 0.0065m, 950m),
        new(4, 50, 3_000_000m, 12_000_000m, 0.01m, 11_450m),
        new(5, 25, 12_000_000m, 70_000_000m, 0.02m, 131_450m),
        new(6, 20, 70_000_000m, 100_000_000m, 0.025m, 481_450m),
        new(7, 10, 100_000_000m, 230_000_000m, 0.05m, 2_981_450m),
        new(8, 5, 230_000_000m, 480_000_000m, 0.1m, 14_481_450m),
        new(9, 4, 480_000_000m, 600_000_000m, 0.125m, 26_481_450m),
        new(10, 3, 600_000_000m, 800_000_000m, 0.15m, 41_481_450m),
        new(11, 2, 800_000_000m, 1_200_000_000m, 0.25m, 121_481_450m),
        new(12, 1, 1_200_000_000m, 1_800_000_000m, 0.5m, 421_481_450m),
    ];

    private static readonly FuturesLeverageBracket[] Altcoin =
    [
        new(1, 75, 0m, 5_000m, 0.005m, 0m),
        new(2, 50, 5_000m, 50_000m, 0.01m, 25m),
        new(3, 25, 50_000m, 250_000m, 0.02m, 525m),
        new(4, 10, 250_000m, 1_000_000m, 0.05m, 8_025m),
        new(5, 5, 1_000_000m, 2_000_000m, 0.1m, 58_025m),
        new(6, 4, 2_000_000m, 2_500_000m, 0.125m, 108_025m),
        new(7, 2, 2_500_000m, 5_000_000m, 0.25m, 420_525m),
        new(8, 1, 5_000_000m, 10_000_000m, 0.5m, 1_670_525m),
    ];

    /// <summary>The brackets, by symbol.</summary>
    public static FuturesLeverageBrackets Table { get; } = new(symbol =>
        symbol.StartsWith("BTCUSDT", StringComparison.Ordinal) || symbol.StartsWith("ETHUSDT", StringComparison.Ordinal) ? LargeCap : Altcoin);
}
