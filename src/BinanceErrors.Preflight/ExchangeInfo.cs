using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight;

/// <summary>
/// A parsed <c>GET /api/v3/exchangeInfo</c> document (Spot and Binance.US shape): rate limits, exchange filters and
/// symbols. Unknown filter types, order types and fields are kept or skipped, never a parse failure.
/// </summary>
public sealed record ExchangeInfo
{
    /// <summary>The server's time zone (always <c>UTC</c>).</summary>
    public string Timezone { get; init; } = "UTC";

    /// <summary>The server time when the document was made, in epoch milliseconds.</summary>
    public long ServerTime { get; init; }

    /// <summary>The rate limits.</summary>
    public IReadOnlyList<BinanceRateLimit> RateLimits { get; init; } = [];

    /// <summary>The exchange-wide filters (<c>EXCHANGE_MAX_*</c>).</summary>
    public IReadOnlyList<SymbolFilter> ExchangeFilters { get; init; } = [];

    /// <summary>The symbols, in the order sent.</summary>
    public IReadOnlyList<SymbolInfo> Symbols { get; init; } = [];

    /// <summary>Parses a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ExchangeInfoFormatException">The JSON is malformed or a known field has the wrong type; the message names the path.</exception>
    public static ExchangeInfo Parse(ReadOnlySpan<byte> utf8Json) => ExchangeInfoReader.Read(utf8Json);

    /// <summary>Parses a document from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ExchangeInfoFormatException">The JSON is malformed or a known field has the wrong type.</exception>
    public static ExchangeInfo Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ExchangeInfoReader.Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The parsed document.</returns>
    /// <exception cref="ExchangeInfoFormatException">The file cannot be read or is not an exchangeInfo document.</exception>
    public static ExchangeInfo Load(string path) =>
        ExchangeInfoReader.Read(ExchangeInfoReader.ReadFile(path));
}
