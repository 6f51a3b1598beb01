namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// A venue's leverage brackets and the rules read from them: the highest leverage, <c>maxNotionalValue</c> (COIN-M
/// <c>maxQty</c>) and the maintenance margin. Caps and floors are in the margin asset's units: USDT of notional on
/// USDⓈ-M, coins on COIN-M. The tables are the venue folders' (they change by symbol and over time on the exchange,
/// so tests read them from the leverageBracket endpoint rather than assume them).
/// </summary>
/// <param name="table">The brackets of a symbol, lowest cap first.</param>
internal sealed class FuturesLeverageBrackets(Func<string, IReadOnlyList<FuturesLeverageBracket>> table)
{
    /// <summary>The symbol's brackets, lowest cap first.</summary>
    public IReadOnlyList<FuturesLeverageBracket> For(string symbol) => table(symbol);

    /// <summary>The highest leverage the symbol allows (its first bracket's).</summary>
    public int MaxLeverage(string symbol) => For(symbol)[0].InitialLeverage;

    /// <summary>
    /// The largest position (with open orders) the leverage allows, the cap of the highest bracket whose initial
    /// leverage is at least <paramref name="leverage"/>.
    /// </summary>
    public decimal MaxNotional(string symbol, int leverage)
    {
        var cap = 0m;
        foreach (var bracket in For(symbol))
        {
            if (bracket.InitialLeverage >= leverage)
            {
                cap = bracket.NotionalCap;
            }
        }

        return cap;
    }

    /// <summary>The maintenance margin of a position of <paramref name="notional"/> (absolute) in its bracket.</summary>
    public decimal MaintenanceMargin(string symbol, decimal notional)
    {
        var brackets = For(symbol);
        var tier = brackets[^1];
        foreach (var bracket in brackets)
        {
            if (notional <= bracket.NotionalCap)
            {
                tier = bracket;
                break;
            }
        }

        return Math.Max(0m, (notional * tier.MaintMarginRatio) - tier.Cum);
    }
}
