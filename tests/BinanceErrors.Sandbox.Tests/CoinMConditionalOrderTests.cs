using System.Globalization;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// COIN-M's conditional orders on the ordinary order endpoint (<c>POST /dapi/v1/order</c> with STOP, TAKE_PROFIT,
/// STOP_MARKET, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET): accepted, listed as open orders and held outside the book
/// until the mark price (<c>workingType=MARK_PRICE</c>) or the last price crosses the trigger; then the same order id
/// becomes the MARKET or LIMIT order it triggers (<c>origType</c> keeps the conditional type). The waiting is the
/// shared futures trigger code the USDⓈ-M Algo Service orders use.
/// </summary>
public sealed class CoinMConditionalOrderTests
{
    // BTCUSD_PERP: 100 USD a contract, price precision 1, mark 95000, house quotes 0.05 % apart around the mark.
    private static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static async Task<JsonElement> Order(SandboxClient client, long id) =>
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/order", "symbol=BTCUSD_PERP&orderId=" + id.ToString(CultureInfo.InvariantCulture))).Json;

    private static async Task<string> Position(SandboxClient client) =>
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/positionRisk", "symbol=BTCUSD_PERP")).Json[0].GetProperty("positionAmt").GetString()!;

    private static async Task<decimal> AvailableBtc(SandboxClient client) =>
        Dec((await client.SignedAsync(HttpMethod.Get, "/dapi/v1/account", "")).Json.GetProperty("assets").EnumerateArray().First(a => a.GetProperty("asset").GetString() == "BTC"), "availableBalance");

