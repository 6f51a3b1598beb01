using BinanceErrors.Cli.Output;
using BinanceErrors.Preflight;

namespace BinanceErrors.Cli.Validation;

/// <summary>
/// The venue adapter of <c>binance-errors validate</c> and the MCP tool <c>validate_order</c>: whose rules and texts,
/// where the venue's exchangeInfo comes from, its built-in sample, which market context its rules read and how an order
/// given as Binance parameters is checked. Spot, Binance.US, USDⓈ-M and COIN-M are four values of this one adapter; the
/// CLI and MCP fronts only read their input into parameters and context fields and write the one
/// <see cref="ValidationOutput"/>.
/// </summary>
internal abstract class ValidationVenue
{
    private readonly string _sampleResource;

    private protected ValidationVenue(BinanceVenue venue, string displayName, string exchangeInfoEndpoint, string sampleResource)
    {
        Venue = venue;
        DisplayName = displayName;
        ExchangeInfoEndpoint = exchangeInfoEndpoint;
        _sampleResource = sampleResource;
    }

    /// <summary>The venue whose catalog answers.</summary>
    public BinanceVenue Venue { get; }

    /// <summary>The lower-case venue name used in CLI and MCP input and output: spot, us, usdm or coinm.</summary>
    public string Name => CliArguments.VenueName(Venue);

    /// <summary>How people name the venue, e.g. USDⓈ-M.</summary>
    public string DisplayName { get; }

    /// <summary>The request whose response is the venue's exchangeInfo, e.g. <c>GET /fapi/v1/exchangeInfo</c>.</summary>
    public string ExchangeInfoEndpoint { get; }

    /// <summary>The market-context fields the venue's rules read, in the order they are documented.</summary>
    public abstract IReadOnlyList<string> ContextFields { get; }

    /// <summary>The sentence of the text answer for an order the exchange would accept.</summary>
    public abstract string ValidSentence { get; }

    /// <summary>The adapter of a venue.</summary>
    /// <param name="venue">Any venue.</param>
    public static ValidationVenue For(BinanceVenue venue) => venue switch
    {
        BinanceVenue.UsdMFutures => FuturesValidationVenue.UsdM,
        BinanceVenue.CoinMFutures => FuturesValidationVenue.CoinM,
        BinanceVenue.BinanceUs => SpotValidationVenue.Us,
        _ => SpotValidationVenue.Spot,
    };

    /// <summary>Compiles the venue's rules from an exchangeInfo document, or from the built-in sample when none is given.</summary>
    /// <param name="exchangeInfoJson">The document's text, or null for the built-in sample.</param>
    /// <exception cref="ExchangeInfoFormatException">The text is not this venue's exchangeInfo.</exception>
    public VenueRules Load(string? exchangeInfoJson) =>
        exchangeInfoJson is null ? Compile(Sample(), exchangeInfoGiven: false) : Compile(exchangeInfoJson, exchangeInfoGiven: true);

    /// <summary>The parameters that are present, with their Binance names, in the order given.</summary>
    private protected static IEnumerable<(string Name, string Value)> Present(params (string Name, string? Value)[] parameters) =>
        parameters.Where(p => p.Value is not null).Select(p => (p.Name, p.Value!));

    /// <summary>The wire-style names of the set flags of a not-checked mask (None left out), in the enum's order.</summary>
    private protected static IEnumerable<string> FlagNames<TFlags>(TFlags checks, Func<TFlags, string> name)
        where TFlags : struct, Enum =>
        Enum.GetValues<TFlags>().Where(f => Convert.ToUInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && checks.HasFlag(f)).Select(name);

    /// <summary>Compiles a document of this venue.</summary>
    private protected abstract VenueRules Compile(string json, bool exchangeInfoGiven);

    private string Sample()
    {
        using var stream = typeof(ValidationVenue).Assembly.GetManifestResourceStream(_sampleResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
