using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The Spot WebSocket API (<c>/ws-api/v3</c>) on the REST port, driven by a real <see cref="ClientWebSocket"/>: the
/// envelope, signing over WebSocket, sessions, one engine and one set of limits with REST, the exchange's errors.
/// </summary>
public sealed class WebSocketApiTests
{
    [Fact]
    public async Task Ping_AnswersTheEnvelope_WithTheIpsWeightInRateLimits()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);

        var answer = await ws.CallAsync("ping");

        answer.GetProperty("id").GetString().ShouldBe("r1");
        answer.GetProperty("status").GetInt32().ShouldBe(200);
        answer.GetProperty("result").EnumerateObject().ShouldBeEmpty();
        var weight = answer.GetProperty("rateLimits").EnumerateArray().Single(l => l.GetProperty("rateLimitType").GetString() == "REQUEST_WEIGHT");
        weight.GetProperty("interval").GetString().ShouldBe("MINUTE");
        weight.GetProperty("intervalNum").GetInt32().ShouldBe(1);
        weight.GetProperty("count").GetInt32().ShouldBe(3, "the connect costs 2 and ping 1");
        (await ws.CallAsync("time")).GetProperty("result").GetProperty("serverTime").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ReturnRateLimitsFalse_InTheUrlOrTheRequest_LeavesThemOut()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var quiet = await WsApiClient.ConnectAsync(server, query: "returnRateLimits=false");
        (await quiet.CallAsync("ping")).TryGetProperty("rateLimits", out _).ShouldBeFalse();

        await using var ws = await WsApiClient.ConnectAsync(server);
        (await ws.CallAsync("ping", ("returnRateLimits", false))).TryGetProperty("rateLimits", out _).ShouldBeFalse();
        (await ws.CallAsync("ping")).TryGetProperty("rateLimits", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AnOrderPlacedOverWebSocket_IsSeenAndCancelledOverRest_AndTheOtherWayRound()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);
        using var rest = SandboxClient.Hmac(server);

        var placed = await ws.SignedAsync("order.place",
            ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "20000"), ("quantity", "0.01"), ("newClientOrderId", "ws-1"));
        placed.GetProperty("status").GetInt32().ShouldBe(200, placed.ToString());
        var orderId = placed.GetProperty("result").GetProperty("orderId").GetInt64();
        placed.GetProperty("result").GetProperty("status").GetString().ShouldBe("NEW");
        placed.GetProperty("rateLimits").EnumerateArray().ShouldContain(l => l.GetProperty("rateLimitType").GetString() == "ORDERS" && l.GetProperty("count").GetInt32() == 1);

        var seen = await rest.SignedAsync(HttpMethod.Get, "/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}");
        seen.Json.GetProperty("clientOrderId").GetString().ShouldBe("ws-1");
        (await rest.SignedAsync(HttpMethod.Delete, "/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}")).Status.ShouldBe(200);

        var status = await ws.SignedAsync("order.status", ("symbol", "BTCUSDT"), ("origClientOrderId", "ws-1"));
        status.GetProperty("result").GetProperty("status").GetString().ShouldBe("CANCELED");

        var viaRest = await rest.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&price=31000&quantity=0.01&newClientOrderId=rest-1");
        viaRest.Status.ShouldBe(200);
        var open = await ws.SignedAsync("openOrders.status", ("symbol", "BTCUSDT"));
        open.GetProperty("result").EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()).ShouldBe(["rest-1"]);
        var cancelled = await ws.SignedAsync("order.cancel", ("symbol", "BTCUSDT"), ("origClientOrderId", "rest-1"));
        cancelled.GetProperty("result").GetProperty("status").GetString().ShouldBe("CANCELED");
        server.AcceptedOrders().Select(o => o.Status).ShouldBe(["CANCELED", "CANCELED"]);
    }

    [Fact]
    public async Task Signing_IsOverTheSortedUnencodedParameters_AndEveryRefusalIsTheExchangesOwn()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);

        var placed = await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "20000"), ("quantity", "0.01"));
        placed.GetProperty("status").GetInt32().ShouldBe(200, placed.ToString());

        // Signed in the order sent instead of sorted: refused.
        var timestamp = ws.Now;
        var unsorted = $"symbol=BTCUSDT&orderId=1&apiKey=sandboxkey&timestamp={timestamp}";
        var unsortedSignature = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("sandbox-secret"u8, Encoding.UTF8.GetBytes(unsorted)));
        var notSorted = await ws.CallAsync("order.status", ("symbol", "BTCUSDT"), ("orderId", "1"), ("apiKey", "sandboxkey"), ("timestamp", timestamp), ("signature", unsortedSignature));
        Error(notSorted).ShouldBe((400, -1022, "Signature for this request is not valid."));

        var tampered = ws.Sign([("symbol", "BTCUSDT"), ("orderId", "1")]);
        tampered[0] = ("symbol", "ETHBTC");
        var badSignature = await ws.CallAsync("order.status", tampered);
        Error(badSignature).ShouldBe((400, -1022, "Signature for this request is not valid."));

        var noKey = await ws.CallAsync("order.status", ws.Sign([("symbol", "BTCUSDT"), ("orderId", "1")], withKey: false));
        Error(noKey).ShouldBe((400, -1102, "Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed."));

        var unknownKey = await ws.CallAsync("order.status", ws.Sign([("symbol", "BTCUSDT"), ("orderId", "1"), ("apiKey", "nosuchkey")]));
        Error(unknownKey).ShouldBe((401, -2015, "Invalid API-key, IP, or permissions for action."));

        var stale = await ws.SignedAsync("order.status", ("symbol", "BTCUSDT"), ("orderId", "1"), ("timestamp", ws.Now - 10_000));
        Error(stale).Code.ShouldBe(-1021);

        var unknownParameter = await ws.SignedAsync("order.status", ("symbol", "BTCUSDT"), ("orderId", "1"), ("colour", "red"));
        Error(unknownParameter).Code.ShouldBe(-1103);

        var missing = await ws.SignedAsync("order.status", ("symbol", "BTCUSDT"), ("orderId", "987654"));
        Error(missing).ShouldBe((400, -2013, "Order does not exist."));
    }

    [Fact]
    public async Task MalformedFrames_AreAnsweredAndTheConnectionStays_UnknownMethodsToo()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);

        await ws.SendAsync("{not json");
        var invalid = (await ws.ReceiveAsync())!.Value;
        invalid.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        Error(invalid).ShouldBe((400, -1135, "Invalid JSON Request"));

        await ws.SendAsync("""{"id":"x","method":"ping","params":[1,2]}""");
        Error((await ws.ReceiveAsync())!.Value).Code.ShouldBe(-1135);

        await ws.SendAsync("""{"method":"ping"}""");
        Error((await ws.ReceiveAsync())!.Value).ShouldBe((400, -1102, "Mandatory parameter 'id' was not sent, was empty/null, or malformed."));

        await ws.SendAsync("""{"id":7,"method":"order.teleport"}""");
        var unknown = (await ws.ReceiveAsync())!.Value;
        unknown.GetProperty("id").GetInt32().ShouldBe(7, "a numeric id is echoed as a number");
        Error(unknown).ShouldBe((400, -1020, "This operation is not supported."));

        (await ws.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
    }

    [Fact]
    public async Task ABinaryFrame_ClosesTheConnectionWithAReason()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);

        await ws.SendAsync([1, 2, 3], WebSocketMessageType.Binary);

        (await ws.ReceiveAsync()).ShouldBeNull();
        ws.CloseStatus.ShouldBe(WebSocketCloseStatus.InvalidMessageType);
        ws.CloseStatusDescription.ShouldBe("Requests are JSON text frames.");
    }

    [Fact]
    public async Task AnOversizedFrame_ClosesTheConnectionWith1009()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);

        await ws.SendAsync(Encoding.UTF8.GetBytes("{\"id\":\"" + new string('x', 70_000) + "\"}"), WebSocketMessageType.Text);

        (await ws.ReceiveAsync()).ShouldBeNull();
        ws.CloseStatus.ShouldBe(WebSocketCloseStatus.MessageTooBig);
    }

    [Fact]
    public async Task SessionLogon_WithAnEd25519Key_LetsRequestsOmitKeyAndSignature_OtherKeysAreRefused()
    {
        var (edPrivate, edPublic) = Keys.NewEd25519();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            ApiKeys = [new SandboxApiKey { ApiKey = "edkey", Ed25519PublicKeyPem = edPublic }, new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret" }],
        });
        await using var ed = await WsApiClient.ConnectEd25519Async(server, "edkey", edPrivate);

        var before = await ed.CallAsync("session.status");
        before.GetProperty("result").GetProperty("apiKey").ValueKind.ShouldBe(JsonValueKind.Null);
        var logon = await ed.SignedAsync("session.logon");
        logon.GetProperty("status").GetInt32().ShouldBe(200, logon.ToString());
        logon.GetProperty("result").GetProperty("apiKey").GetString().ShouldBe("edkey");
        logon.GetProperty("result").GetProperty("authorizedSince").GetInt64().ShouldBeGreaterThan(0);

        var placed = await ed.CallAsync("order.place", ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "20000"), ("quantity", "0.01"), ("timestamp", ed.Now));
        placed.GetProperty("status").GetInt32().ShouldBe(200, placed.ToString());
        server.AcceptedOrders().Single().ApiKey.ShouldBe("edkey");

        var noTimestamp = await ed.CallAsync("account.status");
        Error(noTimestamp).ShouldBe((400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed."));

        (await ed.CallAsync("session.logout")).GetProperty("result").GetProperty("apiKey").ValueKind.ShouldBe(JsonValueKind.Null);
        Error(await ed.CallAsync("account.status", ("timestamp", ed.Now))).Code.ShouldBe(-1102);

        await using var hmac = await WsApiClient.ConnectAsync(server);
        Error(await hmac.SignedAsync("session.logon")).ShouldBe((401, -2015, "Invalid API-key, IP, or permissions for action."));
    }

    [Fact]
    public async Task AKeyRevokedMidSession_AnswersTheNextRequestWithoutItsId_AndRestRefusesTheKey()
    {
        var (edPrivate, edPublic) = Keys.NewEd25519();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ApiKeys = [new SandboxApiKey { ApiKey = "edkey", Ed25519PublicKeyPem = edPublic }] });
        await using var ed = await WsApiClient.ConnectEd25519Async(server, "edkey", edPrivate);
        (await ed.SignedAsync("session.logon")).GetProperty("status").GetInt32().ShouldBe(200);

        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        (await admin.PostAsync("/sandbox/revokeKey", new StringContent("""{"apiKey":"edkey"}""", Encoding.UTF8, "application/json"))).IsSuccessStatusCode.ShouldBeTrue();

        await ed.SendAsync(WsApiClient.Request("after", "account.status", [("timestamp", ed.Now)]));
        var revoked = (await ed.ReceiveAsync())!.Value;
        revoked.GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        Error(revoked).ShouldBe((401, -2015, "Invalid API-key, IP, or permissions for action."));
        (await ed.CallAsync("session.status")).GetProperty("result").GetProperty("apiKey").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.PostAsync("/sandbox/revokeKey", new StringContent("""{"apiKey":"nokey"}""", Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WeightLimit_429CarriesRetryAfter_ThenTheBanIs418ClosesTheSocket_AndRefusesRest()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 15, TimeSpan.Zero));
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = clock,
            RateLimits = SandboxLimitTests.Limits(weightPerMinute: 5, ordersPer10Seconds: 50),
            ViolationsBeforeBan = 2,
            BanDurations = [TimeSpan.FromSeconds(120)],
        });
        await using var ws = await WsApiClient.ConnectAsync(server);
        for (var i = 0; i < 3; i++)
        {
            (await ws.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
        }

        var limited = await ws.CallAsync("ping");
        Error(await ws.CallAsync("ping")).Status.ShouldBe(429, "the first request during the 429 is a violation");
        Error(limited).ShouldBe((429, -1003, "Too much request weight used; current limit is 5 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."));
        var windowEnd = new DateTimeOffset(2026, 11, 21, 12, 1, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        limited.GetProperty("error").GetProperty("data").GetProperty("retryAfter").GetInt64().ShouldBe(windowEnd);
        limited.GetProperty("error").GetProperty("data").GetProperty("serverTime").GetInt64().ShouldBe(clock.GetUtcNow().ToUnixTimeMilliseconds());

        var banned = await ws.CallAsync("ping");
        banned.GetProperty("status").GetInt32().ShouldBe(418);
        var banEnd = clock.GetUtcNow().ToUnixTimeMilliseconds() + 120_000;
        banned.GetProperty("error").GetProperty("data").GetProperty("retryAfter").GetInt64().ShouldBe(banEnd);
        banned.GetProperty("error").GetProperty("msg").GetString().ShouldBe($"Way too much request weight used; IP banned until {banEnd}. Please use WebSocket Streams for live updates to avoid bans.");
        (await ws.ReceiveAsync()).ShouldBeNull("the ban closes the connection");
        ws.CloseStatus.ShouldBe(WebSocketCloseStatus.PolicyViolation);

        using var rest = SandboxClient.Hmac(server);
        (await rest.PublicAsync(HttpMethod.Get, "/api/v3/ping")).Status.ShouldBe(418);
        var refused = await Should.ThrowAsync<WebSocketException>(() => WsApiClient.ConnectAsync(server));
        refused.Message.ShouldContain("418");
    }

    [Fact]
    public async Task FaultRules_MatchWebSocketMethods_AnErrorBeforeExecution_AndAnAbortAfterIt()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);
        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Status = 503, Code = -1008, Count = 1 });

        var refused = await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "20000"), ("quantity", "0.01"));
        refused.GetProperty("status").GetInt32().ShouldBe(503);
        refused.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-1008);
        server.AcceptedOrders().ShouldBeEmpty();

        server.AddFault(new FaultRule { Method = "WS", Path = "order.place", Timing = FaultTiming.AfterExecution, Abort = true, Count = 1 });
        await ws.SendAsync(WsApiClient.Request("lost", "order.place", ws.Sign([("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "20000"), ("quantity", "0.01"), ("newClientOrderId", "lost-1")])));
        await Should.ThrowAsync<WebSocketException>(() => ws.ReceiveAsync());
        server.AcceptedOrders().Single().ClientOrderId.ShouldBe("lost-1", "the order executed; only its answer was lost with the connection");
        server.RequestCount("WS", "order.place").ShouldBe(2);
    }

    [Fact]
    public async Task ServerShutdown_SendsTheEventThenCloses_AndCloseAllEndsEveryConnection()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var first = await WsApiClient.ConnectAsync(server);
        (await first.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
        server.WebSocketConnections.ShouldBe(1);

        server.WebSocketServerShutdown();
        var shutdown = (await first.ReceiveAsync())!.Value;
        shutdown.GetProperty("event").GetProperty("e").GetString().ShouldBe("serverShutdown");
        shutdown.GetProperty("event").GetProperty("E").GetInt64().ShouldBeGreaterThan(0);
        (await first.ReceiveAsync()).ShouldBeNull();

        await using var second = await WsApiClient.ConnectAsync(server);
        (await second.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
        using var admin = new HttpClient { BaseAddress = server.BaseAddress };
        (await admin.PostAsync("/sandbox/ws/closeAll", null)).IsSuccessStatusCode.ShouldBeTrue();
        (await second.ReceiveAsync()).ShouldBeNull();
        second.CloseStatus.ShouldBe(WebSocketCloseStatus.NormalClosure);
    }

    private static (int Status, int Code, string Message) Error(JsonElement answer) =>
        (answer.GetProperty("status").GetInt32(), answer.GetProperty("error").GetProperty("code").GetInt32(), answer.GetProperty("error").GetProperty("msg").GetString()!);
}
