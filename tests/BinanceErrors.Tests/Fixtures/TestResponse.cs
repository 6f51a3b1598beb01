using System.Text;

namespace BinanceErrors.Tests.Fixtures;

/// <summary>A response as the classifier receives it from a real HTTP stack: UTF-8 bytes, headers as name/value pairs.</summary>
internal static class TestResponse
{
    /// <summary>Classifies <paramref name="body"/> with the given status, intent, clock and headers.</summary>
    public static BinanceError Classify(
        BinanceVenue venue,
        int? status,
        string body,
        RequestIntent intent,
        TimeProvider time,
        params (string Name, string Value)[] headers) =>
        BinanceErrorClassifier.Classify(
            venue,
            status,
            Encoding.UTF8.GetBytes(body),
            new BinanceResponseHeaders(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))),
            intent,
            time);
}
