using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>The context's prices the futures filters use, read once into the number type of the check.</summary>
/// <typeparam name="TNum">The number type.</typeparam>
/// <param name="Mark">The mark price, when known.</param>
/// <param name="BestBid">The best bid, when known.</param>
/// <param name="BestAsk">The best ask, when known.</param>
internal readonly record struct MarketPrices<TNum>(TNum? Mark, TNum? BestBid, TNum? BestAsk)
    where TNum : struct, IFilterNumber<TNum>
{
    /// <summary>Reads the prices; false when one that was given does not fit the number type.</summary>
    /// <param name="context">The caller's context.</param>
    /// <param name="prices">The prices.</param>
    /// <returns>Whether every given price fits.</returns>
    public static bool TryFrom(in FuturesMarketContext context, out MarketPrices<TNum> prices)
    {
        var fits = TryRead(context.MarkPrice, out var mark) & TryRead(context.BestBid, out var bid) & TryRead(context.BestAsk, out var ask);
        prices = new MarketPrices<TNum>(mark, bid, ask);
        return fits;
    }

    private static bool TryRead(decimal? value, out TNum? number)
    {
        number = null;
        if (value is not { } given)
        {
            return true;
        }

        if (!TNum.TryFrom(given, out var read))
        {
            return false;
        }

        number = read;
        return true;
    }
}
