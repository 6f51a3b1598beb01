using System.Diagnostics;
using System.Globalization;
using System.Text;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// A seeded, bounded request fuzzer: random and mutated requests, signed and unsigned, to the API and the admin
/// API. Whatever arrives, the sandbox never answers 500, never drops the connection for an exception, and every
/// 4XX on the API carries a catalog error with a message. A failure prints the request that caused it; the seed
/// reproduces the run.
/// </summary>
public sealed class SandboxRequestFuzzTests
{
    private static readonly string[] Paths =
    [
        "/api/v3/order", "/api/v3/order/test", "/api/v3/order/cancelReplace", "/api/v3/openOrders", "/api/v3/allOrders", "/api/v3/myTrades",
        "/api/v3/account", "/api/v3/rateLimit/order", "/api/v3/depth", "/api/v3/exchangeInfo", "/api/v3/ticker/price", "/api/v3/ticker/bookTicker",
        "/api/v3/avgPrice", "/api/v3/time", "/api/v3/ping", "/api/v3/nothing", "/", "/api/v3/order/",
        "/api/v3/referencePrice", "/api/v3/referencePrice/calculation", "/api/v3/executionRules", "/api/v3/orderList/opo", "/api/v3/orderList/opoco",
    ];

    private static readonly string[] Names =
    [
        "symbol", "symbols", "side", "type", "timeInForce", "quantity", "quoteOrderQty", "price", "stopPrice", "trailingDelta", "icebergQty",
        "newClientOrderId", "origClientOrderId", "orderId", "strategyId", "strategyType", "newOrderRespType", "selfTradePreventionMode",
        "cancelReplaceMode", "cancelOrderId", "cancelOrigClientOrderId", "cancelRestrictions", "orderRateLimitExceededMode", "limit", "fromId",
        "startTime", "endTime", "recvWindow", "timestamp", "permissions", "showPermissionSets", "symbolStatus", "omitZeroBalances",
        "pegPriceType", "pegOffsetValue", "pegOffsetType", "computeCommissionRates", "bogus",
    ];

    private static readonly string[] Values =
    [
        "BTCUSDT", "ETHBTC", "LUNAUSDT", "NOPE", "BUY", "SELL", "LIMIT", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER",
        "GTC", "IOC", "FOK", "ACK", "FULL", "ONLY_NEW", "STOP_ON_FAILURE", "ALLOW_FAILURE", "DO_NOTHING", "CANCEL_ONLY", "EXPIRE_MAKER",
        "0", "1", "-1", "0.001", "29000", "29000.00000001", "1e5", "1E-30", "0x10", "NaN", "Infinity", "abc", "", " ", "%00", "é", "\u0000",
        "99999999999999999999999", "79228162514264337593543950335", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "1.5", "[\"BTCUSDT\"]", "[\"BTCUSDT\",\"ETHBTC\"]", "[bad", "[]", "[\"\"]", "true", "false", "70000", "5000.1234",
        "1700000000000", "1700000000000000", "{\"a\":1}", "'; DROP TABLE", new string('9', 300), new string('A', 70),
    ];

    private static readonly string[] AdminBodies =
    [
        """{"status":503}""", """{"count":-1}""", """{"delayMs":-1}""", """{"delayMs":99999999}""", """{"banSeconds":-1}""", """{"banSeconds":0}""",
        """{"probability":2}""", """{"probability":-0.5}""", """{"status":99}""", """{"status":1000}""", """{"clockShiftMs":9223372036854775807}""",
        """{"code":-9223372036854775808}""", """{"timing":"never"}""", """{"count":"x"}""", "[]", "null", "", "{", "\"text\"", """{"offsetMs":9223372036854775807}""",
        """{"offsetMs":-9223372036854775808}""", """{"shiftMs":1e30}""", """{"shiftMs":"a"}""", """{"offsetMs":1.5}""",
    ];

    // The Spot market's admin: symbol status, reference price, price-range rule (sent to any of the three paths).
    private static readonly string[] SpotAdminPaths = ["/sandbox/symbolStatus", "/sandbox/referencePrice", "/sandbox/executionRules"];

    private static readonly string[] SpotAdminBodies =
    [
        """{"symbol":"BTCUSDT","status":"CANCEL_ONLY"}""", """{"symbol":"BTCUSDT","status":"HALT"}""", """{"symbol":"LUNAUSDT","status":"TRADING"}""",
        """{"symbol":"BTCUSDT","status":"TRADING"}""", """{"symbol":"NOPE","status":"TRADING"}""", """{"symbol":"BTCUSDT","status":"x"}""",
        """{"symbol":"BTCUSDT","referencePrice":"30000"}""", """{"symbol":"BTCUSDT","referencePrice":null}""", """{"symbol":"ETHBTC","referencePrice":1e-10}""",
        """{"symbol":"BTCUSDT","referencePrice":7.9e27}""", """{"symbol":"BTCUSDT","referencePrice":79228162514264337593543950335}""",
        """{"symbol":"BTCUSDT","referencePrice":"1e400"}""", """{"symbol":"BTCUSDT","referencePrice":-0}""",
        """{"symbol":"BTCUSDT","bidLimitMultUp":1.0002,"askLimitMultDown":0.9998}""", """{"symbol":"BTCUSDT","bidLimitMultUp":1e30}""",
        """{"symbol":"BTCUSDT","askLimitMultUp":"NaN"}""", """{"symbol":"BTCUSDT"}""", """{"symbol":5}""", """{"symbol":null}""", "[]", "null", "", "{", "\"text\"",
    ];

