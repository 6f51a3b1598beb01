using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// What <c>validate</c> and the MCP <c>validate_order</c> tool need to know about one futures venue: whose rules and texts,
/// where its exchangeInfo comes from, its built-in sample and whether it has an algo-order endpoint. USDⓈ-M and COIN-M
/// are two values of this one adapter over one validation path, not two copies of it.
/// </summary>
/// <param name="Venue">The venue whose catalog answers.</param>
/// <param name="DisplayName">How people name the venue, e.g. USDⓈ-M.</param>
/// <param name="ExchangeInfoEndpoint">The endpoint whose response is the venue's exchangeInfo.</param>
/// <param name="SampleResource">The embedded built-in exchangeInfo (data/exchange-info/*-default.json).</param>
/// <param name="AlgoOrderEndpoint">The endpoint of conditional orders sent apart (<c>algoType</c>), or null when the venue places them with the ordinary order endpoint.</param>
internal sealed record FuturesValidationVenue(BinanceVenue Venue, string DisplayName, string ExchangeInfoEndpoint, string SampleResource, string? AlgoOrderEndpoint)
{
    /// <summary>USDⓈ-M: /fapi; conditional orders are /fapi/v1/algoOrder requests since 2025-12-09.</summary>
    public static readonly FuturesValidationVenue UsdM = new(BinanceVenue.UsdMFutures, "USDⓈ-M", "GET /fapi/v1/exchangeInfo", "BinanceErrors.Cli.usdm-default.json", "/fapi/v1/algoOrder");

    /// <summary>COIN-M: /dapi; quantities in contracts; conditional orders still go to /dapi/v1/order.</summary>
    public static readonly FuturesValidationVenue CoinM = new(BinanceVenue.CoinMFutures, "COIN-M", "GET /dapi/v1/exchangeInfo", "BinanceErrors.Cli.coinm-default.json", AlgoOrderEndpoint: null);

    /// <summary>The futures venue's adapter, or null for Spot-shaped venues.</summary>
    public static FuturesValidationVenue? For(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures => UsdM,
        BinanceVenue.CoinMFutures => CoinM,
        _ => null,
    };

    /// <summary>The lower-case venue name used in CLI and MCP input and output.</summary>
    public string Name => CliArguments.VenueName(Venue);

    /// <summary>The built-in sample document's text.</summary>
    public string Sample()
    {
        using var stream = typeof(FuturesValidationVenue).Assembly.GetManifestResourceStream(SampleResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Compiles a document of this venue; one of the other futures venue is refused with a sentence saying which it is.</summary>
    /// <exception cref="ExchangeInfoFormatException">The text is not a futures exchangeInfo, or it is the other futures venue's.</exception>
    public FuturesExchangeRules Compile(string json)
    {
        var info = FuturesExchangeInfo.Parse(json);
        if (info.Venue != Venue)
        {
            var other = For(info.Venue)!;
            throw new ExchangeInfoFormatException(
                $"This is a {other.DisplayName} exchangeInfo ({other.ExchangeInfoEndpoint}), not {DisplayName} ({ExchangeInfoEndpoint}); use venue '{other.Name}' for it.")
            {
                DocumentVenue = info.Venue,
            };
        }

        return FuturesExchangeRules.Compile(info);
    }

    /// <summary>The sentence for a request with <c>algoType</c> on a venue without an algo-order endpoint.</summary>
    public string NoAlgoEndpoint =>
        $"{DisplayName} has no algo-order endpoint: send conditional orders (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) as ordinary orders with stopPrice, without algoType.";
}
