namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// An order's decimal parameters as the fast parser read them, next to the <see cref="ParsedOrder"/> decimals. A
/// mutable scratch struct on the validator's stack (filled field by field through <c>out</c>), never stored.
/// </summary>
internal struct ScaledOrderValues
{
    /// <summary>Whether every parameter sent fits a 64-bit mantissa; otherwise the filters run on the decimal path.</summary>
    public bool AllScaled;

    public ScaledDecimal Quantity;

    public ScaledDecimal QuoteOrderQty;

    public ScaledDecimal Price;

    public ScaledDecimal StopPrice;

    public ScaledDecimal IcebergQty;

    public ScaledOrderValues()
    {
        AllScaled = true;
    }
}
