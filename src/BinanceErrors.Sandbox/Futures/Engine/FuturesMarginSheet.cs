using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// An account's margin at one moment, computed by <see cref="FuturesMargin"/>: per position side, and the totals the
/// account endpoints report. <see cref="Headroom"/> is margin balance − initial margin, which adverse mark moves can
/// take below zero; <see cref="AvailableBalance"/> is what Binance shows, never below zero.
/// </summary>
internal sealed class FuturesMarginSheet
{
    private readonly Dictionary<(string Symbol, PositionSide Side), FuturesPositionMargin> _sides;

    public FuturesMarginSheet(decimal walletBalance, Dictionary<(string Symbol, PositionSide Side), FuturesPositionMargin> sides)
    {
        WalletBalance = walletBalance;
        _sides = sides;
        foreach (var side in sides.Values)
        {
            UnrealizedProfit += side.UnrealizedProfit;
            PositionInitialMargin += side.PositionInitialMargin;
            OpenOrderInitialMargin += side.OpenOrderInitialMargin;
            MaintMargin += side.MaintMargin;
        }
    }

    public decimal WalletBalance { get; }

    public decimal UnrealizedProfit { get; }

    public decimal PositionInitialMargin { get; }

    public decimal OpenOrderInitialMargin { get; }

    public decimal MaintMargin { get; }

    public decimal MarginBalance => WalletBalance + UnrealizedProfit;

    public decimal InitialMargin => PositionInitialMargin + OpenOrderInitialMargin;

    /// <summary>Margin balance − initial margin: what is left to open positions with; below zero after adverse mark moves.</summary>
    public decimal Headroom => MarginBalance - InitialMargin;

    /// <summary>
    /// <c>availableBalance</c> as Binance computes "Available for Order": max(0, cross wallet balance + unrealized
    /// profit − initial margin of positions and open orders).
    /// </summary>
    public decimal AvailableBalance => Math.Max(0m, Headroom);

    /// <summary><c>maxWithdrawAmount</c>: the available balance, at most the wallet balance (unrealized profit cannot be withdrawn).</summary>
    public decimal MaxWithdrawAmount => Math.Max(0m, Math.Min(WalletBalance, Headroom));

    /// <summary>One position side's margin (zero when it has neither position nor orders).</summary>
    public FuturesPositionMargin Side(string symbol, PositionSide side) => _sides.TryGetValue((symbol, side), out var margin) ? margin : default;

    /// <summary>A symbol's open order initial margin over its position sides.</summary>
    public decimal OpenOrderInitialMarginOf(string symbol) => _sides.Where(s => s.Key.Symbol == symbol).Sum(s => s.Value.OpenOrderInitialMargin);

    /// <summary>A symbol's exposure over its position sides: the notional <c>maxNotionalValue</c> limits.</summary>
    public decimal ExposureOf(string symbol) => _sides.Where(s => s.Key.Symbol == symbol).Sum(s => s.Value.Exposure);
}
