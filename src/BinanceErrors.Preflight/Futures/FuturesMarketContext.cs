namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// What a futures validator cannot know from exchangeInfo: prices, the account's position mode and its open orders.
/// A rule that needs a missing value is reported in <see cref="FuturesOrderValidation.NotChecked"/>, never guessed.
/// </summary>
public readonly record struct FuturesMarketContext
{
    /// <summary>The mark price (<c>GET /fapi/v1/premiumIndex</c>): PERCENT_PRICE and MARKET notional use it.</summary>
    public decimal? MarkPrice { get; init; }

    /// <summary>The last traded price (contract price): COIN-M checks a conditional order's trigger against it (-2021), or against the mark price for workingType=MARK_PRICE.</summary>
    public decimal? LastPrice { get; init; }

    /// <summary>The best bid: a MARKET SELL takes it (-4131, COIN-M -4113, when it is below the PERCENT_PRICE floor).</summary>
    public decimal? BestBid { get; init; }

    /// <summary>The best ask: a MARKET BUY takes it (-4131, COIN-M -4113, when it is above the PERCENT_PRICE cap).</summary>
    public decimal? BestAsk { get; init; }

    /// <summary>The account's position mode (<c>dualSidePosition</c>): <see langword="true"/> is Hedge Mode, <see langword="false"/> One-way Mode.</summary>
    public bool? DualSidePosition { get; init; }

    /// <summary>Open orders on the symbol, normal and algo together (MAX_NUM_ORDERS counts both).</summary>
    public int? OpenOrders { get; init; }

    /// <summary>
    /// Open algo (conditional) orders on the symbol, for the per-symbol MAX_NUM_ALGO_ORDERS filter: used only when the
    /// exchangeInfo carries that filter (documents from before 2025-12-29).
    /// </summary>
    public int? OpenAlgoOrders { get; init; }

    /// <summary>
    /// Open algo (conditional) orders of the account across all symbols. Since 2025-12-29 USDⓈ-M no longer sends the
    /// MAX_NUM_ALGO_ORDERS filter and limits conditional orders to 200 across all symbols
    /// (<see cref="FuturesExchangeRules.AccountAlgoOrderLimit"/>), checked with this count when the symbol has no filter.
    /// </summary>
    public int? AccountOpenAlgoOrders { get; init; }

    /// <summary>The current time: the GTD window (goodTillDate must be more than 600 seconds ahead) and, on COIN-M, a delivery contract's delivery date.</summary>
    public DateTimeOffset? Now { get; init; }
}
