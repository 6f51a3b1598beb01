namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// A futures order's decimal parameters as the fast parser read them, next to the <see cref="Futures.ParsedFuturesOrder"/>
/// decimals. A mutable scratch struct on the validator's stack (filled field by field through <c>out</c>), never stored.
/// </summary>
internal struct ScaledFuturesOrderValues
{
    /// <summary>Whether every parameter sent fits a 64-bit mantissa; otherwise the filters run on the decimal path.</summary>
    public bool AllScaled;

    public ScaledDecimal Quantity;

    public ScaledDecimal Price;

    public ScaledDecimal StopPrice;

    public ScaledDecimal ActivationPrice;

    public ScaledDecimal CallbackRate;

    public ScaledFuturesOrderValues()
    {
        AllScaled = true;
    }
}
