using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Full classification (code, definition, template, arguments, kind, advice) against what users write today:
/// deserializing the same bytes into a {code,msg} type with default options.
/// </summary>
public class ClassifierBenchmarks
{
    private byte[] _body = [];

    [Params("insufficient-balance", "filter-lot-size", "ip-banned")]
    public string Body { get; set; } = "insufficient-balance";

    [GlobalSetup]
    public void Setup()
    {
        _body = Encoding.UTF8.GetBytes(Body switch
        {
            "insufficient-balance" => """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""",
            "filter-lot-size" => """{"code":-1013,"msg":"Filter failure: LOT_SIZE"}""",
            _ => """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans."}""",
        });
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, _body);
    }

    [Benchmark(Baseline = true)]
    public ErrorBody? DeserializeCodeAndMessage() => JsonSerializer.Deserialize<ErrorBody>(_body);

    [Benchmark]
    public BinanceError Classify() => BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, _body);

    /// <summary>The shape users deserialize into; the names map the wire's lower-case fields with default options.</summary>
    public sealed class ErrorBody
    {
        [System.Text.Json.Serialization.JsonPropertyName("code")]
        public int Code { get; set; }

        [System.Text.Json.Serialization.JsonPropertyName("msg")]
        public string? Msg { get; set; }
    }
}
