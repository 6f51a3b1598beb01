using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Futures;

/// <summary>
/// A parsed <c>GET /fapi/v1/exchangeInfo</c> (USDⓈ-M) or <c>/dapi/v1/exchangeInfo</c> (COIN-M) document: rate limits
/// (REQUEST_WEIGHT per minute, ORDERS per 10 seconds and per minute), assets and symbols with their filters. Unknown
/// fields, filters, order types and times in force are kept or skipped, never a parse failure. Comments (<c>//</c>) as
/// in the documented sample are allowed.
/// </summary>
public sealed record FuturesExchangeInfo
{
    /// <summary>
    /// The venue the document is from: <see cref="BinanceVenue.UsdMFutures"/>, or <see cref="BinanceVenue.CoinMFutures"/>
    /// when its symbols carry <c>contractSize</c> or <c>contractStatus</c> (only <c>/dapi</c> sends them). Rules compiled
    /// from it answer with that venue's codes; set it to override the detection.
    /// </summary>
    public BinanceVenue Venue { get; init; } = BinanceVenue.UsdMFutures;

    /// <summary>The server's time zone (always <c>UTC</c>).</summary>
    public string Timezone { get; init; } = "UTC";

    /// <summary>The server time when the document was made, in epoch milliseconds.</summary>
    public long ServerTime { get; init; }

    /// <summary>The rate limits, e.g. ORDERS 300 per 10 SECOND and 1200 per 1 MINUTE.</summary>
    public IReadOnlyList<BinanceRateLimit> RateLimits { get; init; } = [];

    /// <summary>The exchange-wide filters (the futures documents send <c>[]</c>).</summary>
    public IReadOnlyList<SymbolFilter> ExchangeFilters { get; init; } = [];

    /// <summary>The margin assets.</summary>
    public IReadOnlyList<FuturesAsset> Assets { get; init; } = [];

    /// <summary>The symbols, in the order sent.</summary>
    public IReadOnlyList<FuturesSymbolInfo> Symbols { get; init; } = [];

    /// <summary>Parses a document from UTF-8 JSON (<c>/fapi</c> or <c>/dapi</c>; the venue is told by the symbols' fields).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ExchangeInfoFormatException">The JSON is malformed or a known field has the wrong type; the message names the path.</exception>
    public static FuturesExchangeInfo Parse(ReadOnlySpan<byte> utf8Json) => FuturesExchangeInfoReader.Read(utf8Json);

    /// <summary>Parses a document from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ExchangeInfoFormatException">The JSON is malformed or a known field has the wrong type.</exception>
    public static FuturesExchangeInfo Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FuturesExchangeInfoReader.Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ExchangeInfoFormatException">The file cannot be read or is not a futures exchangeInfo document.</exception>
    public static FuturesExchangeInfo Load(string path) =>
        FuturesExchangeInfoReader.Read(ExchangeInfoReader.ReadFile(path));
}
