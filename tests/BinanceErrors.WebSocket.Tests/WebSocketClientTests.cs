using BinanceErrors.Http;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.WebSocket.Tests;

public sealed class WebSocketClientTests
{
    [Fact]
    public async Task PlaceOrder_IsSignedAsDocumented_AndConcurrentAnswersAreMatchedById()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        var held = new List<FixtureRequest>();
        var allHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fixture.Intercept = request =>
        {
            if (request.Method != "order.place")
            {
                return Task.FromResult(false);
            }

            lock (held)
            {
                held.Add(request);
                if (held.Count == 5)
                {
                    allHeld.SetResult();
                }
            }

            return Task.FromResult(true);
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var calls = Enumerable.Range(1, 5).Select(i => client.PlaceOrderAsync(Harness.LimitSell("order-" + i))).ToArray();
        await allHeld.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Answered in reverse order of arrival: each caller still gets its own order.
        foreach (var request in Enumerable.Reverse(held))
        {
            WebSocketApiFixture.SignatureValid(request.Params, request.Get("signature")!).ShouldBeTrue();
            request.Get("apiKey").ShouldBe(DocFrames.ApiKey);
            request.Get("timestamp").ShouldNotBeNull();
            request.Get("recvWindow").ShouldBe("5000");
            await request.Connection.SendAsync(fixture.DefaultAnswer(request));
        }

        for (var i = 0; i < calls.Length; i++)
        {
            var response = await calls[i];
            response.IsSuccess.ShouldBeTrue();
            response.Result.GetProperty("clientOrderId").GetString().ShouldBe("order-" + (i + 1));
            response.Reconciliation.ShouldBeNull();
        }

        fixture.ConnectionsAccepted.ShouldBe(1);
    }

    [Fact]
    public async Task OrderWithoutClientId_GetsOne()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var response = await client.PlaceOrderAsync(Harness.LimitSell());

