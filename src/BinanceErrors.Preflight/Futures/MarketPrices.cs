using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>The context's prices the futures filters use, read once into the number type of the check.</summary>
/// <remarks>
/// Values and a mask rather than three nullables: a struct of nullable numbers was staged through the stack and copied
/// with wide loads right after its narrow flag stores, on every order.
/// </remarks>
/// <typeparam name="TNum">The number type.</typeparam>
internal readonly struct MarketPrices<TNum>
    where TNum : struct, IFilterNumber<TNum>
{
    private const int MarkBit = 1, BidBit = 2, AskBit = 4;

    private readonly TNum _mark;
    private readonly TNum _bid;
    private readonly TNum _ask;
    private readonly int _known;

    private MarketPrices(TNum mark, TNum bid, TNum ask, int known)
    {
        _mark = mark;
        _bid = bid;
        _ask = ask;
        _known = known;
    }

    /// <summary>Reads the prices the order's type uses; false when one that was given does not fit the number type.</summary>
    /// <param name="context">The caller's context.</param>
    /// <param name="type">The order's type: only a MARKET order is checked against the book.</param>
    /// <param name="prices">The prices.</param>
    /// <returns>Whether every price read fits.</returns>
    public static bool TryFrom(in FuturesMarketContext context, FuturesOrderType type, out MarketPrices<TNum> prices)
    {
        var known = 0;
        var fits = TryRead(context.MarkPrice, MarkBit, ref known, out var mark);
        TNum bid, ask;
        if (type == FuturesOrderType.Market)
        {
            fits &= TryRead(context.BestBid, BidBit, ref known, out bid) & TryRead(context.BestAsk, AskBit, ref known, out ask);
        }
        else
        {
            bid = ask = TNum.Zero;
        }

        prices = new MarketPrices<TNum>(mark, bid, ask, known);
        return fits;
    }

    /// <summary>The mark price, when known.</summary>
    /// <param name="mark">The mark price.</param>
    /// <returns>Whether it is known.</returns>
    public bool TryGetMark(out TNum mark)
    {
        mark = _mark;
        return (_known & MarkBit) != 0;
    }

    /// <summary>The best price a MARKET order takes (the ask for BUY, the bid for SELL), when known.</summary>
    /// <param name="buy">Whether the order buys.</param>
    /// <param name="price">The price.</param>
    /// <returns>Whether it is known.</returns>
    public bool TryGetCounterparty(bool buy, out TNum price)
    {
        price = buy ? _ask : _bid;
        return (_known & (buy ? AskBit : BidBit)) != 0;
    }

    private static bool TryRead(decimal? value, int bit, ref int known, out TNum number)
    {
        if (value is not { } given)
        {
            number = TNum.Zero;
            return true;
        }

        if (!TNum.TryFrom(given, out number))
        {
            return false;
        }

        known |= bit;
        return true;
    }
}
