using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// USDⓈ-M user data: listenKeys over REST (<c>POST/PUT/DELETE /fapi/v1/listenKey</c>) and the WebSocket API
/// (<c>userDataStream.start|ping|stop</c>), one per account, 60 minutes on the sandbox clock; the streams at
/// <c>/private/ws?listenKey=…</c> and <c>/ws/&lt;listenKey&gt;</c>; <c>ORDER_TRADE_UPDATE</c>, <c>ALGO_UPDATE</c>,
/// <c>ACCOUNT_UPDATE</c> and <c>listenKeyExpired</c> with the documented samples' field names in their order.
/// </summary>
public sealed class FuturesUserDataTests
{
    private const string InvalidListenKey = "This listenKey does not exist.";

    [Fact]
    public async Task AListenKey_IsOnePerAccount_ExtendedByAKeepalive_AndGoneAfter60MinutesOrADelete()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(Options(time, new SandboxApiKey { ApiKey = "otherkey", HmacSecret = "other-secret" }));
        using var rest = SandboxClient.Hmac(server);

        var missing = await rest.RawAsync(HttpMethod.Post, "/fapi/v1/listenKey");
        (missing.Status, missing.Code).ShouldBe((401, -2014), "USER_STREAM needs the key header");
        (await rest.RawAsync(HttpMethod.Post, "/fapi/v1/listenKey", apiKey: "nosuchkey")).Code.ShouldBe(-2015);

        var first = await ListenKeyAsync(rest, HttpMethod.Post);
        first.Status.ShouldBe(200, first.Body);
        var key = first.Json.GetProperty("listenKey").GetString()!;
        key.Length.ShouldBe(64);
        var weight = int.Parse(first.Header("X-MBX-USED-WEIGHT-1M")!, System.Globalization.CultureInfo.InvariantCulture);
        var again = await ListenKeyAsync(rest, HttpMethod.Post);
        again.Json.GetProperty("listenKey").GetString().ShouldBe(key, "an account with an active key gets it back");
        int.Parse(again.Header("X-MBX-USED-WEIGHT-1M")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(weight + 1, "POST /fapi/v1/listenKey weighs 1");
        var other = await ListenKeyAsync(rest, HttpMethod.Post, apiKey: "otherkey");
        other.Json.GetProperty("listenKey").GetString().ShouldNotBe(key, "one key per account");
        server.ListenKeys().Single(k => k.ListenKey == key).ShouldBe(new SandboxListenKey(key, "sandboxkey", time.GetUtcNow().ToUnixTimeMilliseconds() + 3_600_000));

        time.Advance(TimeSpan.FromMinutes(59));
        var kept = await ListenKeyAsync(rest, HttpMethod.Put);
        kept.Json.GetProperty("listenKey").GetString().ShouldBe(key);
        time.Advance(TimeSpan.FromMinutes(59));
        (await ListenKeyAsync(rest, HttpMethod.Put, $"listenKey={key}")).Status.ShouldBe(200, "the keepalive gave it another 60 minutes");
        (await ListenKeyAsync(rest, HttpMethod.Put, "listenKey=notTheKey")).ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(400),
            r => r.Code.ShouldBe(-1125));

        time.Advance(TimeSpan.FromMinutes(60));
        var expired = await ListenKeyAsync(rest, HttpMethod.Put);
        (expired.Status, expired.Code, expired.Msg).ShouldBe((400, -1125, InvalidListenKey));
        server.ListenKeys().ShouldNotContain(k => k.ListenKey == key);

