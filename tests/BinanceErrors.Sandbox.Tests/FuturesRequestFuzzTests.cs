using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The seeded, bounded request fuzzer on the USDⓈ-M sandbox: random and mutated <c>/fapi</c> requests and random
/// admin requests (mark prices, faults, clock) interleaved. The sandbox never answers 500, every 4XX on the API
/// carries a USDⓈ-M catalog error with a message, every admin answer is 200/201 or a 400 with a JSON reason, and no
/// admin value leaves a symbol with a mark price outside its PRICE_FILTER or an empty book. The seed reproduces a run.
/// </summary>
public sealed class FuturesRequestFuzzTests
{
    private static readonly string[] Paths =
    [
        "/fapi/v1/order", "/fapi/v1/batchOrders", "/fapi/v1/algoOrder", "/fapi/v1/openOrders", "/fapi/v1/openAlgoOrders", "/fapi/v1/allOrders",
        "/fapi/v1/allOpenOrders", "/fapi/v1/userTrades", "/fapi/v1/leverage", "/fapi/v1/marginType", "/fapi/v1/positionSide/dual",
        "/fapi/v2/account", "/fapi/v3/account", "/fapi/v2/balance", "/fapi/v2/positionRisk", "/fapi/v3/positionRisk", "/fapi/v1/leverageBracket",
        "/fapi/v1/depth", "/fapi/v1/premiumIndex", "/fapi/v1/ticker/bookTicker", "/fapi/v1/exchangeInfo", "/fapi/v1/time", "/fapi/v1/nothing",
    ];

    private static readonly string[] Names =
    [
        "symbol", "side", "positionSide", "type", "timeInForce", "quantity", "reduceOnly", "price", "newClientOrderId", "stopPrice", "closePosition",
        "activationPrice", "callbackRate", "workingType", "priceProtect", "newOrderRespType", "priceMatch", "selfTradePreventionMode", "goodTillDate",
        "algoType", "triggerPrice", "activatePrice", "clientAlgoId", "algoId", "orderId", "origClientOrderId", "orderIdList", "origClientOrderIdList",
        "batchOrders", "leverage", "marginType", "dualSidePosition", "limit", "recvWindow", "bogus",
    ];

    private static readonly string[] Values =
    [
        "BTCUSDT", "ETHUSDT", "BTCUSDT_260327", "NOPE", "BUY", "SELL", "BOTH", "LONG", "SHORT", "LIMIT", "MARKET", "STOP", "STOP_MARKET",
        "TAKE_PROFIT", "TRAILING_STOP_MARKET", "CONDITIONAL", "GTC", "IOC", "FOK", "GTX", "GTD", "OPPONENT", "OPPONENT_5", "QUEUE", "QUEUE_20",
        "MARK_PRICE", "CONTRACT_PRICE", "ISOLATED", "CROSSED", "TRUE", "true", "false", "maybe", "ACK", "RESULT", "EXPIRE_MAKER",
        "0", "1", "-1", "-0", "-7.0", "0.001", "0.01", "1", "20", "21", "125", "126", "95000", "94000.1", "96000", "1e5", "NaN", "", " ",
        "99999999999999999999999", "79228162514264337593543950335", "9223372036854775808", "[1,2]", "[\"a\"]", "[bad",
        """[{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","quantity":"0.01","price":"94000"}]""",
        "1700000000000", "4102444800000", new string('9', 300),
    ];

    private static readonly string[] MarkPrices =
    [
        "95000", "94000.05", "261.10", "809484", "1e-10", "7.9e27", "79228162514264337593543950335", "-1", "0", "-0", "\"NaN\"", "\"95000\"",
        "\"x\"", "null", "1e400", "[]",
    ];

    private static readonly string[] AdminBodies =
    [
        """{"status":503}""", """{"count":-1}""", """{"delayMs":-1}""", """{"banSeconds":0}""", """{"probability":2}""", """{"status":1000}""",
        """{"offsetMs":9223372036854775807}""", """{"shiftMs":1e30}""", """{"shiftMs":1000}""", "[]", "null", "", "{",
    ];

    [Fact]
    public async Task SeededRequests_NeverGet500_AndAdminValuesNeverBreakTheMarket()
    {
        const int seed = 20261206;
        const int requests = 1200;
        var random = new Random(seed);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            Venue = SandboxVenue.UsdM,
            RateLimits = SandboxLimitTests.Limits(1_000_000, 100_000),
            ApiKeys = [new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret", Balances = new Dictionary<string, decimal> { ["USDT"] = 100_000m } }],
        });
        using var client = SandboxClient.Hmac(server);
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        var budget = Stopwatch.StartNew();

        for (var i = 0; i < requests && budget.Elapsed < TimeSpan.FromSeconds(40); i++)
        {
            var kind = random.Next(10);
            if (kind == 0 || (kind == 1 && random.Next(2) == 0))
            {
                await AdminRequestAsync(server, admin, random);
                continue;
            }

            var method = random.Next(6) switch { 0 => HttpMethod.Get, 1 => HttpMethod.Delete, _ => HttpMethod.Post };
            var target = Paths[random.Next(Paths.Length)];
            var query = SandboxRequestFuzzTests.RandomQuery(random, Names, Values);
            var (described, answer) = await SandboxRequestFuzzTests.SendAsync(client, random, kind, method, target, query);
            SandboxRequestFuzzTests.ShouldBeACatalogErrorOrSuccess(answer, BinanceVenue.UsdMFutures, described);
        }

        server.ResponseCount(500).ShouldBe(0);
    }

    private static async Task AdminRequestAsync(SandboxServer server, HttpClient admin, Random random)
    {
        var before = server.MarkPrice("BTCUSDT");
        string path, content;
        if (random.Next(2) == 0)
        {
            path = "/sandbox/markPrice";
            content = $$"""{"symbol":"{{(random.Next(8) == 0 ? "NOPE" : "BTCUSDT")}}","markPrice":{{MarkPrices[random.Next(MarkPrices.Length)]}}}""";
        }
        else
        {
            path = random.Next(2) == 0 ? "/sandbox/faults" : "/sandbox/clock";
            content = AdminBodies[random.Next(AdminBodies.Length)];
        }

        var described = $"POST {path} {content}";
        using var response = await admin.PostAsync(path, new StringContent(content, Encoding.UTF8, "application/json"));
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        (await admin.DeleteAsync("/sandbox/faults")).Dispose();
        (await admin.PostAsync("/sandbox/clock", new StringContent("""{"offsetMs":0}""", Encoding.UTF8, "application/json"))).Dispose();
        status.ShouldBeOneOf([200, 201, 400], $"{described} → {status} {body}");
        if (status == 400)
        {
            JsonDocument.Parse(body).RootElement.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace($"{described} → {body}");
            server.MarkPrice("BTCUSDT").ShouldBe(before, described);
        }

        server.MarkPrice("BTCUSDT").ShouldBeInRange(261.10m, 809484m, described);
        using var depth = await admin.GetAsync("/fapi/v1/depth?symbol=BTCUSDT&limit=5");
        var book = JsonDocument.Parse(await depth.Content.ReadAsStringAsync()).RootElement;
        (book.GetProperty("bids").GetArrayLength() + book.GetProperty("asks").GetArrayLength()).ShouldBeGreaterThan(0, $"the book after {described}");
    }
}
