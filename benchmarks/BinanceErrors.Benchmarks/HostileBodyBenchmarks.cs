using System.Text;
using BenchmarkDotNet.Attributes;

namespace BinanceErrors.Benchmarks;

/// <summary>Bodies that are not Binance JSON: a WAF HTML page and 64 KB of garbage. Reported without a baseline.</summary>
public class HostileBodyBenchmarks
{
    private readonly byte[] _html = Encoding.UTF8.GetBytes(
        "<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>CloudFront</center></body></html>");

    private readonly byte[] _garbage = CreateGarbage();

    [Benchmark]
    public BinanceError HtmlForbiddenPage() => BinanceErrorClassifier.Classify(BinanceVenue.Spot, 403, _html);

    [Benchmark]
    public BinanceError Garbage64Kb() => BinanceErrorClassifier.Classify(BinanceVenue.Spot, 502, _garbage);

    private static byte[] CreateGarbage()
    {
        var random = new Random(7);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        return bytes;
    }
}
