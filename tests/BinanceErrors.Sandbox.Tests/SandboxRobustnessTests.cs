using System.Globalization;
using System.Text;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>Concurrency without lost or duplicated orders, and no 500 for any client mistake.</summary>
public sealed class SandboxRobustnessTests
{
    [Fact]
    public async Task ConcurrentPlacements_AreEachAcceptedExactlyOnce()
    {
        // Order-count and MAX_NUM_ORDERS (200 per symbol) limits stay out of the way: 8 × 24 = 192 orders.
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimits = SandboxLimitTests.Limits(100_000, 10_000) });
        const int clients = 8;
        const int perClient = 24;

        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            using var client = SandboxClient.Hmac(server);
            var statuses = new List<int>();
            for (var i = 0; i < perClient; i++)
            {
                var response = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", $"c{c}-{i}"));
                statuses.Add(response.Status);
            }

            return statuses;
        });
        var results = await Task.WhenAll(tasks);

        results.SelectMany(s => s).ShouldAllBe(s => s == 200);
        var accepted = server.AcceptedOrders();
        accepted.Count.ShouldBe(clients * perClient);
        accepted.Select(o => o.ClientOrderId).Distinct().Count().ShouldBe(clients * perClient);
        accepted.Select(o => o.OrderId).Distinct().Count().ShouldBe(clients * perClient);
        var usdt = server.Balances("sandboxkey").Single(b => b.Asset == "USDT");
        usdt.Locked.ShouldBe(clients * perClient * 29m);
        (usdt.Free + usdt.Locked).ShouldBe(100_000m);
    }

    [Fact]
    public async Task ConcurrentTakers_NeverOversellTheBook()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimits = SandboxLimitTests.Limits(100_000, 10_000) });
        var tasks = Enumerable.Range(0, 6).Select(async c =>
        {
            using var client = SandboxClient.Hmac(server);
            for (var i = 0; i < 10; i++)
            {
                (await client.PlaceAsync(("symbol", "ETHUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.05"))).Status.ShouldBe(200);
            }
        });
        await Task.WhenAll(tasks);

        var eth = server.Balances("sandboxkey").Single(b => b.Asset == "ETH");
        eth.Free.ShouldBe(10m + (60 * 0.05m * 0.999m));
    }

    [Fact]
    public async Task RandomClientMistakes_NeverGet500()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        var random = new Random(11);
        string[] paths = ["/api/v3/order", "/api/v3/order/test", "/api/v3/depth", "/api/v3/openOrders", "/api/v3/exchangeInfo", "/api/v3/account", "/api/v3/order/cancelReplace", "/api/v3/myTrades", "/api/v3/allOrders", "/api/v3/avgPrice", "/api/v3/ticker/price"];
        string[] names = ["symbol", "side", "type", "timeInForce", "quantity", "price", "stopPrice", "quoteOrderQty", "trailingDelta", "icebergQty", "orderId", "origClientOrderId", "limit", "symbols", "newOrderRespType", "cancelReplaceMode", "recvWindow", "selfTradePreventionMode", "strategyType"];
        string[] values = ["BTCUSDT", "BUY", "SELL", "LIMIT", "MARKET", "STOP_LOSS_LIMIT", "GTC", "IOC", "0.001", "29000", "-1", "abc", "1e5", "", "99999999999999999999999", "[\"BTCUSDT\"]", "[bad", "0", "ACK", "STOP_ON_FAILURE", "70000", "\u00e9", "%", "NONE"];
        HttpMethod[] methods = [HttpMethod.Get, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Put];

        for (var i = 0; i < 300; i++)
        {
            var query = new StringBuilder();
            for (var p = 0; p < random.Next(0, 8); p++)
            {
                query.Append(Uri.EscapeDataString(names[random.Next(names.Length)])).Append('=').Append(Uri.EscapeDataString(values[random.Next(values.Length)])).Append('&');
            }

            var method = methods[random.Next(methods.Length)];
            var path = paths[random.Next(paths.Length)];
            var response = random.Next(2) == 0
                ? await client.SignedAsync(method, path, query.ToString().TrimEnd('&'))
                : await client.PublicAsync(method, path, query.ToString().TrimEnd('&'));

            response.Status.ShouldNotBe(500, $"{method} {path}?{query} → {response.Body}");
            if (response.Status >= 400)
            {
                var code = response.Code;
                BinanceErrorCatalog.Lookup(BinanceVenue.Spot, code).IsKnown.ShouldBeTrue($"{code} {response.Msg}");
                response.Msg.ShouldNotBeNullOrEmpty();
            }
        }
    }

    [Fact]
    public async Task ErrorBodies_ClassifyBackToTheirOwnCodes()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var response = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.000015"));
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, response.Status, response.Body);

        error.Code.ShouldBe(-1013);
        error.Filter.ShouldBe(FilterType.LotSize);
        error.Template.ShouldNotBeNull();
        error.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        response.Header("X-MBX-USED-WEIGHT-1M").ShouldBe(1.ToString(CultureInfo.InvariantCulture));
    }
}
