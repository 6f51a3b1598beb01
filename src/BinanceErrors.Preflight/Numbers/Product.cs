using System.Runtime.CompilerServices;

namespace BinanceErrors.Preflight.Numbers;

/// <summary>
/// a × b multiplied once and compared with several bounds (the notional with MIN_NOTIONAL and NOTIONAL's minimum and
/// maximum): each comparison is exactly <see cref="IFilterNumber{TSelf}.CompareProduct"/>'s, without a
/// multiplication per bound when the number type holds the product.
/// </summary>
/// <typeparam name="TNum">The number type of the filter check.</typeparam>
internal readonly struct Product<TNum>
    where TNum : struct, IFilterNumber<TNum>
{
    private readonly TNum _a;
    private readonly TNum _b;
    private readonly TNum _product;
    private readonly bool _held;

    /// <summary>Multiplies once.</summary>
    /// <param name="a">The first factor.</param>
    /// <param name="b">The second factor.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Product(TNum a, TNum b)
    {
        _a = a;
        _b = b;
        _held = TNum.TryMultiply(a, b, out _product);
    }

    /// <summary>The sign of a × b − <paramref name="bound"/>.</summary>
    /// <param name="bound">The bound.</param>
    /// <returns>Negative, zero or positive.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(TNum bound) => _held ? TNum.Compare(_product, bound) : TNum.CompareProduct(_a, _b, bound);
}
