using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight;

/// <summary>
/// One symbol's rules compiled for validation: every filter as plain decimal fields, order types as bits, so that
/// validating an order reads fields and allocates nothing. Immutable; share it freely.
/// </summary>
public sealed class SymbolRules
{
    internal SymbolRules(SymbolInfo info, ExchangeRules exchange)
    {
        Info = info;
        Exchange = exchange;
        foreach (var type in info.OrderTypes)
        {
            OrderTypeBits |= 1 << (int)type;
        }

        foreach (var filter in info.Filters)
        {
            switch (filter)
            {
                case PriceFilter f: Price = f; break;
                case PercentPriceFilter f: PercentPrice = f; break;
                case PercentPriceBySideFilter f: PercentPriceBySide = f; break;
                case LotSizeFilter { Type: FilterType.LotSize } f: LotSize = f; break;
                case LotSizeFilter f: MarketLotSize = f; break;
                case MinNotionalFilter f: MinNotional = f; break;
                case NotionalFilter f: Notional = f; break;
                case IcebergPartsFilter f: IcebergParts = f; break;
                case OrderCountFilter { Type: FilterType.MaxNumOrders } f: MaxNumOrders = f.Limit; break;
                case OrderCountFilter { Type: FilterType.MaxNumAlgoOrders } f: MaxNumAlgoOrders = f.Limit; break;
                case OrderCountFilter { Type: FilterType.MaxNumIcebergOrders } f: MaxNumIcebergOrders = f.Limit; break;
                case OrderCountFilter { Type: FilterType.MaxNumOrderLists } f: MaxNumOrderLists = f.Limit; break;
                case MaxPositionFilter f: MaxPosition = f.MaxPosition; break;
                case TrailingDeltaFilter f: TrailingDelta = f; break;
                default: break;
            }
        }

        var source = new FilterSource(Price, LotSize, MarketLotSize, PercentPrice?.MultiplierUp, PercentPrice?.MultiplierDown, PercentPriceBySide, MinNotional?.MinNotional, Notional);
        Scaled = FilterValues<ScaledDecimal>.TryCompile(source);
        Exact = FilterValues<DecimalNumber>.TryCompile(source)!;
    }

    /// <summary>The symbol as described by exchangeInfo.</summary>
    public SymbolInfo Info { get; }

    /// <summary>The exchange the symbol belongs to (venue and exchange filters).</summary>
    public ExchangeRules Exchange { get; }

    /// <summary>The symbol, e.g. <c>BTCUSDT</c>.</summary>
    public string Symbol => Info.Symbol;

    /// <summary>The <c>PRICE_FILTER</c>, when present.</summary>
    public PriceFilter? Price { get; }

    /// <summary>The <c>PERCENT_PRICE</c> filter, when present.</summary>
    public PercentPriceFilter? PercentPrice { get; }

    /// <summary>The <c>PERCENT_PRICE_BY_SIDE</c> filter, when present.</summary>
    public PercentPriceBySideFilter? PercentPriceBySide { get; }

    /// <summary>The <c>LOT_SIZE</c> filter, when present.</summary>
    public LotSizeFilter? LotSize { get; }

    /// <summary>The <c>MARKET_LOT_SIZE</c> filter, when present.</summary>
    public LotSizeFilter? MarketLotSize { get; }

    /// <summary>The <c>MIN_NOTIONAL</c> filter, when present.</summary>
    public MinNotionalFilter? MinNotional { get; }

    /// <summary>The <c>NOTIONAL</c> filter, when present.</summary>
    public NotionalFilter? Notional { get; }

    /// <summary>The <c>ICEBERG_PARTS</c> filter, when present.</summary>
    public IcebergPartsFilter? IcebergParts { get; }

    /// <summary>The <c>TRAILING_DELTA</c> filter, when present.</summary>
    public TrailingDeltaFilter? TrailingDelta { get; }

    /// <summary><c>MAX_NUM_ORDERS</c>, when present.</summary>
    public int? MaxNumOrders { get; }

    /// <summary><c>MAX_NUM_ALGO_ORDERS</c>, when present.</summary>
    public int? MaxNumAlgoOrders { get; }

    /// <summary><c>MAX_NUM_ICEBERG_ORDERS</c>, when present.</summary>
    public int? MaxNumIcebergOrders { get; }

    /// <summary><c>MAX_NUM_ORDER_LISTS</c>, when present.</summary>
    public int? MaxNumOrderLists { get; }

    /// <summary><c>MAX_POSITION</c>, when present.</summary>
    public decimal? MaxPosition { get; }

    internal int OrderTypeBits { get; }

    /// <summary>The filter values as scaled integers for the fast path; null when one does not fit 64 bits (then <see cref="Exact"/> serves).</summary>
    internal FilterValues<ScaledDecimal>? Scaled { get; }

    /// <summary>The filter values as decimals, for orders or symbols beyond the scaled integers.</summary>
    internal FilterValues<DecimalNumber> Exact { get; }

    /// <summary>Whether the symbol accepts an order type.</summary>
    /// <param name="type">The order type.</param>
    /// <returns><see langword="true"/> when it is among the symbol's orderTypes.</returns>
    public bool Allows(BinanceOrderType type) => (OrderTypeBits & (1 << (int)type)) != 0;

    /// <inheritdoc />
    public override string ToString() => $"{Symbol} ({Info.Status})";
}
