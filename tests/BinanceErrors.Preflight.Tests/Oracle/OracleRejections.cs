using System.Collections.Concurrent;
using System.Text.Json;

namespace BinanceErrors.Preflight.Tests;

/// <summary>
/// The oracles' own errors, built from the public catalog only (<see cref="BinanceErrorCatalog"/>) and classified as
/// the exchange's answer to an order, so the oracles share no rule and no message code with the validators they check.
/// </summary>
internal sealed class OracleRejections
{
    private static readonly ConcurrentDictionary<BinanceVenue, OracleRejections> ByVenue = new();

    private OracleRejections(BinanceVenue venue) => Venue = venue;

    public BinanceVenue Venue { get; }

    public static OracleRejections For(BinanceVenue venue) => ByVenue.GetOrAdd(venue, v => new OracleRejections(v));

    /// <summary>Spot: a code's first fixed server text (Binance.US falls back to Spot's).</summary>
    public BinanceError Code(int code) => Build(code, Template(code, 0).Text);

    /// <summary>Spot: a code's template with one or two parameter names (-1100 with the name and its legal range).</summary>
    public BinanceError Parameter(int code, OracleParameter first, OracleParameter second = OracleParameter.None)
    {
        if (code == BinanceErrorCodes.IllegalChars)
        {
            return Build(code, Template(code, 2).Format(first.Name(), first.LegalRange()));
        }

        return second == OracleParameter.None
            ? Build(code, Template(code, 1).Format(first.Name()))
            : Build(code, Template(code, 2).Format(first.Name(), second.Name()));
    }

    /// <summary>Spot: -1013 Filter failure: X.</summary>
    public BinanceError Filter(FilterType filter)
    {
        var entry = BinanceErrorCatalog.For(Venue).FilterFailures.FirstOrDefault(x => x.Filter == filter && x.Template.Form != MessageForm.Legacy);
        return Build(BinanceErrorCodes.InvalidMessage, entry?.Template.Text ?? "Filter failure: " + filter.ToWireName());
    }

    /// <summary>Spot: -2010 with a matching-engine message.</summary>
    public BinanceError MatchingEngine(MatchingEngineReason reason) =>
        Build(BinanceErrorCodes.NewOrderRejected, BinanceErrorCatalog.FindMatchingEngineMessage(Venue, reason)!.Template.Text);

    /// <summary>Futures: a code's fixed server text; <paramref name="variant"/> picks among several.</summary>
    public BinanceError Fixed(int code, int variant = 0) => Build(code, ServerTexts(code, 0)[variant].Text);

    /// <summary>Futures: a code's server text with one placeholder filled in.</summary>
    public BinanceError Formatted(int code, string first) => Build(code, ServerTexts(code, 1)[0].Format(first));

    /// <summary>Futures: -1102 for a parameter.</summary>
    public BinanceError Mandatory(string name) => Formatted(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, name);

    /// <summary>Futures: -1105 for a parameter.</summary>
    public BinanceError Empty(string name) => Formatted(UsdMFuturesErrorCodes.ParamEmpty, name);

    private MessageTemplate Template(int code, int placeholders) =>
        BinanceErrorCatalog.FindServerMessage(Venue, code, placeholders) ?? throw new InvalidOperationException($"{code} has no text with {placeholders} placeholders.");

    private MessageTemplate[] ServerTexts(int code, int placeholders) =>
        BinanceErrorCatalog.TryGetDefinition(Venue, code, out var definition)
            ? [.. definition.Messages.Where(m => m.Form == MessageForm.Server && m.ArgumentNames.Count == placeholders)]
            : throw new InvalidOperationException($"{Venue} has no {code}.");

    private BinanceError Build(int code, string message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["code"] = code, ["msg"] = message });
        return BinanceErrorClassifier.Classify(Venue, 400, body, default, RequestIntent.PlaceOrder);
    }
}
