using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>The USDⓈ-M WebSocket API (<c>/ws-fapi/v1</c>): the same envelope, signing and pipeline over the futures engine.</summary>
public sealed class WebSocketFuturesApiTests
{
    [Fact]
    public async Task FuturesOrders_PlacedOverWsFapi_AreTheSameOrdersRestSees()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        server.WebSocketAddress!.AbsolutePath.ShouldBe("/ws-fapi/v1");
        await using var ws = await WsApiClient.ConnectAsync(server, "/ws-fapi/v1");
        using var rest = SandboxClient.Hmac(server);

        var ping = await ws.CallAsync("ping");
        ping.GetProperty("rateLimits").EnumerateArray().First(l => l.GetProperty("rateLimitType").GetString() == "REQUEST_WEIGHT")
            .GetProperty("count").GetInt32().ShouldBe(6, "the ws-fapi handshake costs 5 and ping 1");

        var placed = await ws.SignedAsync("order.place", ("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "94000"), ("quantity", "0.01"), ("newClientOrderId", "wsf-1"));
        placed.GetProperty("status").GetInt32().ShouldBe(200, placed.ToString());
        var orderId = placed.GetProperty("result").GetProperty("orderId").GetInt64();
        (await rest.SignedAsync(HttpMethod.Get, "/fapi/v1/order", $"symbol=BTCUSDT&orderId={orderId}")).Json.GetProperty("clientOrderId").GetString().ShouldBe("wsf-1");

        var status = await ws.SignedAsync("order.status", ("symbol", "BTCUSDT"), ("origClientOrderId", "wsf-1"));
        status.GetProperty("result").GetProperty("status").GetString().ShouldBe("NEW");
        var cancelled = await ws.SignedAsync("order.cancel", ("symbol", "BTCUSDT"), ("orderId", orderId));
        cancelled.GetProperty("result").GetProperty("status").GetString().ShouldBe("CANCELED");

        var balance = await ws.SignedAsync("account.balance");
        balance.GetProperty("result").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT").GetProperty("balance").GetString().ShouldNotBeNull();
        (await ws.SignedAsync("v2/account.position", ("symbol", "BTCUSDT"))).GetProperty("status").GetInt32().ShouldBe(200);
        (await ws.CallAsync("ticker.price", ("symbol", "BTCUSDT"))).GetProperty("result").GetProperty("symbol").GetString().ShouldBe("BTCUSDT");

        var unknown = await ws.SignedAsync("order.status", ("symbol", "BTCUSDT"), ("orderId", 987654));
        unknown.GetProperty("status").GetInt32().ShouldBe(400);
        unknown.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-2013);
        (await ws.CallAsync("userDataStream.subscribe")).GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-1020, "USDⓈ-M user data is on listenKeys");
    }
}