        var renewed = (await ListenKeyAsync(rest, HttpMethod.Post)).Json.GetProperty("listenKey").GetString()!;
        renewed.ShouldNotBe(key, "an expired key is never handed out again");
        var deleted = await ListenKeyAsync(rest, HttpMethod.Delete);
        (deleted.Status, deleted.Body).ShouldBe((200, "{}"));
        (await ListenKeyAsync(rest, HttpMethod.Put)).Code.ShouldBe(-1125);
        (await ListenKeyAsync(rest, HttpMethod.Delete)).Code.ShouldBe(-1125);
        (await ListenKeyAsync(rest, HttpMethod.Put, apiKey: "otherkey")).Code.ShouldBe(-1125, "nobody kept the other account's key alive: each key has its own 60 minutes");
    }

    [Fact]
    public async Task TheStream_CarriesEveryOrderChange_FromRestAndWebSocket_InTheDocumentedShape()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        using var rest = SandboxClient.Hmac(server);
        var key = (await ListenKeyAsync(rest, HttpMethod.Post)).Json.GetProperty("listenKey").GetString()!;
        await using var stream = await WsApiClient.ConnectAsync(server, "/private/ws", query: "listenKey=" + key);

        (await rest.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=90000&quantity=0.01&newClientOrderId=rest-1")).Status.ShouldBe(200);
        var placed = await NextAsync(stream, "ORDER_TRADE_UPDATE");
        Names(placed).ShouldBe(["e", "E", "T", "o"]);
        Names(placed.GetProperty("o")).ShouldBe(OrderFieldsOf(FuturesUserDataSamples.OrderTradeUpdate), "the documented fields, in order (AP and cr only for trailing stops)");
        var order = placed.GetProperty("o");
        (order.GetProperty("c").GetString(), order.GetProperty("x").GetString(), order.GetProperty("X").GetString(), order.GetProperty("o").GetString()).ShouldBe(("rest-1", "NEW", "NEW", "LIMIT"));
        (order.GetProperty("q").GetString(), order.GetProperty("p").GetString(), order.GetProperty("b").GetString()).ShouldBe(("0.01", "90000", "900"));

        (await rest.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002&newClientOrderId=taker-1")).Status.ShouldBe(200);
        (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o").GetProperty("x").GetString().ShouldBe("NEW");
        var trade = (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o");
        (trade.GetProperty("c").GetString(), trade.GetProperty("x").GetString(), trade.GetProperty("X").GetString()).ShouldBe(("taker-1", "TRADE", "FILLED"));
        (trade.GetProperty("l").GetString(), trade.GetProperty("z").GetString(), trade.GetProperty("N").GetString()).ShouldBe(("0.002", "0.002", "USDT"));
        decimal.Parse(trade.GetProperty("n").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0m, "a taker pays commission");
        trade.GetProperty("t").GetInt64().ShouldBeGreaterThan(0);
        trade.GetProperty("m").GetBoolean().ShouldBeFalse();
        var account = await NextAsync(stream, "ACCOUNT_UPDATE");
        Names(account).ShouldBe(TopFieldsOf(FuturesUserDataSamples.AccountUpdate));
        var update = account.GetProperty("a");
        Names(update).ShouldBe(["m", "B", "P"]);
        update.GetProperty("m").GetString().ShouldBe("ORDER");
        var sample = Parse(FuturesUserDataSamples.Strict(FuturesUserDataSamples.AccountUpdate)).GetProperty("a");
        Names(update.GetProperty("B")[0]).ShouldBe(Names(sample.GetProperty("B")[0]));
        Names(update.GetProperty("P")[0]).ShouldBe(Names(sample.GetProperty("P")[0]));
        update.GetProperty("B")[0].GetProperty("a").GetString().ShouldBe("USDT");
        update.GetProperty("B")[0].GetProperty("wb").GetString().ShouldBe(server.FuturesWalletBalance("sandboxkey").ToString("F8", System.Globalization.CultureInfo.InvariantCulture));
        (update.GetProperty("P")[0].GetProperty("s").GetString(), update.GetProperty("P")[0].GetProperty("pa").GetString(), update.GetProperty("P")[0].GetProperty("ps").GetString()).ShouldBe(("BTCUSDT", "0.002", "BOTH"));

        (await rest.SignedAsync(HttpMethod.Delete, "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=rest-1")).Status.ShouldBe(200);
        var cancelled = (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o");
        (cancelled.GetProperty("c").GetString(), cancelled.GetProperty("x").GetString(), cancelled.GetProperty("X").GetString(), cancelled.GetProperty("b").GetString()).ShouldBe(("rest-1", "CANCELED", "CANCELED", "0"));

        await using var ws = await WsApiClient.ConnectAsync(server, "/ws-fapi/v1");
        (await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "IOC"), ("price", "99000"), ("quantity", "0.002"), ("newClientOrderId", "ws-ioc"))).GetProperty("status").GetInt32().ShouldBe(200);
        (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o").GetProperty("c").GetString().ShouldBe("ws-ioc");
        var last = (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o");
        (last.GetProperty("c").GetString(), last.GetProperty("x").GetString(), last.GetProperty("X").GetString(), last.GetProperty("er").GetString()).ShouldBe(("ws-ioc", "EXPIRED", "EXPIRED", "2"), "an IOC order's unfilled rest expires with reason 2");

        var algo = await rest.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=50000&quantity=0.003&clientAlgoId=algo-1");
        algo.Status.ShouldBe(200, algo.Body);
        var algoNew = await NextAsync(stream, "ALGO_UPDATE");
        Names(algoNew).ShouldBe(TopFieldsOf(FuturesUserDataSamples.AlgoUpdate));
        Names(algoNew.GetProperty("o")).ShouldBe(Names(Parse(FuturesUserDataSamples.AlgoUpdate).GetProperty("o")));
        (algoNew.GetProperty("o").GetProperty("caid").GetString(), algoNew.GetProperty("o").GetProperty("X").GetString(), algoNew.GetProperty("o").GetProperty("o").GetString()).ShouldBe(("algo-1", "NEW", "STOP_MARKET"));
        (await rest.SignedAsync(HttpMethod.Delete, "/fapi/v1/algoOrder", "clientAlgoId=algo-1")).Status.ShouldBe(200);
        (await NextAsync(stream, "ALGO_UPDATE")).GetProperty("o").GetProperty("X").GetString().ShouldBe("CANCELED");
    }

    [Fact]
    public async Task AnAlgoOrderThatTriggers_ReportsTriggeringThenItsOrder_AndFinishedWhenItFills()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        using var rest = SandboxClient.Hmac(server);
        var key = (await ListenKeyAsync(rest, HttpMethod.Post)).Json.GetProperty("listenKey").GetString()!;
        await using var stream = await WsApiClient.ConnectAsync(server, "/private/ws", query: "listenKey=" + key);
        var mark = server.MarkPrice("BTCUSDT");

        var placed = await rest.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", $"algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY&type=STOP_MARKET&triggerPrice={mark + 1000}&workingType=MARK_PRICE&quantity=0.002&clientAlgoId=stop-1");
        placed.Status.ShouldBe(200, placed.Body);
        (await NextAsync(stream, "ALGO_UPDATE")).GetProperty("o").GetProperty("X").GetString().ShouldBe("NEW");
        server.SetMarkPrice("BTCUSDT", mark + 2000);

        (await NextAsync(stream, "ALGO_UPDATE")).GetProperty("o").GetProperty("X").GetString().ShouldBe("TRIGGERING");
        var triggered = (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o");
        (triggered.GetProperty("c").GetString(), triggered.GetProperty("o").GetString(), triggered.GetProperty("ot").GetString(), triggered.GetProperty("x").GetString()).ShouldBe(("stop-1", "MARKET", "STOP_MARKET", "NEW"));
        (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o").GetProperty("X").GetString().ShouldBe("FILLED");
        var finished = (await NextAsync(stream, "ALGO_UPDATE")).GetProperty("o");
        (finished.GetProperty("X").GetString(), finished.GetProperty("ai").GetString(), finished.GetProperty("act").GetString()).ShouldBe(("FINISHED", triggered.GetProperty("i").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "MARKET"));
    }

    [Fact]
    public async Task UserDataStreamStartPingStop_OverTheWebSocketApi_AndTheLegacyStreamPath()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        await using var ws = await WsApiClient.ConnectAsync(server, "/ws-fapi/v1");
        using var rest = SandboxClient.Hmac(server);

        var noKey = await ws.CallAsync("userDataStream.start");
        noKey.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-1102, noKey.ToString());
        var started = await ws.CallAsync("userDataStream.start", ("apiKey", "sandboxkey"));
        started.GetProperty("status").GetInt32().ShouldBe(200, started.ToString());
        var key = started.GetProperty("result").GetProperty("listenKey").GetString()!;
        (await ListenKeyAsync(rest, HttpMethod.Post)).Json.GetProperty("listenKey").GetString().ShouldBe(key, "one key per account, whichever transport asks");
        started.GetProperty("rateLimits").EnumerateArray().First(l => l.GetProperty("rateLimitType").GetString() == "REQUEST_WEIGHT").GetProperty("count").GetInt32().ShouldBe(7, "handshake 5 + two userDataStream.start of 1 (the refused one pays too)");

        await using var legacy = await WsApiClient.ConnectAsync(server, "/ws/" + key);
        (await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "90000"), ("quantity", "0.01"), ("newClientOrderId", "legacy-1"))).GetProperty("status").GetInt32().ShouldBe(200);
        (await NextAsync(legacy, "ORDER_TRADE_UPDATE")).GetProperty("o").GetProperty("c").GetString().ShouldBe("legacy-1");

        (await ws.CallAsync("userDataStream.ping", ("apiKey", "sandboxkey"))).GetProperty("result").GetProperty("listenKey").GetString().ShouldBe(key);
        var stopped = await ws.CallAsync("userDataStream.stop", ("apiKey", "sandboxkey"));
        stopped.GetProperty("result").GetRawText().ShouldBe("{}");
        (await legacy.ReceiveAsync()).ShouldBeNull("closing the key closes its streams");
        var gone = await ws.CallAsync("userDataStream.ping", ("apiKey", "sandboxkey"));
        (gone.GetProperty("status").GetInt32(), gone.GetProperty("error").GetProperty("code").GetInt32(), gone.GetProperty("error").GetProperty("msg").GetString()).ShouldBe((400, -1125, InvalidListenKey));

        var refused = await Should.ThrowAsync<WebSocketException>(() => WsApiClient.ConnectAsync(server, "/private/ws", query: "listenKey=" + key));
        refused.Message.ShouldContain("400");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        (await http.GetStringAsync("/sandbox/listenKeys")).ShouldBe("[]");
    }

    [Fact]
    public async Task AnExpiringKey_SendsListenKeyExpired_ThenClosesItsStream_AndTheAdminCanExpireOneNow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(Options(time, new SandboxApiKey { ApiKey = "otherkey", HmacSecret = "other-secret" }));
        using var rest = SandboxClient.Hmac(server);
        var key = (await ListenKeyAsync(rest, HttpMethod.Post)).Json.GetProperty("listenKey").GetString()!;
        await using var stream = await WsApiClient.ConnectAsync(server, "/private/ws", query: "listenKey=" + key);

        time.Advance(TimeSpan.FromMinutes(60));
        var expired = await NextAsync(stream, "listenKeyExpired");
        Names(expired).ShouldBe(Names(Parse(FuturesUserDataSamples.ListenKeyExpired)));
        expired.GetProperty("E").ValueKind.ShouldBe(JsonValueKind.String, "USDⓈ-M's sample has the event time as a string");
        expired.GetProperty("E").GetString().ShouldBe(time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        expired.GetProperty("listenKey").GetString().ShouldBe(key);
        (await stream.ReceiveAsync()).ShouldBeNull("the stream closes after listenKeyExpired");
        (await ListenKeyAsync(rest, HttpMethod.Put)).Code.ShouldBe(-1125);

        var otherKey = (await ListenKeyAsync(rest, HttpMethod.Post, apiKey: "otherkey")).Json.GetProperty("listenKey").GetString()!;
        await using var other = await WsApiClient.ConnectAsync(server, "/ws/" + otherKey);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var admin = await http.PostAsJsonAsync("/sandbox/listenKey/expire", new { listenKey = otherKey });
        admin.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await NextAsync(other, "listenKeyExpired")).GetProperty("listenKey").GetString().ShouldBe(otherKey);
        (await other.ReceiveAsync()).ShouldBeNull();
        (await http.PostAsJsonAsync("/sandbox/listenKey/expire", new { listenKey = otherKey })).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        Should.Throw<ArgumentException>(() => server.ExpireListenKey(otherKey));
    }

    [Fact]
    public async Task CoinM_ServesListenKeysAndStreamsOnTheSameCode()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.CoinM });
        using var rest = SandboxClient.Hmac(server);
        var key = (await ListenKeyAsync(rest, HttpMethod.Post, path: "/dapi/v1/listenKey")).Json.GetProperty("listenKey").GetString()!;
        await using var stream = await WsApiClient.ConnectAsync(server, "/ws/" + key);

        (await rest.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=60000&quantity=1&newClientOrderId=cm-1")).Status.ShouldBe(200);
        (await NextAsync(stream, "ORDER_TRADE_UPDATE")).GetProperty("o").GetProperty("c").GetString().ShouldBe("cm-1");
        server.ExpireListenKey(key);
        var expired = await NextAsync(stream, "listenKeyExpired");
        expired.GetProperty("E").ValueKind.ShouldBe(JsonValueKind.Number, "COIN-M's sample has the event time as a number");
        (await ListenKeyAsync(rest, HttpMethod.Put, path: "/dapi/v1/listenKey")).Code.ShouldBe(-1125);
    }

    private static SandboxOptions Options(TimeProvider time, params SandboxApiKey[] more) => new()
    {
        Venue = SandboxVenue.UsdM,
        TimeProvider = time,
        ApiKeys = [new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret" }, .. more],
    };

    private static Task<SandboxClient.Response> ListenKeyAsync(SandboxClient rest, HttpMethod method, string query = "", string apiKey = "sandboxkey", string path = "/fapi/v1/listenKey") =>
        rest.RawAsync(method, query.Length > 0 ? $"{path}?{query}" : path, apiKey);

    /// <summary>The next event of <paramref name="type"/> on a listenKey stream (bare event objects), skipping others.</summary>
    private static async Task<JsonElement> NextAsync(WsApiClient stream, string type)
    {
        while (true)
        {
            var frame = (await stream.ReceiveAsync()) ?? throw new InvalidOperationException($"The stream closed ({stream.CloseStatus} {stream.CloseStatusDescription}) while waiting for {type}.");
            frame.TryGetProperty("subscriptionId", out _).ShouldBeFalse("listenKey streams carry bare events");
            if (frame.GetProperty("e").GetString() == type)
            {
                return frame;
            }
        }
    }

    private static JsonElement Parse(string sample) =>
        JsonDocument.Parse(sample, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement.Clone();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static string[] TopFieldsOf(string sample) => Names(Parse(FuturesUserDataSamples.Strict(sample)));

    /// <summary>The sample order's fields without those pushed only for TRAILING_STOP_MARKET orders.</summary>
    private static string[] OrderFieldsOf(string sample) => [.. Names(Parse(sample).GetProperty("o")).Where(n => n is not ("AP" or "cr"))];
}
