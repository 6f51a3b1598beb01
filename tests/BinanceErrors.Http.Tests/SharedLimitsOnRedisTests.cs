using System.Diagnostics.Metrics;
using BinanceErrors.Http.Redis;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Limits and bans shared across "processes" (registries with their own Redis connections, as separate processes
/// have) through a real redis-server, against the sandbox on one fake clock.
/// </summary>
public sealed class SharedLimitsOnRedisTests
{
    /// <summary>
    /// For tests about sharing (not about falling back): long enough that a loaded test machine never makes a Redis call
    /// time out, which would answer from local limits and let the IP go over.
    /// </summary>
    private static readonly TimeSpan SharingTimeout = TimeSpan.FromSeconds(10);

    private static SandboxOptions TightSandbox(int weightPer10Seconds) => new()
    {
        RateLimits =
        [
            new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Second, 10, weightPer10Seconds),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 1000),
        ],
        ViolationsBeforeBan = 1000,
    };

    private static BinanceClientOptions TightClient(SteppedTimeProvider time, int weightPer10Seconds)
    {
        var options = Harness.NewOptions(time, credentials: null);
        options.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(10), weightPer10Seconds));
        options.LimitHeadroom = 0;
        return options;
    }

    private static async Task PingAsync(Harness harness, HttpClient client, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsync("/api/v3/ping");
        }
    }

    private static async Task PingOnceAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v3/ping");
    }

    [Fact]
    public async Task TwoProcessesSharingRedis_SendZero429s_WhereProcessLocalLimitsDraw429s()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var harness = await Harness.StartAsync(TightSandbox(20));
        await using var storeA = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await using var storeB = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await storeA.WaitUntilConnectedAsync();
        await storeB.WaitUntilConnectedAsync();
        using var processA = new BinanceLimitRegistry(storeA);
        using var processB = new BinanceLimitRegistry(storeB);
        using var clientA = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, TightClient(harness.Time, 20), registry: processA);
        using var clientB = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, TightClient(harness.Time, 20), registry: processB);

        await harness.Time.DriveAllAsync(PingAsync(harness, clientA, 30), PingAsync(harness, clientB, 30));

        harness.Server.ResponseCount(200).ShouldBe(60);
        harness.Server.ResponseCount(429).ShouldBe(0, "the two processes shared one weight window on Redis");
        storeA.IsShared.ShouldBeTrue();

        // The same two processes with process-local limits each believe they own the whole window.
        using var localA = new BinanceLimitRegistry();
        using var localB = new BinanceLimitRegistry();
        using var lonerA = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, TightClient(harness.Time, 20), registry: localA);
        using var lonerB = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, TightClient(harness.Time, 20), registry: localB);
        harness.Time.Advance(TimeSpan.FromSeconds(10));

        // Both send at once, as two busy processes do. (One request at a time each, they would mostly learn the other's
        // usage from the weight headers before their next request, and go over only when two sends happen to cross.)
        var burst = new List<Task>();
        for (var i = 0; i < 30; i++)
        {
            burst.Add(PingOnceAsync(lonerA));
            burst.Add(PingOnceAsync(lonerB));
        }

        await harness.Time.DriveAllAsync([.. burst]);

        harness.Server.ResponseCount(429).ShouldBeGreaterThan(0, "without a shared store the IP goes over its limit");
    }

    /// <summary>
    /// Weight reserved for a zero-weight order method that succeeded is given back on Redis, so every process sharing
    /// the IP can use it again: lowered in the window that holds the reservation, never below zero, and never in a
    /// window that has rolled over since.
    /// </summary>
    [Fact]
    public async Task GiveBack_LowersTheSharedWeightCounter_SeenByAnotherProcess_NeverBelowZero_NeverInALaterWindow()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var storeA = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await using var storeB = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await storeA.WaitUntilConnectedAsync();
        await storeB.WaitUntilConnectedAsync();
        var scope = new BinanceLimitScope(BinanceVenue.Spot, "egress-1");
        BinanceLimitWindow[] windows = [new(BinanceLimitKind.RequestWeight, 60_000, 10)];
        const long Now = 1_800_000_000_000; // a window start: 60 s windows begin at whole minutes
        BinanceLimitReservation Weight(int weight, long nowMs) => new(scope, null, weight, 0, 0, nowMs, windows);

        (await storeA.TryReserveAsync(Weight(8, Now), default)).CanSend.ShouldBeTrue();
        (await storeB.TryReserveAsync(Weight(4, Now + 10), default)).CanSend.ShouldBeFalse("8 of 10 are used on Redis");

        await storeA.GiveBackAsync(scope, Now, 8, Now + 20, default);

        (await storeB.TryReserveAsync(Weight(10, Now + 30), default)).CanSend.ShouldBeTrue("the 8 given back are free for the other process");
        await storeA.GiveBackAsync(scope, Now, 50, Now + 40, default);
        (await storeB.TryReserveAsync(Weight(10, Now + 50), default)).CanSend.ShouldBeTrue("a give-back larger than the count stops at zero");
        (await storeB.TryReserveAsync(Weight(1, Now + 60), default)).CanSend.ShouldBeFalse("zero, not below: the window is full again");

        // A reservation from the previous window is not given back out of the current one.
        await storeA.GiveBackAsync(scope, Now - 1, 10, Now + 70, default);
        (await storeB.TryReserveAsync(Weight(1, Now + 80), default)).CanSend.ShouldBeFalse();
        storeA.IsShared.ShouldBeTrue();
        storeB.IsShared.ShouldBeTrue();
    }

    [Fact]
    public async Task UsdMBatchOrders_FromTwoProcesses_Cost5OnTheSharedTenSecondWindowAnd1OnTheMinute()
    {
        await using var redis = await RedisServer.StartAsync();

        await using var storeA = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await using var storeB = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await storeA.WaitUntilConnectedAsync();
        await storeB.WaitUntilConnectedAsync();
        var scope = new BinanceLimitScope(BinanceVenue.UsdMFutures, "fapi.binance.com");
        BinanceLimitWindow[] windows =
        [
            new(BinanceLimitKind.RequestWeight, 60_000, 2400),
            new(BinanceLimitKind.Orders, 10_000, 300),
            new(BinanceLimitKind.Orders, 60_000, 1200),
        ];
        var batch = Internal.OrderCountCost.Find(HttpMethod.Post, "/fapi/v1/batchOrders", Internal.EndpointTable.Find(HttpMethod.Post, "/fapi/v1/batchOrders"));
        const long Now = 1_764_460_800_000; // a 10-second and minute boundary
        BinanceLimitReservation Batch(long now) => new(scope, "account", 5, batch.ShortWindow, batch.LongWindow, now, windows);

        // 300 per 10 s: 30 batches of 5 from each process fill the window they share on Redis.
        for (var i = 0; i < 30; i++)
        {
            (await storeA.TryReserveAsync(Batch(Now), default)).CanSend.ShouldBeTrue($"A's batch {i}");
            (await storeB.TryReserveAsync(Batch(Now), default)).CanSend.ShouldBeTrue($"B's batch {i}");
        }

        var refused = await storeB.TryReserveAsync(Batch(Now), default);
        refused.ShouldBe(new BinanceLimitDecision(false, Now + 10_000, "order count 10S"), "the 61st batch of the two processes");
        storeB.IsShared.ShouldBeTrue("Redis answered, not B's local fallback");

        // The minute window counted 60 (1 per batch), not 300: once the 10-second window rolls, batches go on.
        (await storeA.TryReserveAsync(Batch(Now + 10_000), default)).CanSend.ShouldBeTrue();
    }

    [Fact]
    public async Task DapiInOneProcess_AndFapiInAnother_ShareOneWeightPoolAndOneOrderPool()
    {
        // Since 2026-06-30 USDⓈ-M and COIN-M share one pool. No COIN-M sandbox yet: the /dapi requests go to the USDⓈ-M
        // sandbox (404 -1020 answers), which is enough to see them reserved on Redis before they left.
        await using var redis = await RedisServer.StartAsync();
        await using var harness = await Harness.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        await using var storeA = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await using var storeB = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration, OperationTimeout = SharingTimeout });
        await storeA.WaitUntilConnectedAsync();
        await storeB.WaitUntilConnectedAsync();
        using var processA = new BinanceLimitRegistry(storeA);
        using var processB = new BinanceLimitRegistry(storeB);
        BinanceClientOptions Futures(BinanceVenue venue)
        {
            var options = Harness.NewOptions(harness.Time, BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret));
            options.Venue = venue;
            options.IpGroup = "egress-a";
            options.WaitForLimits = false;
            options.LimitHeadroom = 0;
            options.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(10), 12));
            options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 1));
            return options;
        }

        using var coinM = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, Futures(BinanceVenue.CoinMFutures), registry: processA);
        using var usdM = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, Futures(BinanceVenue.UsdMFutures), registry: processB);

        // Process A: the clock sync's GET /dapi/v1/time (1) and an order (0 weight, the account's one order slot).
        using (var order = await harness.Time.DriveAsync(coinM.PostAsync("/dapi/v1/order?symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=1&newClientOrderId=coin-1", null)))
        {
            ((int)order.StatusCode).ShouldBe(404);
        }

        // Process B: the order pool is the same account's on Redis; its clock sync (1) still fits in the weight pool.
        var ordersRefused = await Should.ThrowAsync<BinanceRateLimitException>(harness.Time.DriveAsync(usdM.PostAsync("/fapi/v1/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001", null)));
        ordersRefused.IsBan.ShouldBeFalse();
        harness.Server.RequestCount("POST", "/fapi/v1/order").ShouldBe(0);

        // Process A fills the weight pool (2 used, depth weighs 10); process B's next read is refused before it leaves.
        using (var depth = await harness.Time.DriveAsync(coinM.GetAsync("/dapi/v1/depth?symbol=BTCUSD_PERP")))
        {
            ((int)depth.StatusCode).ShouldBe(404);
        }

        var weightRefused = await Should.ThrowAsync<BinanceRateLimitException>(harness.Time.DriveAsync(usdM.GetAsync("/fapi/v1/ping")));
        weightRefused.IsBan.ShouldBeFalse();
        harness.Server.RequestCount("GET", "/fapi/v1/ping").ShouldBe(0);
        (storeA.IsShared && storeB.IsShared).ShouldBeTrue("Redis answered both processes, not their local fallbacks");
    }

    [Fact]
    public async Task A418SeenInOneProcess_StopsEveryKeyAndKeylessClientOfAnotherProcessOnTheSameIpGroup()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var harness = await Harness.StartAsync();
        await using var storeA = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration });
        await using var storeB = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = redis.Configuration });
        await storeA.WaitUntilConnectedAsync();
        await storeB.WaitUntilConnectedAsync();
        using var processA = new BinanceLimitRegistry(storeA);
        using var processB = new BinanceLimitRegistry(storeB);
        using var keyed = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, harness.Options, registry: processA);
        using var keyless = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, Harness.NewOptions(harness.Time, credentials: null), registry: processB);
        harness.Server.AddFault(new FaultRule { Path = "/api/v3/account", Count = 1, BanSeconds = 120 });

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", keyed)).Status.ShouldBe(418);
        var sent = harness.Server.TotalRequests;

        var refused = await Should.ThrowAsync<BinanceRateLimitException>(() => keyless.GetAsync("/api/v3/ping"));
        refused.IsBan.ShouldBeTrue();
        refused.BannedUntil.ShouldBe(harness.Time.GetUtcNow().AddSeconds(120));
        harness.Server.TotalRequests.ShouldBe(sent, "the other process sent nothing during the ban");

        harness.Time.Advance(TimeSpan.FromSeconds(120));
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping", keyless)).Status.ShouldBe(200, "the ban ends when the exchange said");
    }

    [Fact]
    public async Task RedisKilledMidRun_TradingGoesOnUnderLocalLimits_VisibleInMetricsAndLogs_AndSharedAgainWhenBack()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var harness = await Harness.StartAsync(TightSandbox(1000));
        var services = new ServiceCollection().AddMetrics().AddLogging(b => b.AddProvider(harness.Logs).SetMinimumLevel(LogLevel.Trace));
        await using var provider = services.BuildServiceProvider();
        var meterFactory = provider.GetRequiredService<IMeterFactory>();
        var fallbacks = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meterFactory && instrument.Name == "binance.client.limit_store.fallbacks")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (fallbacks)
            {
                fallbacks.Add(tags.ToArray().Single(t => t.Key == "binance.reason").Value!.ToString()!);
            }
        });
        listener.Start();

        // This test is about Redis going away and coming back, not about a slow Redis: with the default 250 ms a loaded
        // machine could turn "back" into a timeout fallback (the first script after a restart is an EVALSHA, a NOSCRIPT
        // and an EVAL). While Redis is down calls fall back at once (disconnected or circuit open), whatever the timeout.
        await using var store = new RedisBinanceLimitStore(
            new RedisLimitStoreOptions { Configuration = redis.Configuration, BreakDuration = TimeSpan.FromSeconds(0.5), OperationTimeout = SharingTimeout, FallbackShare = 0.5m },
            meterFactory,
            provider.GetRequiredService<ILogger<RedisBinanceLimitStore>>());
        await store.WaitUntilConnectedAsync();
        using var registry = new BinanceLimitRegistry(store, meterFactory);
        using var client = BinanceHttpClientFactory.Create(harness.Server.BaseAddress, harness.Options, registry: registry);
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("before-kill"), client)).Status.ShouldBe(200);
        store.IsShared.ShouldBeTrue();

        await redis.KillAsync();
        for (var i = 0; i < 10; i++)
        {
            (await harness.SendAsync(HttpMethod.Get, "/api/v3/ping", client)).Status.ShouldBe(200);
        }

        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("during-outage"), client)).Status.ShouldBe(200, "no exception reaches the caller");
        store.IsShared.ShouldBeFalse();
        lock (fallbacks)
        {
            fallbacks.Count.ShouldBeGreaterThanOrEqualTo(11, "every call during the outage was answered locally and counted");
        }

        harness.Logs.Lines.ShouldContain(l => l.Contains("Redis unavailable", StringComparison.Ordinal));

        await redis.StartProcessAsync();
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await store.WaitUntilConnectedAsync(wait.Token);
        }

        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("after-restart"), client)).Status.ShouldBe(200);
        store.IsShared.ShouldBeTrue();
        harness.Logs.Lines.ShouldContain(l => l.Contains("limits are shared again", StringComparison.Ordinal));
        harness.Orders("before-kill").ShouldBe(1);
        harness.Orders("during-outage").ShouldBe(1);
        harness.Orders("after-restart").ShouldBe(1);
    }

    [Fact]
    public async Task RedisUrl_PasswordUserAndDatabase_AreHonoured_TheKeysLandInTheNamedDatabase()
    {
        await using var redis = await RedisServer.StartAsync("--requirepass", "s3cret/pw", "--user", "bot", "on", ">bot-pw", "~*", "+@all");
        await using var withPassword = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = $"redis://:s3cret%2Fpw@127.0.0.1:{redis.Port}/3", OperationTimeout = SharingTimeout });
        await using var withUser = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = $"redis://bot:bot-pw@127.0.0.1:{redis.Port}/5", OperationTimeout = SharingTimeout });

        (await withPassword.TryConnectAsync()).ShouldBeTrue(withPassword.ConnectionProblem);
        (await withUser.TryConnectAsync()).ShouldBeTrue(withUser.ConnectionProblem);
        withPassword.ConnectionProblem.ShouldBeNull();
        withPassword.RedactedConfiguration.ShouldBe($"redis://:***@127.0.0.1:{redis.Port}/3");
        var scope = new BinanceLimitScope(BinanceVenue.Spot, "url-test");
        await withPassword.HaltAsync(scope, untilMs: 2_000_000_000_000, banned: true, nowMs: 1_999_999_990_000, CancellationToken.None);
        await withUser.HaltAsync(scope with { IpGroup = "url-user" }, untilMs: 2_000_000_000_000, banned: false, nowMs: 1_999_999_990_000, CancellationToken.None);

        await using var raw = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync($"{redis.Configuration},password=s3cret/pw,allowAdmin=true");
        var server = raw.GetServer(raw.GetEndPoints()[0]);
        server.Keys(3).Select(k => k.ToString()).ShouldBe(["binance-limits:{Spot:url-test}:ban", "binance-limits:{Spot:url-test}:halt"], ignoreOrder: true);
        server.Keys(5).Select(k => k.ToString()).ShouldBe(["binance-limits:{Spot:url-user}:halt"]);
        server.Keys(0).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("redis://:wrong@127.0.0.1:{port}", "refused the credentials: ", "WRONGPASS")]
    [InlineData("redis://127.0.0.1:{port}", "refused the credentials: ", "NOAUTH")]
    [InlineData("rediss://:pw@127.0.0.1:{port}", "no Redis answers at 127.0.0.1:", "UnableToConnect")]
    public async Task RedisUrl_ThatCannotConnect_SaysWhyAtOnce_AndNeverShowsThePassword(string url, string problem, string detail)
    {
        await using var redis = await RedisServer.StartAsync("--requirepass", "pw");
        await using var store = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = url.Replace("{port}", redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) });

        (await store.TryConnectAsync()).ShouldBeFalse();

        store.IsShared.ShouldBeFalse();
        store.ConnectionProblem.ShouldNotBeNull().ShouldContain(problem);
        store.ConnectionProblem.ShouldContain(detail);
        store.ConnectionProblem.ShouldNotContain(":wrong@");
        store.RedactedConfiguration.ShouldNotContain("wrong");
    }

    [Fact]
    public async Task RedisUrl_WithTls_IsSharedOverTls_WithTheCertificateChecked()
    {
        using var authority = TestCertificateAuthority.Create();
        await using var redis = await RedisServer.StartAsync([.. authority.RedisTlsArguments, "--requirepass", "pw"]);
        var url = $"rediss://:pw@127.0.0.1:{redis.Port}/2";

        await using var untrusted = new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = url });
        await using var trusted = new RedisBinanceLimitStore(new RedisLimitStoreOptions
        {
            Configuration = url.Replace("rediss://", "redis://", StringComparison.Ordinal) + "?ssl=true",
            ConfigureConnection = options => options.TrustIssuer(authority.CaCertificatePath),
            OperationTimeout = SharingTimeout,
        });

        (await untrusted.TryConnectAsync()).ShouldBeFalse();
        untrusted.ConnectionProblem.ShouldNotBeNull().ShouldContain("the TLS handshake with 127.0.0.1:");
        (await trusted.TryConnectAsync()).ShouldBeTrue(trusted.ConnectionProblem);
        await trusted.HaltAsync(new BinanceLimitScope(BinanceVenue.Spot, "tls"), 2_000_000_000_000, banned: false, 1_999_999_990_000, CancellationToken.None);
        trusted.IsShared.ShouldBeTrue();
    }

    [Theory]
    [InlineData("redis://127.0.0.1:6379?timeout=5", "the parameter 'timeout' is not supported")]
    [InlineData("redis://127.0.0.1:6379/zero", "the path must be a database number such as /0, not '/zero'")]
    [InlineData("rediss://:pw@127.0.0.1:6379?ssl=false", "rediss:// is TLS; ssl=false contradicts it")]
    [InlineData("redis://:pw@127.0.0.1:6379?ssl=maybe", "ssl must be true or false, not 'maybe'")]
    [InlineData("redis://127.0.0.1:6379#x", "a Redis URL has no fragment")]
    public void RedisUrl_WithAPartTheStoreCannotHonour_IsRefused_NotDropped(string url, string message)
    {
        var error = Should.Throw<ArgumentException>(() => new RedisBinanceLimitStore(new RedisLimitStoreOptions { Configuration = url }));

        error.Message.ShouldContain(message);
        error.Message.ShouldNotContain(":pw@");
    }
}
