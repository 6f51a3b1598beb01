using System.Collections.Frozen;

namespace BinanceErrors;

/// <summary>Converts between <see cref="FilterType"/> and the exchange's wire names such as <c>LOT_SIZE</c>.</summary>
public static class FilterTypeNames
{
    private static readonly (string Name, FilterType Type)[] Names =
    [
        ("PRICE_FILTER", FilterType.PriceFilter),
        ("PERCENT_PRICE", FilterType.PercentPrice),
        ("PERCENT_PRICE_BY_SIDE", FilterType.PercentPriceBySide),
        ("LOT_SIZE", FilterType.LotSize),
        ("MIN_NOTIONAL", FilterType.MinNotional),
        ("NOTIONAL", FilterType.Notional),
        ("ICEBERG_PARTS", FilterType.IcebergParts),
        ("MARKET_LOT_SIZE", FilterType.MarketLotSize),
        ("MAX_NUM_ORDERS", FilterType.MaxNumOrders),
        ("MAX_NUM_ALGO_ORDERS", FilterType.MaxNumAlgoOrders),
        ("MAX_NUM_ICEBERG_ORDERS", FilterType.MaxNumIcebergOrders),
        ("MAX_POSITION", FilterType.MaxPosition),
        ("TRAILING_DELTA", FilterType.TrailingDelta),
        ("MAX_NUM_ORDER_AMENDS", FilterType.MaxNumOrderAmends),
        ("MAX_NUM_ORDER_LISTS", FilterType.MaxNumOrderLists),
        ("EXCHANGE_MAX_NUM_ORDERS", FilterType.ExchangeMaxNumOrders),
        ("EXCHANGE_MAX_NUM_ALGO_ORDERS", FilterType.ExchangeMaxNumAlgoOrders),
        ("EXCHANGE_MAX_NUM_ICEBERG_ORDERS", FilterType.ExchangeMaxNumIcebergOrders),
        ("EXCHANGE_MAX_NUM_ORDER_LISTS", FilterType.ExchangeMaxNumOrderLists),
        ("MAX_ASSET", FilterType.MaxAsset),
        ("T_PLUS_SELL", FilterType.TPlusSell),
    ];

    // Names the exchange used before 2021-11-22; Binance.US material still shows them.
    private static readonly (string Name, FilterType Type)[] LegacyNames =
    [
        ("MAX_ALGO_ORDERS", FilterType.MaxNumAlgoOrders),
        ("EXCHANGE_MAX_ALGO_ORDERS", FilterType.ExchangeMaxNumAlgoOrders),
    ];

    private static readonly FrozenDictionary<string, FilterType> ByName =
        Names.Concat(LegacyNames).ToFrozenDictionary(p => p.Name, p => p.Type, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FilterType>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<FilterType, string> ByType =
        Names.ToFrozenDictionary(p => p.Type, p => p.Name);

    /// <summary>Every filter type with its current wire name.</summary>
    public static IReadOnlyList<KeyValuePair<FilterType, string>> All { get; } =
        [.. Names.Select(p => new KeyValuePair<FilterType, string>(p.Type, p.Name))];

    /// <summary>Parses a wire name, accepting the legacy spellings; case-sensitive as on the wire.</summary>
    /// <param name="name">The wire name, e.g. <c>LOT_SIZE</c>.</param>
    /// <param name="type">The filter type when the name is known.</param>
    /// <returns><see langword="true"/> when the name is a known filter type.</returns>
    public static bool TryParse(ReadOnlySpan<char> name, out FilterType type) => ByNameSpan.TryGetValue(name, out type);

    /// <summary>The current wire name of a filter type, e.g. <c>LOT_SIZE</c>; <c>UNKNOWN</c> for <see cref="FilterType.Unknown"/>.</summary>
    /// <param name="type">The filter type.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this FilterType type) => ByType.TryGetValue(type, out var name) ? name : "UNKNOWN";
}