    [Fact]
    public async Task StopMarket_WaitsForTheMarkPrice_ThenFillsUnderItsOwnOrderId()
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);
        var available = await AvailableBtc(client);

        var placed = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=STOP_MARKET&stopPrice=96000&workingType=MARK_PRICE&quantity=2&newClientOrderId=stop1");
        placed.Status.ShouldBe(200, placed.Body);
        var order = placed.Json;
        order.GetProperty("status").GetString().ShouldBe("NEW");
        order.GetProperty("type").GetString().ShouldBe("STOP_MARKET");
        order.GetProperty("origType").GetString().ShouldBe("STOP_MARKET");
        order.GetProperty("stopPrice").GetString().ShouldBe("96000.0");
        order.GetProperty("workingType").GetString().ShouldBe("MARK_PRICE");
        var id = order.GetProperty("orderId").GetInt64();

        var open = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/openOrders", "symbol=BTCUSD_PERP")).Json;
        open.GetArrayLength().ShouldBe(1);
        open[0].GetProperty("orderId").GetInt64().ShouldBe(id);
        (await AvailableBtc(client)).ShouldBe(available, "a conditional order takes margin only when it enters the book");

        server.SetMarkPrice("BTCUSD_PERP", 95900m);
        (await Order(client, id)).GetProperty("status").GetString().ShouldBe("NEW", "95900 has not reached the trigger");
        (await Position(client)).ShouldBe("0");

        server.SetMarkPrice("BTCUSD_PERP", 96000m);
        var triggered = await Order(client, id);
        triggered.GetProperty("status").GetString().ShouldBe("FILLED");
        triggered.GetProperty("type").GetString().ShouldBe("MARKET");
        triggered.GetProperty("origType").GetString().ShouldBe("STOP_MARKET");
        triggered.GetProperty("clientOrderId").GetString().ShouldBe("stop1");
        Dec(triggered, "executedQty").ShouldBe(2m);
        Dec(triggered, "avgPrice").ShouldBe(96048m, "the best ask 0.05 % above the new mark");
        (await Position(client)).ShouldBe("2");
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/openOrders", "symbol=BTCUSD_PERP")).Json.GetArrayLength().ShouldBe(0);
        server.AcceptedOrders().ShouldHaveSingleItem().Status.ShouldBe("FILLED");
    }

    [Theory]
    [InlineData("side=SELL&type=STOP_MARKET&stopPrice=96000&quantity=1", "a SELL stop triggers at or below its price: the mark 95000 is below 96000")]
    [InlineData("side=BUY&type=TAKE_PROFIT_MARKET&stopPrice=96000&quantity=1", "a BUY take-profit triggers at or below its price")]
    [InlineData("side=BUY&type=STOP&stopPrice=94000&price=94000&timeInForce=GTC&quantity=1", "a BUY stop triggers at or above its price")]
    public async Task ATriggerAlreadyCrossed_IsRefusedWith2021(string order, string why)
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var refused = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&workingType=MARK_PRICE&" + order);
        refused.Status.ShouldBe(400, why);
        refused.Code.ShouldBe(-2021, why);
        refused.Msg.ShouldBe("Order would immediately trigger.");
        server.AcceptedOrders().ShouldBeEmpty();
    }

    [Fact]
    public async Task TakeProfitLimit_CanceledBeforeItsTrigger_NeverTrades()
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=TAKE_PROFIT&stopPrice=97000&price=97000&timeInForce=GTC&quantity=1&workingType=MARK_PRICE")).Json;
        placed.GetProperty("type").GetString().ShouldBe("TAKE_PROFIT");
        Dec(placed, "price").ShouldBe(97000m);
        var id = placed.GetProperty("orderId").GetInt64();

        var canceled = (await client.SignedAsync(HttpMethod.Delete, "/dapi/v1/order", "symbol=BTCUSD_PERP&orderId=" + id.ToString(CultureInfo.InvariantCulture))).Json;
        canceled.GetProperty("status").GetString().ShouldBe("CANCELED");
        server.SetMarkPrice("BTCUSD_PERP", 97500m);

        (await Order(client, id)).GetProperty("status").GetString().ShouldBe("CANCELED", "a canceled conditional order waits no more");
        (await Position(client)).ShouldBe("0");
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/userTrades", "symbol=BTCUSD_PERP")).Json.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task TakeProfitLimit_Triggered_RestsAsALimitOrderAtItsPrice()
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);

        // A SELL take-profit triggers when the price rises to 96000; its limit 99000 is above every bid, so it rests.
        var id = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=TAKE_PROFIT&stopPrice=96000&price=99000&timeInForce=GTC&quantity=1&workingType=MARK_PRICE")).Json.GetProperty("orderId").GetInt64();
        server.SetMarkPrice("BTCUSD_PERP", 96000m);

        var resting = await Order(client, id);
        resting.GetProperty("status").GetString().ShouldBe("NEW");
        resting.GetProperty("type").GetString().ShouldBe("LIMIT");
        resting.GetProperty("origType").GetString().ShouldBe("TAKE_PROFIT");
        var depth = (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/depth", "symbol=BTCUSD_PERP&limit=100")).Json;
        depth.GetProperty("asks").EnumerateArray().ShouldContain(level => level[0].GetString() == "99000.0", "the triggered order is in the book now");
    }

    [Fact]
    public async Task TrailingStop_ActivatesAtItsPrice_AndTriggersOnTheCallback()
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=TRAILING_STOP_MARKET&activationPrice=96000&callbackRate=1&quantity=1&workingType=MARK_PRICE")).Json;
        placed.GetProperty("type").GetString().ShouldBe("TRAILING_STOP_MARKET");
        placed.GetProperty("activatePrice").GetString().ShouldBe("96000.0");
        placed.GetProperty("priceRate").GetString().ShouldBe("1");
        var id = placed.GetProperty("orderId").GetInt64();

        server.SetMarkPrice("BTCUSD_PERP", 95500m);
        (await Order(client, id)).GetProperty("status").GetString().ShouldBe("NEW", "not active below its activation price");
        server.SetMarkPrice("BTCUSD_PERP", 96500m);
        server.SetMarkPrice("BTCUSD_PERP", 95600m);
        (await Order(client, id)).GetProperty("status").GetString().ShouldBe("NEW", "95600 is 0.93 % below the high of 96500, less than the 1 % callback");

        server.SetMarkPrice("BTCUSD_PERP", 95500m);
        var triggered = await Order(client, id);
        triggered.GetProperty("status").GetString().ShouldBe("FILLED", "95500 is 1.04 % below the high");
        triggered.GetProperty("origType").GetString().ShouldBe("TRAILING_STOP_MARKET");
        triggered.GetProperty("priceRate").GetString().ShouldBe("1");
        (await Position(client)).ShouldBe("-1");
    }

    [Fact]
    public async Task ClosePositionStop_TakesThePositionsSize_AndExpiresWithoutOne()
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);

        (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=3")).Status.ShouldBe(200);
        var close = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=STOP_MARKET&stopPrice=94000&closePosition=true&workingType=MARK_PRICE")).Json;
        close.GetProperty("closePosition").GetBoolean().ShouldBeTrue();
        var closeId = close.GetProperty("orderId").GetInt64();
        var idle = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=STOP_MARKET&stopPrice=93000&closePosition=true&workingType=MARK_PRICE")).Json.GetProperty("orderId").GetInt64();

        server.SetMarkPrice("BTCUSD_PERP", 94000m);
        var closed = await Order(client, closeId);
        closed.GetProperty("status").GetString().ShouldBe("FILLED");
        Dec(closed, "executedQty").ShouldBe(3m, "closePosition sells the whole position when it triggers");
        (await Position(client)).ShouldBe("0");

        server.SetMarkPrice("BTCUSD_PERP", 93000m);
        (await Order(client, idle)).GetProperty("status").GetString().ShouldBe("EXPIRED", "nothing was left to close when it triggered");
    }

    [Fact]
    public async Task ContractPriceStop_TriggersOnTheLastTrade()
    {
        await using var server = await CoinMSandboxTests.StartAsync();
        using var client = SandboxClient.Hmac(server);

        // CONTRACT_PRICE (the default) watches the last trade: a BUY stop at 95040 fires when a trade prints at 95047.5.
        var id = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=STOP_MARKET&stopPrice=95040&quantity=1")).Json.GetProperty("orderId").GetInt64();
        (await Order(client, id)).GetProperty("workingType").GetString().ShouldBe("CONTRACT_PRICE");
        (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=1")).Status.ShouldBe(200);

        (await Order(client, id)).GetProperty("status").GetString().ShouldBe("FILLED");
        (await Position(client)).ShouldBe("2");
    }
}
