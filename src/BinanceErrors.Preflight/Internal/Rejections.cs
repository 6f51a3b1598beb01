using System.Collections.Concurrent;

using System.Text.Json;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// The errors the validator returns, built once from the catalog and classified like a real response, then shared.
/// Because a <see cref="BinanceError"/> is immutable, a rejected order costs no allocation after the first time.
/// </summary>
internal static class Rejections
{
    private static readonly ConcurrentDictionary<long, BinanceError> Cache = new();

    public static BinanceError Filter(BinanceVenue venue, FilterType filter) =>
        Get(venue, BinanceErrorCodes.InvalidMessage, 1, (int)filter, 0, static (v, _, f, _) =>
        {
            var catalog = BinanceErrorCatalog.For(v);
            var type = (FilterType)f;
            var entry = catalog.FilterFailures.FirstOrDefault(x => x.Filter == type && x.Template.Form != MessageForm.Legacy);
            return (BinanceErrorCodes.InvalidMessage, entry?.Template.Text ?? "Filter failure: " + type.ToWireName());
        });

    public static BinanceError MatchingEngine(BinanceVenue venue, MatchingEngineReason reason, int code = BinanceErrorCodes.NewOrderRejected) =>
        Get(venue, code, 2, (int)reason, 0, static (v, c, r, _) =>
        {
            return (c, BinanceErrorCatalog.FindMatchingEngineMessage(v, (MatchingEngineReason)r)!.Template.Text);
        });

    /// <summary>A code's fixed message (its first server template without placeholders).</summary>
    public static BinanceError Code(BinanceVenue venue, int code) =>
        Get(venue, code, 3, 0, 0, static (v, c, _, _) => (c, FindTemplate(v, c, 0).Text));

    /// <summary>A code's template with one or two parameter names filled in.</summary>
    public static BinanceError Parameter(BinanceVenue venue, int code, OrderParameter first, OrderParameter second = OrderParameter.None) =>
        Get(venue, code, 4, (int)first, (int)second, static (v, c, a, b) =>
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

    private static MessageTemplate FindTemplate(BinanceVenue venue, int code, int placeholders) =>
        BinanceErrorCatalog.FindServerMessage(venue, code, placeholders)
        ?? throw new InvalidOperationException($"{code} has no server text with {placeholders} placeholders.");

    private static BinanceError Get(BinanceVenue venue, int code, int family, int a, int b, Func<BinanceVenue, int, int, int, (int Code, string Message)> create)
    {
        var key = ((long)venue << 56) | ((long)family << 48) | ((long)(-code & 0xFFFF) << 32) | ((long)(a & 0xFFFF) << 16) | (long)(b & 0xFFFF);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (finalCode, message) = create(venue, code, a, b);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["code"] = finalCode, ["msg"] = message });
        var error = BinanceErrorClassifier.Classify(venue, 400, body, default, RequestIntent.PlaceOrder);
        return Cache.GetOrAdd(key, error);
    }

}
