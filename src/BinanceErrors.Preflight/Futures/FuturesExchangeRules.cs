using System.Collections.Frozen;
using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// Futures exchangeInfo compiled once into per-symbol <see cref="FuturesSymbolRules"/>. Immutable and thread-safe;
/// recompile when a new exchangeInfo arrives.
/// </summary>
public sealed class FuturesExchangeRules
{
    private readonly FrozenDictionary<string, FuturesSymbolRules> _symbols;
    private readonly FrozenDictionary<string, FuturesSymbolRules>.AlternateLookup<ReadOnlySpan<char>> _symbolsBySpan;

    private FuturesExchangeRules(FuturesExchangeInfo info)
    {
        Info = info;
        Configuration = FuturesVenue.For(info.Venue);
        Rejections = new FuturesRejections(Configuration.Venue);
        _symbols = info.Symbols
            .GroupBy(s => s.Symbol, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new FuturesSymbolRules(g.Last(), this), StringComparer.Ordinal);
        _symbolsBySpan = _symbols.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The document the rules were compiled from.</summary>
    public FuturesExchangeInfo Info { get; }

    /// <summary>
    /// The venue whose error catalog rejections come from: <see cref="BinanceVenue.UsdMFutures"/> or
    /// <see cref="BinanceVenue.CoinMFutures"/>, the document's (<see cref="FuturesExchangeInfo.Venue"/>). COIN-M numbers
    /// several of the same rejections differently (-4178, -4113) and has no Algo Service.
    /// </summary>
    public BinanceVenue Venue => Configuration.Venue;

    /// <summary>
    /// The most open conditional (algo) orders an account may have across all symbols: 200. USDⓈ-M removed the
    /// per-symbol MAX_NUM_ALGO_ORDERS filter from exchangeInfo on 2025-12-29 ("The condtional order limits is 200 across
    /// all symbols", the change log's spelling). The validators apply it when a symbol has no such filter; a document
    /// that still carries the filter is checked against the filter instead.
    /// </summary>
    public static int AccountAlgoOrderLimit => 200;

    /// <summary>The venue's configuration: its codes where the futures venues differ.</summary>
    internal FuturesVenue Configuration { get; }

    /// <summary>The rejections the validators return for these rules, each built on first use and kept with them.</summary>
    internal FuturesRejections Rejections { get; }

    /// <summary>Every compiled symbol.</summary>
    public IEnumerable<FuturesSymbolRules> Symbols => _symbols.Values;

    /// <summary>Compiles a USDⓈ-M or COIN-M exchangeInfo document; the rules answer with the codes of the document's venue.</summary>
    /// <param name="info">The parsed document.</param>
    /// <returns>The compiled rules.</returns>
    public static FuturesExchangeRules Compile(FuturesExchangeInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new FuturesExchangeRules(info);
    }

    /// <summary>Finds a symbol's rules without allocating.</summary>
    /// <param name="symbol">The symbol, exactly as sent.</param>
    /// <param name="rules">The rules when the symbol exists.</param>
    /// <returns><see langword="true"/> when the symbol exists.</returns>
    public bool TryGetSymbol(ReadOnlySpan<char> symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FuturesSymbolRules? rules) =>
        _symbolsBySpan.TryGetValue(symbol, out rules);

    /// <summary>The validators' lookup: a string key takes the frozen dictionary's own string path, cheaper than the span lookup's comparer.</summary>
    internal bool TryGetSymbol(string symbol, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FuturesSymbolRules? rules) =>
        _symbols.TryGetValue(symbol, out rules);
}
