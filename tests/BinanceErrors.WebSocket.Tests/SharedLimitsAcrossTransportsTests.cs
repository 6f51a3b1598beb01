using BinanceErrors.Http;
using BinanceErrors.Http.Redis;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>
/// One process on REST and one on the WebSocket API (two registries, each with its own Redis connection, as two
/// processes have) share the IP's weight limit through a real redis-server against one sandbox: together they ask for
/// more than the limit, and the exchange still answers no 429, because what one sent the other counts.
/// </summary>
public sealed class SharedLimitsAcrossTransportsTests
{
    private const int WeightPerMinute = 50;

    /// <summary>
    /// Limits learnt from the options only, no headroom, and refusal instead of waiting, so the whole exchange happens
    /// inside one window of the frozen clock (no window boundary for the two clocks to disagree on).
    /// </summary>
    private static BinanceClientOptions Tight(TimeProvider time) => new()
    {
        Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret"),
        TimeProvider = time,
        LearnLimitsFromExchange = false,
        WaitForLimits = false,
        LimitHeadroom = 0,
        RequestWeightLimits = { new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromMinutes(1), WeightPerMinute) },
    };

    [Fact]
    public async Task RestProcessAndWebSocketProcess_SharingRedis_SendZero429s_WhereTogetherTheyAskForMoreThanTheLimit()
    {
        // One frozen instant for the exchange and both processes, at the start of a minute window.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 21, 0, 0, TimeSpan.Zero));
        await using var redis = await RedisServer.StartAsync();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = time,
            RateLimits =
            [
                new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, WeightPerMinute),
                new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 1000),
            ],
            ViolationsBeforeBan = 1000,
        });
        await using var storeRest = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = TimeSpan.FromSeconds(10) });
        await using var storeWs = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = TimeSpan.FromSeconds(10) });
        await storeRest.WaitUntilConnectedAsync();
        await storeWs.WaitUntilConnectedAsync();
        using var restProcess = new BinanceLimitRegistry(storeRest);
        using var webSocketProcess = new BinanceLimitRegistry(storeWs);
        using var rest = BinanceHttpClientFactory.Create(server.BaseAddress, Tight(time), registry: restProcess);
        await using var webSocket = new BinanceWebSocketClient(server.WebSocketAddress!, Tight(time), Harness.Fast(), webSocketProcess);

        // Each asks for 40 requests of weight 1 (the WebSocket one a 2-weight handshake too): 80 together, 50 allowed.
        var restCalls = Task.Run(async () =>
        {
            var (sent, refused) = (0, 0);
            for (var i = 0; i < 40; i++)
            {
                try
                {
                    using var response = await rest.GetAsync("/api/v3/ping");
                    response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
                    sent++;
                }
                catch (BinanceRateLimitException)
                {
                    refused++;
                }
            }

            return (sent, refused);
        });
        var webSocketCalls = Task.Run(async () =>
        {
            var (sent, refused) = (0, 0);
            for (var i = 0; i < 40; i++)
            {
                try
                {
                    (await webSocket.SendAsync("ping")).Status.ShouldBe(200, "no 429 on the WebSocket API either");
                    sent++;
                }
                catch (BinanceRateLimitException)
                {
                    refused++;
                }
            }

            return (sent, refused);
        });
        var answers = await Task.WhenAll(restCalls, webSocketCalls);

        server.ResponseCount(429).ShouldBe(0, "the two processes shared one weight window on Redis");
        (answers[0].sent + answers[1].sent).ShouldBeLessThanOrEqualTo(WeightPerMinute - 2, "the handshake's 2 count in the same window");
        (answers[0].refused + answers[1].refused).ShouldBeGreaterThan(0, "together they asked for more than the window holds");
        answers[0].sent.ShouldBeGreaterThan(0);
        answers[1].sent.ShouldBeGreaterThan(0);
        server.RequestCount("WS", "ping").ShouldBe(answers[1].sent);
        storeRest.IsShared.ShouldBeTrue();
        storeWs.IsShared.ShouldBeTrue();
    }
}
