using System.Runtime.CompilerServices;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight;

/// <summary>
/// A Spot order's values other than its decimals, as stage 1 read them; with <see cref="OrderNumbers"/> it is the whole
/// order the checks work on. Small on purpose: passed to every step, where the public <see cref="ParsedOrder"/> (nullable
/// decimals, about 150 bytes) would be copied; that one is built once, for the result (<see cref="ToParsed"/>).
/// </summary>
/// <param name="Side">The side.</param>
/// <param name="Type">The type.</param>
/// <param name="TimeInForce">The time in force, when sent.</param>
/// <param name="TrailingDelta">The trailing delta in basis points, when sent.</param>
internal readonly record struct SpotOrderTerms(BinanceOrderSide Side, BinanceOrderType Type, BinanceTimeInForce? TimeInForce, long? TrailingDelta)
{
    /// <summary>Gets a value indicating whether the type is a stop or take-profit type (counted by MAX_NUM_ALGO_ORDERS).</summary>
    public bool IsAlgo => ParsedOrder.IsAlgoType(Type);

    /// <summary>Whether the order is an iceberg: icebergQty sent and above zero.</summary>
    /// <param name="numbers">The order's numbers.</param>
    /// <returns><see langword="true"/> for an iceberg order.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIceberg(in OrderNumbers numbers) => numbers.Has(NumberSlot.IcebergQty) && numbers.Sent(NumberSlot.IcebergQty) > 0;

    /// <summary>The public parsed order.</summary>
    /// <param name="numbers">The order's numbers.</param>
    /// <returns>The parsed order.</returns>
    public ParsedOrder ToParsed(in OrderNumbers numbers) => new()
    {
        Side = Side,
        Type = Type,
        TimeInForce = TimeInForce,
        Quantity = numbers.Decimal(NumberSlot.Quantity),
        QuoteOrderQty = numbers.Decimal(NumberSlot.QuoteOrderQty),
        Price = numbers.Decimal(NumberSlot.Price),
        StopPrice = numbers.Decimal(NumberSlot.StopPrice),
        TrailingDelta = TrailingDelta,
        IcebergQty = numbers.Decimal(NumberSlot.IcebergQty),
    };
}
