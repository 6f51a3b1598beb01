using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// A futures order's values other than its decimals, as stage 1 read them; with <see cref="OrderNumbers"/> it is the
/// whole order the checks work on. Small on purpose: passed to every step, where the public
/// <see cref="ParsedFuturesOrder"/> (nullable decimals) would be copied; that one is built once, for the result.
/// </summary>
/// <param name="Side">The side.</param>
/// <param name="Type">The type.</param>
/// <param name="PositionSide">The position side, when sent.</param>
/// <param name="TimeInForce">The time in force, when sent.</param>
/// <param name="ReduceOnly">Whether reduceOnly is true.</param>
/// <param name="ClosePosition">Whether closePosition is true.</param>
/// <param name="GoodTillDate">goodTillDate in epoch milliseconds, when sent.</param>
internal readonly record struct FuturesOrderTerms(
    BinanceOrderSide Side, FuturesOrderType Type, PositionSide? PositionSide, FuturesTimeInForce? TimeInForce, bool ReduceOnly, bool ClosePosition, long? GoodTillDate)
{
    /// <summary>Gets a value indicating whether the order can only reduce a position (reduce-only or close-position).</summary>
    public bool ReducesOnly => ParsedFuturesOrder.OnlyReduces(ReduceOnly, ClosePosition);

    /// <summary>The public parsed order.</summary>
    /// <param name="numbers">The order's numbers.</param>
    /// <returns>The parsed order.</returns>
    public ParsedFuturesOrder ToParsed(in OrderNumbers numbers) => new()
    {
        Side = Side,
        Type = Type,
        PositionSide = PositionSide,
        TimeInForce = TimeInForce,
        Quantity = numbers.Decimal(NumberSlot.Quantity),
        Price = numbers.Decimal(NumberSlot.Price),
        StopPrice = numbers.Decimal(NumberSlot.StopPrice),
        ActivationPrice = numbers.Decimal(NumberSlot.ActivationPrice),
        CallbackRate = numbers.Decimal(NumberSlot.CallbackRate),
        ReduceOnly = ReduceOnly,
        ClosePosition = ClosePosition,
        GoodTillDate = GoodTillDate,
    };
}
