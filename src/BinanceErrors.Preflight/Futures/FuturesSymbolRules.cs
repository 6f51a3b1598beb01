using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// One futures symbol's rules compiled for validation: every filter as plain fields, order types and times in force as
/// bits, so validating an order reads fields and allocates nothing. Immutable; share it freely.
/// </summary>
public sealed class FuturesSymbolRules
{
    internal FuturesSymbolRules(FuturesSymbolInfo info, FuturesExchangeRules exchange)
    {
        Info = info;
        Exchange = exchange;
        foreach (var type in info.OrderTypes)
        {
            OrderTypeBits |= 1 << (int)type;
        }

        foreach (var tif in info.TimeInForce)
        {
            TimeInForceBits |= 1 << (int)tif;
        }

        foreach (var filter in info.Filters)
        {
            switch (filter)
            {
                case PriceFilter f: Price = f; break;
                case FuturesPercentPriceFilter f: PercentPrice = f; break;
                case LotSizeFilter { Type: FilterType.LotSize } f: LotSize = f; break;
                case LotSizeFilter f: MarketLotSize = f; break;
                case FuturesMinNotionalFilter f: MinNotional = f; break;
                case OrderCountFilter { Type: FilterType.MaxNumOrders } f: MaxNumOrders = f.Limit; break;
                case OrderCountFilter { Type: FilterType.MaxNumAlgoOrders } f: MaxNumAlgoOrders = f.Limit; break;
                default: break;
            }
        }

        var source = new FilterSource(Price, LotSize, MarketLotSize, PercentPrice?.MultiplierUp, PercentPrice?.MultiplierDown, null, MinNotional?.Notional, null);
        Scaled = FilterValues<ScaledDecimal>.TryCompile(source);
        Exact = FilterValues<DecimalNumber>.TryCompile(source)!;
    }

    private BinanceError? minNotionalRejection;

    /// <summary>The symbol as described by exchangeInfo.</summary>
    public FuturesSymbolInfo Info { get; }

    /// <summary>The exchange the symbol belongs to (venue and rate limits).</summary>
    public FuturesExchangeRules Exchange { get; }

    /// <summary>The symbol, e.g. <c>BTCUSDT</c>.</summary>
    public string Symbol => Info.Symbol;

    /// <summary>The <c>PRICE_FILTER</c>, when present; applies to <c>price</c> and stop/trigger prices.</summary>
    public PriceFilter? Price { get; }

    /// <summary>The <c>PERCENT_PRICE</c> filter (mark-price band), when present.</summary>
    public FuturesPercentPriceFilter? PercentPrice { get; }

    /// <summary>The <c>LOT_SIZE</c> filter, when present (non-MARKET orders).</summary>
    public LotSizeFilter? LotSize { get; }

    /// <summary>The <c>MARKET_LOT_SIZE</c> filter, when present (MARKET orders).</summary>
    public LotSizeFilter? MarketLotSize { get; }

    /// <summary>The <c>MIN_NOTIONAL</c> filter, when present.</summary>
    public FuturesMinNotionalFilter? MinNotional { get; }

    /// <summary><c>MAX_NUM_ORDERS</c> (normal and algo orders together), when present.</summary>
    public int? MaxNumOrders { get; }

    /// <summary><c>MAX_NUM_ALGO_ORDERS</c> (conditional orders), when present.</summary>
    public int? MaxNumAlgoOrders { get; }

    internal int OrderTypeBits { get; }

    internal int TimeInForceBits { get; }

    /// <summary>The filter values as scaled integers for the fast path; null when one does not fit 64 bits (then <see cref="Exact"/> serves).</summary>
    internal FilterValues<ScaledDecimal>? Scaled { get; }

    /// <summary>The filter values as decimals, for orders or symbols beyond the scaled integers.</summary>
    internal FilterValues<DecimalNumber> Exact { get; }

    /// <summary>
    /// This symbol's minimum-notional rejection: USDⓈ-M <c>-4164</c> with the filter's threshold in the text, COIN-M
    /// <c>-4178</c> "… no smaller than one …" (one contract, no filter). Built on first use and kept with the rules, so
    /// a rejected order is answered without looking the text up again; built at most a few times under a race, always
    /// to the same value.
    /// </summary>
    internal BinanceError MinNotionalRejection =>
        minNotionalRejection ??= MinNotional is { } filter
            ? Exchange.Rejections.Formatted(Exchange.Configuration.MinNotionalCode, filter.NotionalText)
            : Exchange.Rejections.Fixed(Exchange.Configuration.MinNotionalCode);

    /// <summary>Whether the symbol lists an order type. A symbol whose document lists none allows every type.</summary>
    /// <param name="type">The order type.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Allows(FuturesOrderType type) => OrderTypeBits == 0 || (OrderTypeBits & (1 << (int)type)) != 0;

    /// <summary>Whether the symbol lists a time in force. A symbol whose document lists none allows every value.</summary>
    /// <param name="timeInForce">The time in force.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool Allows(FuturesTimeInForce timeInForce) =>
        TimeInForceBits == 0 || (TimeInForceBits & (1 << (int)timeInForce)) != 0
        || timeInForce == FuturesTimeInForce.GteGtc; // never listed, but used by close-position conditional orders

    /// <inheritdoc />
    public override string ToString() => $"{Symbol} ({Info.StatusText})";
}
