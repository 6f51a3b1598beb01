using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Spot CHANGELOG 2026-03-27 (effective 2026-04-02): "Request weights for the following endpoints and methods become 0
/// when the request is successful. Failed requests are still charged the documented weight. IPs that only call these
/// endpoints and methods successfully will never hit the REQUEST_WEIGHT rate limit." The sandbox follows it by default
/// and charges the old way with <see cref="SandboxOptions.FreeSuccessfulOrders"/> off.
/// </summary>
public sealed class SandboxOrderWeightTests
{
    // A window start, so every test owns a whole minute.
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static readonly (string, string)[] RestingBuy =
        [("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001")];

    [Fact]
    public async Task SuccessfulOrdersAndCancels_CostNoWeight_FailuresPayTheirDocumentedWeight()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock });
        using var client = SandboxClient.Hmac(server);

        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("1");

        var placed = await client.PlaceAsync(RestingBuy);
        placed.Status.ShouldBe(200, placed.Body);
        placed.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("1", "a successful POST /api/v3/order costs 0");
        placed.Header("X-MBX-USED-WEIGHT").ShouldBe("1");

        var refused = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.000001"));
        refused.Status.ShouldBe(400);
        refused.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("2", "a failed order still costs its weight of 1");

        var orderId = placed.Json.GetProperty("orderId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var canceled = await client.SignedAsync(HttpMethod.Delete, "/api/v3/order", SandboxClient.Query(("symbol", "BTCUSDT"), ("orderId", orderId)));
        canceled.Status.ShouldBe(200, canceled.Body);
        canceled.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("2", "a successful cancel costs 0");

        var unknown = await client.SignedAsync(HttpMethod.Delete, "/api/v3/order", SandboxClient.Query(("symbol", "BTCUSDT"), ("orderId", orderId)));
        unknown.Status.ShouldBe(400);
        unknown.Code.ShouldBe(-2011);
        unknown.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("3", "cancelling an order that is no longer open fails and costs 1");

        var test = await client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", SandboxClient.Query(RestingBuy));
        test.Status.ShouldBe(200, test.Body);
        test.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("4", "order/test is not one of the free endpoints");
    }

    [Fact]
    public async Task AnIpThatOnlyPlacesSuccessfully_NeverHitsTheWeightLimit()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = clock,
            RateLimits = SandboxLimitTests.Limits(weightPerMinute: 3, ordersPer10Seconds: 1000),
        });
        using var client = SandboxClient.Hmac(server);

        for (var i = 0; i < 10; i++)
        {
            var placed = await client.PlaceAsync(RestingBuy);
            placed.Status.ShouldBe(200, $"order {i}: {placed.Body}");
            placed.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("0");
        }

        var canceled = await client.SignedAsync(HttpMethod.Delete, "/api/v3/openOrders", SandboxClient.Query(("symbol", "BTCUSDT")));
        canceled.Status.ShouldBe(200, canceled.Body);
        canceled.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("0");
        server.ResponseCount(429).ShouldBe(0);
    }

    [Fact]
    public async Task TheOlderRule_ChargesSuccessfulOrdersTheirWeight()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = clock,
            FreeSuccessfulOrders = false,
            RateLimits = SandboxLimitTests.Limits(weightPerMinute: 3, ordersPer10Seconds: 1000),
        });
        using var client = SandboxClient.Hmac(server);

        for (var i = 1; i <= 3; i++)
        {
            var placed = await client.PlaceAsync(RestingBuy);
            placed.Status.ShouldBe(200, placed.Body);
            placed.Header("X-MBX-USED-WEIGHT-1M").ShouldBe(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var limited = await client.PlaceAsync(RestingBuy);
        limited.Status.ShouldBe(429);
        limited.Code.ShouldBe(-1003);
    }
}
