using System.Collections.Concurrent;
using System.Text.Json;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// The errors the futures validator returns, built once from the venue's catalog (server texts only) and classified
/// like a real response, then shared: after the first time a rejected order costs no allocation.
/// </summary>
internal static class FuturesRejections
{
    private static readonly ConcurrentDictionary<(BinanceVenue Venue, int Code, int Variant, string? First, string? Second), BinanceError> Cache = new();

    /// <summary>A code's fixed server text; <paramref name="variant"/> picks among several (0 = the first listed).</summary>
    public static BinanceError Fixed(BinanceVenue venue, int code, int variant = 0) =>
        Get((venue, code, variant, null, null), static key =>
        {
            var texts = ServerTexts(key.Venue, key.Code, 0);
            return texts.Length > key.Variant
                ? texts[key.Variant].Text
                : throw new InvalidOperationException($"{key.Venue} {key.Code} has no fixed server text #{key.Variant}.");
        });

    /// <summary>A code's server text with one or two placeholders filled in (parameter names, thresholds).</summary>
    public static BinanceError Formatted(BinanceVenue venue, int code, string first, string? second = null) =>
        Get((venue, code, 0, first, second), static key =>
        {
            var count = key.Second is null ? 1 : 2;
            var texts = ServerTexts(key.Venue, key.Code, count);
            if (texts.Length == 0)
            {
                throw new InvalidOperationException($"{key.Venue} {key.Code} has no server text with {count} placeholders.");
            }

            return key.Second is null ? texts[0].Format(key.First!) : texts[0].Format(key.First!, key.Second);
        });

    private static MessageTemplate[] ServerTexts(BinanceVenue venue, int code, int placeholders) =>
        BinanceErrorCatalog.TryGetDefinition(venue, code, out var definition)
            ? [.. definition.Messages.Where(m => m.Form == MessageForm.Server && m.ArgumentNames.Count == placeholders)]
            : [];

    private static BinanceError Get((BinanceVenue Venue, int Code, int Variant, string? First, string? Second) key, Func<(BinanceVenue Venue, int Code, int Variant, string? First, string? Second), string> message)
    {
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["code"] = key.Code, ["msg"] = message(key) });
        var error = BinanceErrorClassifier.Classify(key.Venue, 400, body, default, RequestIntent.PlaceOrder);
        return Cache.GetOrAdd(key, error);
    }
}
