using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>Weights, limit headers, fixed windows, 429 with Retry-After, and the escalation to 418 bans.</summary>
public sealed class SandboxLimitTests
{
    // A window start, so every test owns a whole minute.
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    internal static IReadOnlyList<BinanceRateLimit> Limits(int weightPerMinute, int ordersPer10Seconds) =>
    [
        new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, weightPerMinute),
        new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, ordersPer10Seconds),
        new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Day, 1, 160000),
    ];

    [Fact]
    public async Task UsedWeight_IsReportedOnEveryResponse_AndResetsWithTheWindow()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock });
        using var client = SandboxClient.Hmac(server);

        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("1");
        (await client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("21");
        var account = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        account.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("41");
        account.Header("X-MBX-USED-WEIGHT").ShouldBe("41");
        var error = await client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=NOPE");
        error.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("46", "failed requests cost their weight too");

        clock.Advance(TimeSpan.FromSeconds(60));
        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Header("X-MBX-USED-WEIGHT-1M").ShouldBe("1");
    }

    [Fact]
    public async Task WeightLimit_429WithRetryAfter_ThenBansThatGrowPerRepeat()
    {
        var clock = new ManualTimeProvider(Start.AddSeconds(15));
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = clock,
            RateLimits = Limits(weightPerMinute: 5, ordersPer10Seconds: 50),
            ViolationsBeforeBan = 2,
            BanDurations = [TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(600)],
        });
        using var client = SandboxClient.Hmac(server);

        for (var i = 0; i < 5; i++)
        {
            (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);
        }

        var limited = await client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
        limited.Status.ShouldBe(429);
        limited.Code.ShouldBe(-1003);
        limited.Msg.ShouldBe("Too much request weight used; current limit is 5 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.");
        limited.Header("Retry-After").ShouldBe("45");

        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(429, "first request during the 429 is a violation");
        var banned = await client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
        banned.Status.ShouldBe(418);
        banned.Code.ShouldBe(-1003);
        var until = clock.Now.AddSeconds(120).ToUnixTimeMilliseconds();
        banned.Msg.ShouldBe($"Way too much request weight used; IP banned until {until}. Please use WebSocket Streams for live updates to avoid bans.");
        banned.Header("Retry-After").ShouldBe("120");

        clock.Advance(TimeSpan.FromSeconds(119));
        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(418);
        clock.Advance(TimeSpan.FromSeconds(2));
        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200, "the ban is over and a new window began");

        // Offend again: the second ban is longer.
        for (var i = 0; i < 4; i++)
        {
            await client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
        }

        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(429);
        (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(429);
        var second = await client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
        second.Status.ShouldBe(418);
        second.Header("Retry-After").ShouldBe("600");
    }

    [Fact]
    public async Task ClientThatWaitsOutThe429_IsNeverBanned()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, RateLimits = Limits(5, 50), ViolationsBeforeBan = 1 });
        using var client = SandboxClient.Hmac(server);

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 5; i++)
            {
                (await client.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);
            }

            var limited = await client.PublicAsync(HttpMethod.Get, "/api/v3/ping");
            limited.Status.ShouldBe(429);
            clock.Advance(TimeSpan.FromSeconds(int.Parse(limited.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public async Task OrderCount_HeadersAnd1015()
    {
        var clock = new ManualTimeProvider(Start.AddSeconds(3));
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, RateLimits = Limits(6000, ordersPer10Seconds: 2) });
        using var client = SandboxClient.Hmac(server);

        var first = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"));
        first.Header("X-MBX-ORDER-COUNT-10S").ShouldBe("1");
        first.Header("X-MBX-ORDER-COUNT-1D").ShouldBe("1");
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"))).Header("X-MBX-ORDER-COUNT-10S").ShouldBe("2");

        var third = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"));
        third.Status.ShouldBe(429);
        third.Code.ShouldBe(-1015);
        third.Msg.ShouldBe("Too many new orders; current limit is 2 orders per 10 SECOND.");
        third.Header("Retry-After").ShouldBe("7");

        clock.Advance(TimeSpan.FromSeconds(7));
        (await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"))).Status.ShouldBe(200);
    }

    [Fact]
    public async Task FilledOrders_GiveTheirCountBack()
    {
        var clock = new ManualTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, RateLimits = Limits(6000, ordersPer10Seconds: 2) });
        using var client = SandboxClient.Hmac(server);

        for (var i = 0; i < 5; i++)
        {
            var market = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.001"));
            market.Status.ShouldBe(200, market.Body);
            market.Header("X-MBX-ORDER-COUNT-10S").ShouldBe("0");
        }
    }
}
