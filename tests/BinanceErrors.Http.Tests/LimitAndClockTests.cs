using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>Throttling before a 429, halting on 429 and 418, and clock resync on -1021, against the sandbox.</summary>
public sealed class LimitAndClockTests
{
    /// <summary>A weight window of two seconds, so tests wait seconds, not minutes.</summary>
    private static IReadOnlyList<BinanceRateLimit> ShortWindows(int weightPer2Seconds) =>
    [
        new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Second, 2, weightPer2Seconds),
        new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 1000),
    ];

    [Fact]
    public async Task LoopUsingThreeTimesTheWeightLimit_EndsWithZero429sAndZero418s()
    {
        await using var harness = await Harness.StartAsync(
            new SandboxOptions { RateLimits = ShortWindows(10), ViolationsBeforeBan = 1 },
            o =>
            {
                o.RequestWeightLimits.Clear();
                o.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(2), 10));
            });

        for (var i = 0; i < 30; i++)
        {
            (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);
        }

        harness.Server.ResponseCount(429).ShouldBe(0);
        harness.Server.ResponseCount(418).ShouldBe(0);
        harness.Server.ResponseCount(200).ShouldBe(30);
        harness.Logs.Lines.ShouldContain(l => l.Contains("waiting", StringComparison.Ordinal) && l.Contains("request weight 2S", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After429_NoRequestIsSentUntilRetryAfter_FromAnyClientOfTheProcess()
    {
        // The client believes in a much higher limit, so it meets a real 429.
        await using var harness = await Harness.StartAsync(
            new SandboxOptions { RateLimits = ShortWindows(3), ViolationsBeforeBan = 1 },
            o =>
            {
                o.RequestWeightLimits.Clear();
                o.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(2), 1000));
            });
        for (var i = 0; i < 3; i++)
        {
            (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);
        }

        var limited = harness.SendAsync(HttpMethod.Get, "/api/v3/ping");
        await Task.Delay(150);
        using var other = harness.NewClient();
        var second = harness.SendAsync(HttpMethod.Get, "/api/v3/time", other);
        await Task.Delay(150);
        var during = harness.Server.TotalRequests;

        (await limited).Status.ShouldBe(200, "it waited out Retry-After and succeeded");
        (await second).Status.ShouldBe(200);
        during.ShouldBe(4, "three allowed requests and the one that got the 429; nothing else during the halt");
        harness.Server.ResponseCount(429).ShouldBe(1);
        harness.Server.ResponseCount(418).ShouldBe(0, "a client that keeps sending during a 429 gets banned; this one did not");
    }

    [Fact]
    public async Task After418_EveryRequestFailsFastWithTheBanTime_UntilItEnds()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Path = "/api/v3/ping", Count = 1, BanSeconds = 2 });

        var (status, _, _) = await harness.SendAsync(HttpMethod.Get, "/api/v3/ping");
        status.ShouldBe(418);
        var sent = harness.Server.TotalRequests;

        var error = await Should.ThrowAsync<BinanceRateLimitException>(() => harness.Client.GetAsync("/api/v3/time"));
        error.IsBan.ShouldBeTrue();
        error.BannedUntil.ShouldNotBeNull();
        error.RetryAfter!.Value.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        harness.Server.TotalRequests.ShouldBe(sent, "nothing is sent during a ban");

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/time")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task FailFastOption_RefusesInsteadOfWaiting()
    {
        await using var harness = await Harness.StartAsync(
            new SandboxOptions { RateLimits = ShortWindows(100) },
            o =>
            {
                o.WaitForLimits = false;
                o.RequestWeightLimits.Clear();
                o.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(2), 2));
                o.LimitHeadroom = 0;
            });
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(200);

        var error = await Should.ThrowAsync<BinanceRateLimitException>(() => harness.Client.GetAsync("/api/v3/ping"));

        error.IsBan.ShouldBeFalse();
        error.HttpStatus.ShouldBe(429);
        harness.Server.TotalRequests.ShouldBe(2);
    }

    [Theory]
    [InlineData(3_600_000)]
    [InlineData(-3_600_000)]
    public async Task ServerClockAnHourOff_RecoversWithinOneRetry(long skewMs)
    {
        await using var harness = await Harness.StartAsync();
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account")).Status.ShouldBe(200, "the first signed call syncs the clock");
        harness.Server.ShiftClock(skewMs);

        var account = await harness.SendAsync(HttpMethod.Get, "/api/v3/account");
        var order = await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("after-skew"));

        account.Status.ShouldBe(200);
        order.Status.ShouldBe(200);
        harness.Server.RequestCount("GET", "/api/v3/account").ShouldBe(3, "one success, one -1021, one retry after the resync");
        harness.Server.RequestCount("GET", "/api/v3/time").ShouldBe(2, "synced at start, resynced once on -1021");
        harness.Orders("after-skew").ShouldBe(1);
        harness.Logs.Lines.ShouldContain(l => l.Contains("server clock offset", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Minus1021_ThatPersists_IsNotRetriedForever()
    {
        await using var harness = await Harness.StartAsync();
        harness.Server.AddFault(new FaultRule { Path = "/api/v3/account", Status = 400, Code = -1021 });

        var (status, json, _) = await harness.SendAsync(HttpMethod.Get, "/api/v3/account");

        status.ShouldBe(400);
        json.GetProperty("code").GetInt32().ShouldBe(-1021);
        harness.Server.RequestCount("GET", "/api/v3/account").ShouldBe(2, "one resync and one retry, then the error is returned");
    }
}
