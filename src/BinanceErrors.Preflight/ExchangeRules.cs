using System.Collections.Frozen;
using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight;

/// <summary>
/// exchangeInfo compiled once into per-symbol <see cref="SymbolRules"/> plus the exchange-wide limits. Immutable and
/// thread-safe; recompile when a new exchangeInfo arrives.
/// </summary>
public sealed class ExchangeRules
{
    private readonly FrozenDictionary<string, SymbolRules> _symbols;
    private readonly FrozenDictionary<string, SymbolRules>.AlternateLookup<ReadOnlySpan<char>> _symbolsBySpan;

    private ExchangeRules(ExchangeInfo info, BinanceVenue venue)
    {
        Info = info;
        Venue = venue;
        Rejections = new Rejections(venue);
        foreach (var filter in info.ExchangeFilters)
        {
            if (filter is OrderCountFilter count)
            {
                switch (count.Type)
                {
                    case FilterType.ExchangeMaxNumOrders: ExchangeMaxNumOrders = count.Limit; break;
                    case FilterType.ExchangeMaxNumAlgoOrders: ExchangeMaxNumAlgoOrders = count.Limit; break;
                    case FilterType.ExchangeMaxNumIcebergOrders: ExchangeMaxNumIcebergOrders = count.Limit; break;
                    case FilterType.ExchangeMaxNumOrderLists: ExchangeMaxNumOrderLists = count.Limit; break;
                    default: break;
                }
            }
        }

        _symbols = info.Symbols
            .GroupBy(s => s.Symbol, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new SymbolRules(g.Last(), this), StringComparer.Ordinal);
        _symbolsBySpan = _symbols.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document the rules were compiled from.</summary>
    public ExchangeInfo Info { get; }

    /// <summary>The venue whose error catalog rejections come from (<see cref="BinanceVenue.Spot"/> or <see cref="BinanceVenue.BinanceUs"/>).</summary>
    public BinanceVenue Venue { get; }

    /// <summary>The rejections the validators return for these rules, each built on first use and kept with them.</summary>
    internal Rejections Rejections { get; }

    /// <summary>Every compiled symbol.</summary>
    public IEnumerable<SymbolRules> Symbols => _symbols.Values;

    /// <summary><c>EXCHANGE_MAX_NUM_ORDERS</c>, when present.</summary>
    public int? ExchangeMaxNumOrders { get; }

    /// <summary><c>EXCHANGE_MAX_NUM_ALGO_ORDERS</c>, when present.</summary>
    public int? ExchangeMaxNumAlgoOrders { get; }

    /// <summary><c>EXCHANGE_MAX_NUM_ICEBERG_ORDERS</c>, when present.</summary>
    public int? ExchangeMaxNumIcebergOrders { get; }

    /// <summary><c>EXCHANGE_MAX_NUM_ORDER_LISTS</c>, when present.</summary>
    public int? ExchangeMaxNumOrderLists { get; }

    /// <summary>Compiles an exchangeInfo document.</summary>
    /// <param name="info">The parsed document.</param>
    /// <param name="venue">The venue it came from: Spot (default) or Binance.US.</param>
    /// <returns>The compiled rules.</returns>
    public static ExchangeRules Compile(ExchangeInfo info, BinanceVenue venue = BinanceVenue.Spot)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (venue is not (BinanceVenue.Spot or BinanceVenue.BinanceUs))
        {
            throw new ArgumentOutOfRangeException(nameof(venue), venue, "Pre-flight validation covers the Spot exchangeInfo shape: Spot or BinanceUs.");
        }

        return new ExchangeRules(info, venue);
    }

    /// <summary>Finds a symbol's rules without allocating.</summary>
    /// <param name="symbol">The symbol, exactly as sent (upper case).</param>
    /// <param name="rules">The rules when the symbol exists.</param>
    /// <returns><see langword="true"/> when the symbol exists.</returns>
    public bool TryGetSymbol(ReadOnlySpan<char> symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SymbolRules? rules) =>
        _symbolsBySpan.TryGetValue(symbol, out rules);

    /// <summary>The validators' lookup: a string key takes the frozen dictionary's own string path, cheaper than the span lookup's comparer.</summary>
    internal bool TryGetSymbol(string symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SymbolRules? rules) =>
        _symbols.TryGetValue(symbol, out rules);
}
