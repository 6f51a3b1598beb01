namespace BinanceErrors.Preflight;

/// <summary>How <see cref="OrderNormalizer"/> adjusts an order.</summary>
public sealed record NormalizeOptions
{
    /// <summary>The default options: safe-side rounding, no quantity lifting.</summary>
    public static NormalizeOptions Default { get; } = new();

    /// <summary>How price and stopPrice are rounded to the tick size.</summary>
    /// <value>The default value is <see cref="RoundingDirection.SafeSide"/> (BUY down, SELL up).</value>
    public RoundingDirection PriceRounding { get; init; } = RoundingDirection.SafeSide;

    /// <summary>How quantity and icebergQty are rounded to the step size.</summary>
    /// <value>The default value is <see cref="RoundingDirection.SafeSide"/> (down).</value>
    public RoundingDirection QuantityRounding { get; init; } = RoundingDirection.SafeSide;

    /// <summary>Whether a quantity below the symbol's minimum notional (or minQty) is raised to the smallest one that passes.</summary>
    /// <value>The default value is <see langword="false"/>: the order is never made bigger unless asked.</value>
    public bool LiftToMinimum { get; init; }

    /// <summary>The price used for a MARKET order's notional when lifting (the reference or average price).</summary>
    /// <value>The default value is <see langword="null"/>: MARKET quantities are not lifted for notional.</value>
    public decimal? ReferencePrice { get; init; }
}
