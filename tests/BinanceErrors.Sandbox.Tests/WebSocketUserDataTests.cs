using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Spot user data over the WebSocket API: subscriptions (signed and session), <c>executionReport</c> and
/// <c>outboundAccountPosition</c> for orders placed over either transport, <c>eventStreamTerminated</c>, and the
/// subscription errors.
/// </summary>
public sealed class WebSocketUserDataTests
{
    [Fact]
    public async Task ASignedSubscription_ReceivesEveryChangeOfTheAccountsOrders_FromRestAndWebSocket()
    {
        await using var server = await SandboxServer.StartAsync();
        await using var ws = await WsApiClient.ConnectAsync(server);
        using var rest = SandboxClient.Hmac(server);

        var subscribed = await ws.SignedAsync("userDataStream.subscribe.signature");
        subscribed.GetProperty("result").GetProperty("subscriptionId").GetInt32().ShouldBe(0);
        Error(await ws.SignedAsync("userDataStream.subscribe.signature")).ShouldBe((400, -2035, "User Data Stream subscription already active."));

        (await rest.SignedAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=20000&quantity=0.01&newClientOrderId=resting-1")).Status.ShouldBe(200);
        var report = await NextEventAsync(ws, "executionReport");
        report.GetProperty("s").GetString().ShouldBe("BTCUSDT");
        report.GetProperty("c").GetString().ShouldBe("resting-1");
        report.GetProperty("x").GetString().ShouldBe("NEW");
        report.GetProperty("X").GetString().ShouldBe("NEW");
        report.GetProperty("q").GetString().ShouldBe("0.01000000");
        var position = await NextEventAsync(ws, "outboundAccountPosition");
        position.GetProperty("B").EnumerateArray().Single(b => b.GetProperty("a").GetString() == "USDT").GetProperty("l").GetString().ShouldBe("200.00000000", "the order locks price x quantity");

        var filled = await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.001"), ("newClientOrderId", "taker-1"));
        filled.GetProperty("result").GetProperty("status").GetString().ShouldBe("FILLED", filled.ToString());
        (await NextEventAsync(ws, "executionReport")).GetProperty("x").GetString().ShouldBe("NEW");
        var trade = await NextEventAsync(ws, "executionReport");
        trade.GetProperty("c").GetString().ShouldBe("taker-1");
        trade.GetProperty("x").GetString().ShouldBe("TRADE");
        trade.GetProperty("X").GetString().ShouldBe("FILLED");
        trade.GetProperty("l").GetString().ShouldBe("0.00100000");
        trade.GetProperty("t").GetInt64().ShouldBeGreaterThan(0);

        (await rest.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=resting-1")).Status.ShouldBe(200);
        var cancelled = await NextEventAsync(ws, "executionReport");
        cancelled.GetProperty("c").GetString().ShouldBe("resting-1");
        cancelled.GetProperty("x").GetString().ShouldBe("CANCELED");

        var unsubscribed = await ws.CallAsync("userDataStream.unsubscribe", ("subscriptionId", 0));
        unsubscribed.GetProperty("status").GetInt32().ShouldBe(200);
        (await NextEventAsync(ws, "eventStreamTerminated")).GetProperty("E").GetInt64().ShouldBeGreaterThan(0);
        (await ws.CallAsync("session.subscriptions")).GetProperty("result").GetArrayLength().ShouldBe(0);
        Error(await ws.CallAsync("userDataStream.unsubscribe")).ShouldBe((400, -2036, "User Data Stream subscription not active."));
    }

    [Fact]
    public async Task ASessionSubscription_NeedsALogon_AndEndsWithTheLogout()
    {
        var (edPrivate, edPublic) = Keys.NewEd25519();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ApiKeys = [new SandboxApiKey { ApiKey = "edkey", Ed25519PublicKeyPem = edPublic }] });
        await using var ws = await WsApiClient.ConnectEd25519Async(server, "edkey", edPrivate);

        Error(await ws.CallAsync("userDataStream.subscribe")).ShouldBe((401, -1002, "You are not authorized to execute this request."));
        (await ws.SignedAsync("session.logon")).GetProperty("status").GetInt32().ShouldBe(200);
        var subscribed = await ws.CallAsync("userDataStream.subscribe");
        subscribed.GetProperty("result").GetProperty("subscriptionId").GetInt32().ShouldBe(0);
        (await ws.CallAsync("session.status")).GetProperty("result").GetProperty("userDataStream").GetBoolean().ShouldBeTrue();
        (await ws.CallAsync("session.subscriptions")).GetProperty("result")[0].GetProperty("subscriptionId").GetInt32().ShouldBe(0);

        (await ws.CallAsync("order.place", ("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "31000"), ("quantity", "0.01"), ("timestamp", ws.Now))).GetProperty("status").GetInt32().ShouldBe(200);
        (await NextEventAsync(ws, "executionReport")).GetProperty("S").GetString().ShouldBe("SELL");

        await ws.SendAsync(WsApiClient.Request("out", "session.logout", []));
        var frames = new List<JsonElement>();
        while (frames.Count == 0 || !frames[^1].TryGetProperty("id", out _))
        {
            frames.Add((await ws.ReceiveAsync())!.Value);
        }

        frames.Where(f => f.TryGetProperty("event", out _)).Select(f => f.GetProperty("event").GetProperty("e").GetString()).ShouldContain("eventStreamTerminated");
        (await ws.CallAsync("session.status")).GetProperty("result").GetProperty("userDataStream").GetBoolean().ShouldBeFalse();
    }

    private static async Task<JsonElement> NextEventAsync(WsApiClient ws, string type)
    {
        while (true)
        {
            var frame = (await ws.ReceiveAsync()) ?? throw new InvalidOperationException("The connection closed while waiting for " + type);
            if (frame.TryGetProperty("event", out var e) && e.GetProperty("e").GetString() == type)
            {
                frame.GetProperty("subscriptionId").ValueKind.ShouldBe(JsonValueKind.Number);
                return e;
            }
        }
    }

    private static (int Status, int Code, string Message) Error(JsonElement answer) =>
        (answer.GetProperty("status").GetInt32(), answer.GetProperty("error").GetProperty("code").GetInt32(), answer.GetProperty("error").GetProperty("msg").GetString()!);
}
