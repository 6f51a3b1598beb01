using BinanceErrors.Sandbox.Futures.Engine;

namespace BinanceErrors.Sandbox.CoinM;

/// <summary>
/// The COIN-M sandbox's leverage brackets, in coins of position (<c>qtyFloor</c>/<c>qtyCap</c>): BTCUSD and ETHUSD
/// contracts use the large table (125× up to 5 BTC of position, down to 1× up to 2,000), every other pair the altcoin
/// table (75× up to 1,000 coins, down to 2× up to 500,000). The shapes follow the exchange's COIN-M tables (each cum
/// = the previous cum + floor × the change in maintenance ratio); the exact caps differ by pair and change over time
/// on the exchange, so tests read them from <c>/dapi/v2/leverageBracket</c> rather than assume them.
/// </summary>
internal static class CoinMLeverageBrackets
{
    private static readonly FuturesLeverageBracket[] Large =
    [
        new(1, 125, 0m, 5m, 0.004m, 0m),
        new(2, 100, 5m, 10m, 0.005m, 0.005m),
        new(3, 50, 10m, 20m, 0.01m, 0.055m),
        new(4, 20, 20m, 50m, 0.025m, 0.355m),
        new(5, 10, 50m, 100m, 0.05m, 1.605m),
        new(6, 5, 100m, 200m, 0.1m, 6.605m),
        new(7, 4, 200m, 400m, 0.125m, 11.605m),
        new(8, 3, 400m, 1_000m, 0.15m, 21.605m),
        new(9, 2, 1_000m, 1_500m, 0.25m, 121.605m),
        new(10, 1, 1_500m, 2_000m, 0.5m, 496.605m),
    ];

    private static readonly FuturesLeverageBracket[] Altcoin =
    [
        new(1, 75, 0m, 1_000m, 0.0065m, 0m),
        new(2, 50, 1_000m, 5_000m, 0.01m, 3.5m),
        new(3, 25, 5_000m, 25_000m, 0.02m, 53.5m),
        new(4, 10, 25_000m, 100_000m, 0.05m, 803.5m),
        new(5, 5, 100_000m, 250_000m, 0.1m, 5_803.5m),
        new(6, 4, 250_000m, 350_000m, 0.125m, 12_053.5m),
        new(7, 2, 350_000m, 500_000m, 0.25m, 55_803.5m),
    ];

    /// <summary>The brackets, by symbol (its pair's table).</summary>
    public static FuturesLeverageBrackets Table { get; } = new(symbol =>
        symbol.StartsWith("BTCUSD_", StringComparison.Ordinal) || symbol.StartsWith("ETHUSD_", StringComparison.Ordinal) ? Large : Altcoin);
}
