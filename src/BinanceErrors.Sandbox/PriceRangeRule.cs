namespace BinanceErrors.Sandbox;

/// <summary>
/// A symbol's Price Range Execution Rule (<c>GET /api/v3/executionRules</c>, <c>"ruleType": "PRICE_RANGE"</c>): a
/// taker may execute only at prices from the reference price × the down multiplier to the reference price × the up
/// multiplier of its side (bid multipliers for a BUY, ask multipliers for a SELL); beyond them the order is expired
/// with <c>EXECUTION_RULE_PRICE_RANGE_EXCEEDED</c>. A missing multiplier leaves that side and direction unbounded, and
/// without a reference price the rule is not enforced (binance-spot-api-docs <c>faqs/price_range_execution_rules.md</c>).
/// </summary>
public sealed record PriceRangeRule
{
    /// <summary>The highest price a BUY may execute at, as a multiple of the reference price (1 or more).</summary>
    public decimal? BidLimitMultUp { get; init; }

    /// <summary>The lowest price a BUY may execute at, as a multiple of the reference price (above 0, at most 1).</summary>
    public decimal? BidLimitMultDown { get; init; }

    /// <summary>The highest price a SELL may execute at, as a multiple of the reference price (1 or more).</summary>
    public decimal? AskLimitMultUp { get; init; }

    /// <summary>The lowest price a SELL may execute at, as a multiple of the reference price (above 0, at most 1).</summary>
    public decimal? AskLimitMultDown { get; init; }
}
