using System.Diagnostics;
using System.Text;
using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Throws random and mutated bodies at the classifier without its never-throw guard, so any exception inside is a
/// real bug. Seeded for reproducibility, bounded in count and time.
/// </summary>
public sealed class ClassifierFuzzTests
{
    private static readonly string[] Seeds =
    [
        """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""",
        """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans."}""",
        """{"code":-2022,"msg":"Order cancel-replace failed.","data":{"cancelResult":"FAILURE","newOrderResult":"NOT_ATTEMPTED","cancelResponse":{"code":-2011,"msg":"Unknown order sent."},"newOrderResponse":null}}""",
        """{"id":"1","status":400,"error":{"code":-1013,"msg":"Filter failure: LOT_SIZE"}}""",
        """{"timestamp":1700000000000,"status":503,"error":"Service Unavailable","message":"Unknown error, please check your request or try again later.","path":"/fapi/v1/order"}""",
        "<html><head><title>502 Bad Gateway</title></head><body></body></html>",
        """{"code":-1100,"msg":"Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'."}""",
        "",
    ];

    private static readonly int?[] Statuses = [null, 200, 400, 401, 403, 404, 408, 409, 418, 429, 451, 500, 502, 503, 504, -1, 0, 99999];

    [Fact]
    public void RandomAndMutatedBodies_NeverThrow()
    {
        // BINANCE_ERRORS_FUZZ_SEED and BINANCE_ERRORS_FUZZ_SECONDS allow longer hunts outside CI.
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BINANCE_ERRORS_FUZZ_SEED"), out var s) ? s : 20261121;
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("BINANCE_ERRORS_FUZZ_SECONDS"), out var t) ? t : 4;
        var maxRuns = seconds > 4 ? int.MaxValue : 40_000;
        var random = new Random(seed);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (runs < maxRuns && watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var body = Mutate(random, Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]));
            var venue = (BinanceVenue)random.Next(4);
            var status = Statuses[random.Next(Statuses.Length)];
            var headers = random.Next(3) switch
            {
                0 => default,
                1 => new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", RandomText(random))]),
                _ => new BinanceResponseHeaders([new KeyValuePair<string, string>("retry-after", random.Next(-5, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            };
            var intent = (RequestIntent)random.Next(5);

            var error = BinanceErrorClassifier.ClassifyUnguarded(venue, status, body, headers, intent, clock);

            error.Message.ShouldNotBeNull();
            Enum.IsDefined(error.Kind).ShouldBeTrue();
            Enum.IsDefined(error.Advice.Action).ShouldBeTrue();
            _ = error.ToString();
            runs++;
        }

        runs.ShouldBeGreaterThan(1000);
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        switch (random.Next(6))
        {
            case 0:
                var noise = new byte[random.Next(0, 512)];
                random.NextBytes(noise);
                return noise;
            case 1:
                return seed[..random.Next(0, seed.Length + 1)];
            case 2:
                var flipped = (byte[])seed.Clone();
                for (var i = 0; i < 1 + random.Next(8) && flipped.Length > 0; i++)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 3:
                var at = random.Next(seed.Length + 1);
                var insert = Encoding.UTF8.GetBytes(RandomText(random));
                return [.. seed[..at], .. insert, .. seed[at..]];
            case 4:
                return Encoding.UTF8.GetBytes(new string('{', random.Next(1, 2000)) + new string('[', random.Next(0, 100)));
            default:
                return seed;
        }
    }

    private static string RandomText(Random random)
    {
        string[] pieces = ["\"", "{", "}", "[", "]", ":", ",", "\\u00", "-", "1763700000000", "banned until ", "%s", "limit is ", " per ", "\u00e9", "\ud83d\ude00", "null", "code", "msg", "<title>", "\\", "99999999999999999999"];
        var text = new StringBuilder();
        for (var i = 0; i < random.Next(1, 12); i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }
}