        response.ClientOrderId.ShouldNotBeNullOrEmpty();
        fixture.Requests.Single(r => r.Method == "order.place").Get("newClientOrderId").ShouldBe(response.ClientOrderId);
    }

    [Fact]
    public async Task ErrorFrame_IsClassified_AndTypedCallsThrowItsException()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = async request =>
        {
            if (request.Method != "order.place")
            {
                return false;
            }

            await request.Connection.SendAsync(DocFrames.Fill(DocFrames.InsufficientBalance, request.Id));
            return true;
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var thrown = await Should.ThrowAsync<BinanceInsufficientBalanceException>(() => client.PlaceOrderAsync(Harness.LimitSell("poor-1")));
        thrown.Error.Code.ShouldBe(-2010);

        var response = await client.SendAsync("order.place", Harness.LimitSell("poor-2"));
        response.Status.ShouldBe(400);
        response.Error!.Kind.ShouldBe(BinanceErrorKind.InsufficientBalance);
        fixture.Count("order.place").ShouldBe(2);
    }

    [Fact]
    public async Task RateLimitsOfAnAnswer_FeedTheLimitsRestUses_OneLimiterPerIp()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();

        // WeightUsed70 of the documentation with the count raised to just under the limit.
        fixture.Intercept = async request =>
        {
            await request.Connection.SendAsync(DocFrames.Fill(DocFrames.WeightUsed70, request.Id).Replace("\"count\": 70", "\"count\": 5999", StringComparison.Ordinal));
            return true;
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);
        var options = Harness.Options();
        options.WaitForLimits = false;
        using var rest = BinanceHttpClientFactory.Create(fixture.RestUri, options, registry: registry);

        (await client.SendAsync("ping")).IsSuccess.ShouldBeTrue();

        await Should.ThrowAsync<BinanceRateLimitException>(() => rest.GetAsync("api/v3/time"));
        fixture.RestRequests.ShouldBe(0);
    }

    [Fact]
    public async Task AnswerLostToADrop_IsSettledByOrderStatus_NeverResent()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = request =>
        {
            if (request.Method == "order.place")
            {
                // Accepted by the exchange, then the connection dies before the answer.
                request.Connection.Drop();
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var response = await client.PlaceOrderAsync(Harness.LimitSell("dropped-1"));

        response.Reconciliation.ShouldBe("found");
        response.Result.GetProperty("clientOrderId").GetString().ShouldBe("dropped-1");
        fixture.Count("order.place").ShouldBe(1);
        fixture.Requests.Single(r => r.Method == "order.status").Get("origClientOrderId").ShouldBe("dropped-1");
        fixture.ConnectionsAccepted.ShouldBe(2);
    }

    [Fact]
    public async Task ExecutionUnknown5XX_IsSettledByLookUp_NeverResent()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = async request =>
        {
            if (request.Method != "order.place")
            {
                return false;
            }

            await request.Connection.SendAsync(DocFrames.Fill(DocFrames.ExecutionTimeout, request.Id));
            return true;
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var response = await client.PlaceOrderAsync(Harness.LimitSell("unknown-1"));

        response.Reconciliation.ShouldBe("found");
        fixture.Count("order.place").ShouldBe(1);
        fixture.Count("order.status").ShouldBe(1);
        fixture.ConnectionsAccepted.ShouldBe(1);
    }

    [Fact]
    public async Task ClockSkew_ResyncsTheClock_AndSendsOnceMore()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        var refused = 0;
        fixture.Intercept = async request =>
        {
            if (request.Method != "order.place" || Interlocked.Increment(ref refused) > 1)
            {
                return false;
            }

            await request.Connection.SendAsync(DocFrames.Fill(DocFrames.TimestampOutside, request.Id));
            return true;
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var response = await client.PlaceOrderAsync(Harness.LimitSell("skewed-1"));

        response.IsSuccess.ShouldBeTrue();
        fixture.Count("order.place").ShouldBe(2);
        fixture.Count("time").ShouldBe(2);
    }

    [Fact]
    public async Task ReadWhoseAnswerWasLost_IsAskedAgainOnANewConnection()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        var dropped = 0;
        fixture.Intercept = request =>
        {
            if (request.Method == "account.status" && Interlocked.Increment(ref dropped) == 1)
            {
                request.Connection.Drop();
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        (await client.GetAccountStatusAsync()).IsSuccess.ShouldBeTrue();
        fixture.Count("account.status").ShouldBe(2);
        fixture.ConnectionsAccepted.ShouldBe(2);
    }

    [Fact]
    public async Task Ban418ThatClosesTheSocket_StopsWebSocketAndRestOnTheIp()
    {
        // On the ban frame's own clock, so the documented ban end is 58 minutes ahead.
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1659142907531));
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.ServerTimeMs = () => time.GetUtcNow().ToUnixTimeMilliseconds();
        fixture.Intercept = async request =>
        {
            if (request.Method != "account.status")
            {
                return false;
            }

            await request.Connection.SendAsync(DocFrames.Fill(DocFrames.Banned, request.Id));
            await request.Connection.CloseAsync("banned");
            return true;
        };
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry, Harness.Options(time));
        using var rest = BinanceHttpClientFactory.Create(fixture.RestUri, Harness.Options(time), registry: registry);

        var banned = await client.SendAsync("account.status");
        banned.Status.ShouldBe(418);
        banned.Error!.Advice.Until.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1659146400000));

        var requestsBefore = fixture.Requests.Count;
        await Should.ThrowAsync<BinanceRateLimitException>(() => client.GetAccountStatusAsync());
        await Should.ThrowAsync<BinanceRateLimitException>(() => rest.GetAsync("api/v3/time"));
        fixture.Requests.Count.ShouldBe(requestsBefore);
        fixture.RestRequests.ShouldBe(0);
    }

    [Fact]
    public async Task RevokedKey_FailsEveryPendingRequestAsAnAuthenticationError_WithoutRetrying()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = request => Task.FromResult(request.Method == "account.status");
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        var first = client.GetAccountStatusAsync();
        var second = client.GetAccountStatusAsync();
        var a = await fixture.NextAsync("account.status");
        await fixture.NextAsync("account.status");
        await a.Connection.SendAsync(DocFrames.Revoked);

        (await Should.ThrowAsync<BinanceAuthenticationException>(() => first)).Error.Code.ShouldBe(-2015);
        (await Should.ThrowAsync<BinanceAuthenticationException>(() => second)).Error.Code.ShouldBe(-2015);
        fixture.Count("account.status").ShouldBe(2);
    }

    [Fact]
    public async Task ServerShutdown_OpensAReplacementFirst_AndLosesNoRequest()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.Intercept = request => Task.FromResult(request.Method == "account.status" && request.Connection.Number == 1);
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);
        var replaced = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Session.Reconnected = connection =>
        {
            replaced.TrySetResult(connection.Number);
            return Task.CompletedTask;
        };

        var inFlight = client.GetAccountStatusAsync();
        var held = await fixture.NextAsync("account.status");
        await held.Connection.SendAsync(DocFrames.ServerShutdown);
        (await replaced.Task.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(2);

        // New requests go to the replacement while the old connection still owes an answer.
        (await client.GetAccountStatusAsync()).IsSuccess.ShouldBeTrue();
        fixture.Requests.Last(r => r.Method == "account.status").Connection.Number.ShouldBe(2);
        held.Connection.Closed.IsCompleted.ShouldBeFalse();

        await held.Connection.SendAsync(fixture.DefaultAnswer(held));
        (await inFlight).IsSuccess.ShouldBeTrue();
        await held.Connection.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        held.Connection.ClosedByClient.ShouldBeTrue();
        fixture.Count("account.status").ShouldBe(2);
    }

    [Fact]
    public async Task ConnectionNearingTheDailyClose_IsReplacedAndDrained()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.ServerTimeMs = () => time.GetUtcNow().ToUnixTimeMilliseconds();
        using var registry = new BinanceLimitRegistry();
        var ws = Harness.Fast();
        await using var client = Harness.Client(fixture, registry, Harness.Options(time), ws);
        var replaced = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Session.Reconnected = connection =>
        {
            replaced.TrySetResult(connection.Number);
            return Task.CompletedTask;
        };

        await client.ConnectAsync();
        time.Advance(ws.MaxConnectionAge);

        (await replaced.Task.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(2);
        await (await fixture.ConnectionAsync(1)).Closed.WaitAsync(TimeSpan.FromSeconds(30));
        (await fixture.ConnectionAsync(1)).ClosedByClient.ShouldBeTrue();
        (await client.SendAsync("ping")).IsSuccess.ShouldBeTrue();
        fixture.Requests.Single(r => r.Method == "ping").Connection.Number.ShouldBe(2);
    }

    [Fact]
    public async Task RefusedHandshakes_AreRetriedWithBackoff_UntilTheConnectionOpens()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        fixture.RefuseHandshakes = 3;
        using var registry = new BinanceLimitRegistry();
        await using var client = Harness.Client(fixture, registry);

        (await client.SendAsync("ping")).IsSuccess.ShouldBeTrue();
        fixture.HandshakesRefused.ShouldBe(3);
        fixture.ConnectionsAccepted.ShouldBe(1);
        client.ConnectionsOpened.ShouldBe(4);
    }

    [Fact]
    public async Task OrderIntent_IsJournalledAsItsRestTwin()
    {
        await using var fixture = await WebSocketApiFixture.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), "wsc-journal-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using (var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path }))
            {
                var options = Harness.Options();
                options.OrderJournal = journal;
                using var registry = new BinanceLimitRegistry();
                await using var client = Harness.Client(fixture, registry, options);

                await client.PlaceOrderAsync(Harness.LimitSell("journalled-1"));

                var intent = await journal.FindAsync("journalled-1", CancellationToken.None);
                intent.ShouldNotBeNull();
                intent.Method.ShouldBe("POST");
                intent.Path.ShouldBe("/api/v3/order");
                intent.Query.ShouldContain("newClientOrderId=journalled-1");
                intent.Query.ShouldNotContain("signature");
                intent.State.ShouldBe(BinanceOrderIntentState.Placed);
                intent.OrderId.ShouldBe(12569099453);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