    [Fact]
    public async Task SeededRequests_NeverGet500_AndEvery4xxIsACatalogError()
    {
        const int seed = 20261130;
        const int requests = 1500;
        var random = new Random(seed);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimits = SandboxLimitTests.Limits(1_000_000, 100_000) });
        using var client = SandboxClient.Hmac(server);
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        var budget = Stopwatch.StartNew();

        for (var i = 0; i < requests && budget.Elapsed < TimeSpan.FromSeconds(40); i++)
        {
            var kind = random.Next(10);
            if (kind == 0)
            {
                // The admin API: range-checked values, malformed JSON.
                var spot = random.Next(2) == 0;
                var path = spot ? SpotAdminPaths[random.Next(SpotAdminPaths.Length)] : random.Next(2) == 0 ? "/sandbox/faults" : "/sandbox/clock";
                var content = spot ? SpotAdminBodies[random.Next(SpotAdminBodies.Length)] : AdminBodies[random.Next(AdminBodies.Length)];
                using var response = await admin.PostAsync(path, new StringContent(content, Encoding.UTF8, "application/json"));
                var status = (int)response.StatusCode;
                var body = await response.Content.ReadAsStringAsync();
                (await admin.DeleteAsync("/sandbox/faults")).Dispose();
                status.ShouldBeOneOf([200, 201, 400], $"POST {path} {content} → {status} {body}");
                continue;
            }

            var method = random.Next(6) switch { 0 => HttpMethod.Get, 1 => HttpMethod.Delete, 2 => HttpMethod.Put, _ => HttpMethod.Post };
            var target = Paths[random.Next(Paths.Length)];
            var query = RandomQuery(random);
            var (described, answer) = await SendAsync(client, random, kind, method, target, query);
            ShouldBeACatalogErrorOrSuccess(answer, BinanceVenue.Spot, described);
        }

        server.ResponseCount(500).ShouldBe(0);
    }

    /// <summary>
    /// Sends one fuzzed request: unsigned (kind 1, 2), signed then mutated (3: a changed character, a cut, a doubled
    /// query or a shifted timestamp, sometimes with a bad key), signed in a form body (4), or signed in the query.
    /// </summary>
    internal static async Task<(string Described, SandboxClient.Response Answer)> SendAsync(SandboxClient client, Random random, int kind, HttpMethod method, string target, string query)
    {
        switch (kind)
        {
            case 1 or 2:
                return ($"{method} {target}?{query} (unsigned)", await client.PublicAsync(method, target, query));
            case 3:
                var signed = query + (query.Length > 0 ? "&" : string.Empty) + "timestamp=" + client.Now.ToString(CultureInfo.InvariantCulture);
                signed += "&signature=" + client.Sign(signed);
                signed = Mutate(random, signed);
                return ($"{method} {target}?{signed} (mutated)", await client.RawAsync(method, $"{target}?{signed}", random.Next(3) == 0 ? "bad key!" : client.ApiKey));
            case 4:
                return ($"{method} {target} body {query} (signed, form body)", await client.SignedWithBodyAsync(method, target, string.Empty, query));
            default:
                return ($"{method} {target}?{query} (signed)", await client.SignedAsync(method, target, query));
        }
    }

    /// <summary>No 5XX; a 4XX carries a known code of <paramref name="venue"/>'s catalog and a message.</summary>
    internal static void ShouldBeACatalogErrorOrSuccess(SandboxClient.Response answer, BinanceVenue venue, string described)
    {
        answer.Status.ShouldBeLessThan(500, $"{described} → {answer.Body}");
        if (answer.Status >= 400)
        {
            var error = answer.Json;
            error.TryGetProperty("code", out var code).ShouldBeTrue($"{described} → {answer.Body}");
            BinanceErrorCatalog.Lookup(venue, code.GetInt32()).IsKnown.ShouldBeTrue($"{described} → {answer.Body}");
            error.GetProperty("msg").GetString().ShouldNotBeNullOrWhiteSpace($"{described} → {answer.Body}");
        }
    }

    /// <summary>Up to nine random <c>name=value</c> pairs from <paramref name="names"/> and <paramref name="values"/> (Spot's when null), now and then a value as a name.</summary>
    internal static string RandomQuery(Random random, string[]? names = null, string[]? values = null)
    {
        names ??= Names;
        values ??= Values;
        var query = new StringBuilder();
        var count = random.Next(0, 10);
        for (var p = 0; p < count; p++)
        {
            if (query.Length > 0)
            {
                query.Append('&');
            }

            var name = random.Next(20) == 0 ? values[random.Next(values.Length)] : names[random.Next(names.Length)];
            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(values[random.Next(values.Length)]));
        }

        return query.ToString();
    }

    /// <summary>Breaks a signed query: a changed character, a cut, a doubled query or a shifted timestamp.</summary>
    internal static string Mutate(Random random, string text)
    {
        var chars = text.ToCharArray();
        switch (random.Next(4))
        {
            case 0 when chars.Length > 0:
                chars[random.Next(chars.Length)] = "a=&%0Z9.-"[random.Next(9)];
                return new string(chars);
            case 1:
                return text[..random.Next(text.Length + 1)];
            case 2:
                return text + "&" + text;
            default:
                return text.Replace("timestamp=", "timestamp=9", StringComparison.Ordinal);
        }
    }
}
