using System.Collections.Concurrent;
using System.Text.Json;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// The errors the Spot validators return for one venue, built once from the catalog and classified like a real
/// response, then shared. Owned by the <see cref="ExchangeRules"/> they were compiled with (no process-wide state):
/// because a <see cref="BinanceError"/> is immutable, a rejected order costs no allocation after the first time its
/// rejection is built for those rules.
/// </summary>
internal sealed class Rejections
{
    private readonly ConcurrentDictionary<long, BinanceError> _cache = new();

    /// <summary>Creates the rejections of one venue, built on first use.</summary>
    /// <param name="venue">The venue whose catalog the messages come from and whose classification they get.</param>
    public Rejections(BinanceVenue venue) => Venue = venue;

    /// <summary>The venue whose catalog the messages come from.</summary>
    public BinanceVenue Venue { get; }

    /// <summary>A <c>-1013 Filter failure: X</c>.</summary>
    public BinanceError Filter(FilterType filter) =>
        Get(BinanceErrorCodes.InvalidMessage, 1, (int)filter, 0, static (v, _, f, _) =>
        {
            var catalog = BinanceErrorCatalog.For(v);
            var type = (FilterType)f;
            var entry = catalog.FilterFailures.FirstOrDefault(x => x.Filter == type && x.Template.Form != MessageForm.Legacy);
            return (BinanceErrorCodes.InvalidMessage, entry?.Template.Text ?? "Filter failure: " + type.ToWireName());
        });

    /// <summary>A matching engine rejection (<c>-2010</c> unless <paramref name="code"/> says otherwise).</summary>
    public BinanceError MatchingEngine(MatchingEngineReason reason, int code = BinanceErrorCodes.NewOrderRejected) =>
        Get(code, 2, (int)reason, 0, static (v, c, r, _) =>
        {
            return (c, BinanceErrorCatalog.FindMatchingEngineMessage(v, (MatchingEngineReason)r)!.Template.Text);
        });

    /// <summary>A code's fixed message (its first server template without placeholders).</summary>
    public BinanceError Code(int code) =>
        Get(code, 3, 0, 0, static (v, c, _, _) => (c, FindTemplate(v, c, 0).Text));

    /// <summary>A code's template with one or two parameter names filled in.</summary>
    public BinanceError Parameter(int code, OrderParameter first, OrderParameter second = OrderParameter.None) =>
        Get(code, 4, (int)first, (int)second, static (v, c, a, b) =>
        {
            var p1 = (OrderParameter)a;
            var p2 = (OrderParameter)b;
            if (c == BinanceErrorCodes.IllegalChars)
            {
                return (c, FindTemplate(v, c, 2).Format(OrderParameterNames.Name(p1), OrderParameterNames.LegalRange(p1)));
            }

            return p2 == OrderParameter.None
                ? (c, FindTemplate(v, c, 1).Format(OrderParameterNames.Name(p1)))
                : (c, FindTemplate(v, c, 2).Format(OrderParameterNames.Name(p1), OrderParameterNames.Name(p2)));
        });

    /// <summary>
    /// Spot's and Binance.US's code and message for each stage-1 problem: -1102 for a missing parameter (sent empty
    /// too, and the two-name text for a pair), -1105 empty, -1106 not required, -1100 with the legal range, -1111,
    /// and -1117 / -1116 / -1115 for a side, type or time in force that is not a name.
    /// </summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The error the exchange sends.</returns>
    public BinanceError Of(in ParameterFailure failure) => failure.Problem switch
    {
        ParameterProblem.NotSent or ParameterProblem.SentEmpty => Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, failure.First, failure.Second),
        ParameterProblem.Empty => Parameter(BinanceErrorCodes.ParamEmpty, failure.First),
        ParameterProblem.NotRequired => Parameter(BinanceErrorCodes.ParamNotRequired, failure.First),
        ParameterProblem.Malformed => Parameter(BinanceErrorCodes.IllegalChars, failure.First),
        ParameterProblem.TooPrecise => Parameter(BinanceErrorCodes.BadPrecision, failure.First),
        _ => Code(failure.First switch
        {
            OrderParameter.Side => BinanceErrorCodes.InvalidSide,
            OrderParameter.Type => BinanceErrorCodes.InvalidOrderType,
            _ => BinanceErrorCodes.InvalidTif,
        }),
    };

    private static MessageTemplate FindTemplate(BinanceVenue venue, int code, int placeholders) =>
        BinanceErrorCatalog.FindServerMessage(venue, code, placeholders)
        ?? throw new InvalidOperationException($"{code} has no server text with {placeholders} placeholders.");

    private BinanceError Get(int code, int family, int a, int b, Func<BinanceVenue, int, int, int, (int Code, string Message)> create)
    {
        // The venue is this object's, so the key is the rejection alone: family, code and up to two small arguments.
        var key = ((long)family << 48) | ((long)(-code & 0xFFFF) << 32) | ((long)(a & 0xFFFF) << 16) | (long)(b & 0xFFFF);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (finalCode, message) = create(Venue, code, a, b);
        return _cache.GetOrAdd(key, AsTheExchangeSends(Venue, finalCode, message));
    }

    /// <summary>
    /// The error as the classifier reads the exchange's answer to an order: the body the exchange sends (code and
    /// message) under HTTP 400. Spot and futures rejections are built this way.
    /// </summary>
    internal static BinanceError AsTheExchangeSends(BinanceVenue venue, int code, string message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["code"] = code, ["msg"] = message });
        return BinanceErrorClassifier.Classify(venue, 400, body, default, RequestIntent.PlaceOrder);
    }
}
