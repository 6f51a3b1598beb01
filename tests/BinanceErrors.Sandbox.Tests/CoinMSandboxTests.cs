using System.Globalization;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The COIN-M sandbox (<c>/dapi</c>) with raw signed requests: inverse contracts margined in the coin, <c>cumBase</c>,
/// positions, reduce-only, COIN-M's own codes and answer shapes.
/// </summary>
public sealed class CoinMSandboxTests
{
    // BTCUSD_PERP: 100 USD a contract, mark 95000, house asks from 95047.5 (0.05 % apart, 500 contracts a level).
    private const string RestingBuy = "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=3";

    internal static Task<SandboxServer> StartAsync(SandboxOptions? options = null) =>
        SandboxServer.StartAsync((options ?? new SandboxOptions()) with { Venue = SandboxVenue.CoinM });

    private static decimal Dec(System.Text.Json.JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task MarketData_ServesTheCoinMDocument_AndItsPrices()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var info = (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/exchangeInfo")).Json;
        var btc = info.GetProperty("symbols").EnumerateArray().First(s => s.GetProperty("symbol").GetString() == "BTCUSD_PERP");
        btc.GetProperty("contractSize").GetInt32().ShouldBe(100);
        btc.GetProperty("contractStatus").GetString().ShouldBe("TRADING");
        btc.GetProperty("marginAsset").GetString().ShouldBe("BTC");
        btc.GetProperty("deliveryDate").GetInt64().ShouldBe(4133404800000);
        (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/ping")).Body.ShouldBe("{}");
        (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/time")).Json.GetProperty("serverTime").GetInt64().ShouldBeGreaterThan(0);
        var premium = (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/premiumIndex", "symbol=BTCUSD_PERP")).Json;
        Dec(premium, "markPrice").ShouldBe(95000m);
        var book = (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/ticker/bookTicker", "symbol=BTCUSD_PERP")).Json;
        Dec(book, "askPrice").ShouldBe(95047.5m);
        Dec(book, "askQty").ShouldBe(500m, "50,000 USD a level is 500 contracts of 100 USD");
        var depth = (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/depth", "symbol=BTCUSD_PERP&limit=5")).Json;
        depth.GetProperty("asks").GetArrayLength().ShouldBe(5);
        (await client.PublicAsync(HttpMethod.Get, "/dapi/v1/ticker/price", "symbol=BTCUSD_PERP")).Json.GetProperty("price").GetString().ShouldBe("95000.0");
        (await client.PublicAsync(HttpMethod.Get, "/fapi/v1/ping")).Status.ShouldBe(404, "a COIN-M server serves /dapi only");
    }

    [Fact]
    public async Task LimitOrder_IsPlacedQueriedListedAndCanceled_InCoinMShape()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", RestingBuy + "&newClientOrderId=coin1");
        placed.Status.ShouldBe(200, placed.Body);
        var order = placed.Json;
        order.GetProperty("pair").GetString().ShouldBe("BTCUSD");
        order.GetProperty("cumBase").GetString().ShouldBe("0.00000000");
        order.TryGetProperty("cumQuote", out _).ShouldBeFalse();
        order.TryGetProperty("goodTillDate", out _).ShouldBeFalse();
        order.GetProperty("origQty").GetString().ShouldBe("3");
        var id = order.GetProperty("orderId").GetInt64();

        var queried = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/order", "symbol=BTCUSD_PERP&origClientOrderId=coin1")).Json;
        queried.GetProperty("orderId").GetInt64().ShouldBe(id);
        queried.GetProperty("status").GetString().ShouldBe("NEW");
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/openOrders", "symbol=BTCUSD_PERP")).Json.GetArrayLength().ShouldBe(1);

        var canceled = (await client.SignedAsync(HttpMethod.Delete, "/dapi/v1/order", "symbol=BTCUSD_PERP&orderId=" + id)).Json;
        canceled.GetProperty("status").GetString().ShouldBe("CANCELED");
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/openOrders", "symbol=BTCUSD_PERP")).Json.GetArrayLength().ShouldBe(0);
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/allOrders", "symbol=BTCUSD_PERP")).Json.GetArrayLength().ShouldBe(1);
        var again = await client.SignedAsync(HttpMethod.Delete, "/dapi/v1/order", "symbol=BTCUSD_PERP&orderId=" + id);
        again.Code.ShouldBe(-2013);
        again.Msg.ShouldBe("Order does not exist.");

        (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", RestingBuy)).Status.ShouldBe(200);
        var all = (await client.SignedAsync(HttpMethod.Delete, "/dapi/v1/allOpenOrders", "symbol=BTCUSD_PERP")).Json;
        all.GetProperty("code").GetInt32().ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/openOrders", "")).Json.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task MarketBuy_OpensAPosition_MarginedInTheCoin()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var filled = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=MARKET&quantity=10&newOrderRespType=RESULT")).Json;
        filled.GetProperty("status").GetString().ShouldBe("FILLED");
        Dec(filled, "avgPrice").ShouldBe(95047.5m);
        // cumBase = contracts × contractSize / price, in BTC.
        Dec(filled, "cumBase").ShouldBe(Math.Round(10m * 100m / 95047.5m, 8));

        var risk = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/positionRisk", "symbol=BTCUSD_PERP")).Json[0];
        risk.GetProperty("positionAmt").GetString().ShouldBe("10");
        Dec(risk, "entryPrice").ShouldBe(95047.5m);
        Dec(risk, "maxQty").ShouldBe(50m, "20x is the 50 BTC bracket");
        Dec(risk, "notionalValue").ShouldBe(Math.Round(10m * 100m / 95000m, 8));
        Dec(risk, "unRealizedProfit").ShouldBe(Math.Round(10m * 100m * ((1m / 95047.5m) - (1m / 95000m)), 8));

        // Initial margin = contracts × contractSize / mark / leverage, in BTC.
        var account = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/account", "")).Json;
        var btc = account.GetProperty("assets").EnumerateArray().First(a => a.GetProperty("asset").GetString() == "BTC");
        Dec(btc, "positionInitialMargin").ShouldBe(Math.Round(10m * 100m / 95000m / 20m, 8));
        var commission = 10m * 100m / 95047.5m * 0.0005m;
        Dec(btc, "walletBalance").ShouldBe(Math.Round(1m - commission, 8));
        server.FuturesWalletBalance("sandboxkey", "BTC").ShouldBe(1m - commission);
        account.GetProperty("assets").EnumerateArray().ShouldNotContain(a => a.GetProperty("asset").GetString() == "USDT");

        var trade = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/userTrades", "symbol=BTCUSD_PERP")).Json[0];
        trade.GetProperty("commissionAsset").GetString().ShouldBe("BTC");
        trade.GetProperty("marginAsset").GetString().ShouldBe("BTC");
        Dec(trade, "baseQty").ShouldBe(Math.Round(10m * 100m / 95047.5m, 8));

        // Closing at a higher price realizes contracts × size × (1/entry − 1/exit) in BTC.
        server.SetMarkPrice("BTCUSD_PERP", 96000m);
        var closed = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=MARKET&quantity=10&reduceOnly=true&newOrderRespType=RESULT")).Json;
        closed.GetProperty("status").GetString().ShouldBe("FILLED");
        var exit = Dec(closed, "avgPrice");
        exit.ShouldBe(95952m);
        var sold = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/userTrades", "symbol=BTCUSD_PERP")).Json[1];
        Dec(sold, "realizedPnl").ShouldBe(Math.Round(10m * 100m * ((1m / 95047.5m) - (1m / exit)), 8));
        (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/positionRisk", "symbol=BTCUSD_PERP")).Json[0].GetProperty("positionAmt").GetString().ShouldBe("0");
    }

    [Fact]
    public async Task AccountAnswers_CoinMCodesAndTexts()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var reduce = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=MARKET&quantity=1&reduceOnly=true");
        reduce.Code.ShouldBe(-2022);
        reduce.Msg.ShouldBe("ReduceOnly Order is rejected.");

        // 25,000 contracts at 91,000 hold 25,000 × 100 / 91,000 / 20 ≈ 1.37 BTC of margin; the account has 1 BTC.
        var big = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=91000&quantity=25000");
        big.Status.ShouldBe(400);
        big.Code.ShouldBe(-2019);
        big.Msg.ShouldBe("Margin is insufficient.");
        BinanceErrorClassifier.Classify(BinanceVenue.CoinMFutures, 400, System.Text.Encoding.UTF8.GetBytes(big.Body), default, RequestIntent.PlaceOrder).Kind.ShouldBe(BinanceErrorKind.InsufficientBalance);
        (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=91000&quantity=15000")).Status.ShouldBe(200, "1.0 − 15,000 × 100 / 91,000 / 20 is still above zero");

        // Post-only that would take: COIN-M has no -5022 and expires the order instead.
        var gtx = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTX&price=95100&quantity=1&newOrderRespType=RESULT")).Json;
        gtx.GetProperty("status").GetString().ShouldBe("EXPIRED");

        var priceMatch = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=SELL&type=LIMIT&timeInForce=GTC&priceMatch=QUEUE&quantity=1")).Json;
        priceMatch.GetProperty("price").GetString().ShouldBe("95047.5", "QUEUE takes the best price of its own side: the best ask");

        // The pre-flight's COIN-M answer for a contract not trading yet; a conditional order is taken on /dapi/v1/order and
        // waits for its trigger (CoinMConditionalOrderTests).
        var pending = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=ETHUSD_270625&side=BUY&type=LIMIT&timeInForce=GTC&price=3000&quantity=1");
        pending.Code.ShouldBe(-1121);
        pending.Msg.ShouldBe("Invalid symbol.");
        var stop = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=STOP_MARKET&stopPrice=99000&quantity=1");
        stop.Status.ShouldBe(200, stop.Body);
        stop.Json.GetProperty("type").GetString().ShouldBe("STOP_MARKET");
        server.AcceptedOrders().Count.ShouldBe(4, "the order of 15,000, the expired post-only, the QUEUE order and the waiting STOP_MARKET");
    }

    [Fact]
    public async Task Leverage_AndBrackets_AreInCoins()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var brackets = (await client.SignedAsync(HttpMethod.Get, "/dapi/v2/leverageBracket", "symbol=BTCUSD_PERP")).Json;
        brackets.GetArrayLength().ShouldBe(1);
        var first = brackets[0].GetProperty("brackets")[0];
        first.GetProperty("initialLeverage").GetInt32().ShouldBe(125);
        first.TryGetProperty("qtyCap", out _).ShouldBeTrue();
        first.TryGetProperty("notionalCap", out _).ShouldBeFalse();
        var byPair = (await client.SignedAsync(HttpMethod.Get, "/dapi/v1/leverageBracket", "pair=BTCUSD")).Json;
        byPair[0].GetProperty("pair").GetString().ShouldBe("BTCUSD");

        var leverage = (await client.SignedAsync(HttpMethod.Post, "/dapi/v1/leverage", "symbol=BTCUSD_PERP&leverage=100")).Json;
        leverage.GetProperty("leverage").GetInt32().ShouldBe(100);
        leverage.GetProperty("maxQty").GetString().ShouldBe("10");
        var tooHigh = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/leverage", "symbol=BTCUSD_PERP&leverage=126");
        tooHigh.Code.ShouldBe(-4028);

        // At 100x the position may not pass 10 BTC: 12,000 contracts at ~95,000 are about 12.6 BTC.
        var over = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", "symbol=BTCUSD_PERP&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=12000");
        over.Code.ShouldBe(-2027);
    }

    [Fact]
    public async Task RequestDelayedPastTheGateway_IsRefusedByTheMatchingEngine_With4188()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var server = await StartAsync(new SandboxOptions { TimeProvider = clock });
        using var client = SandboxClient.Hmac(server);
        server.AddFault(new FaultRule { Method = "POST", Path = "/dapi/v1/order", Count = 1, ClockShiftMs = 400 });

        var late = await client.SignedAsync(HttpMethod.Post, "/dapi/v1/order", RestingBuy + "&recvWindow=200");

        late.Code.ShouldBe(-4188);
        late.Msg.ShouldBe("Timestamp for this request is outside of the ME recvWindow.");
        server.AcceptedOrders().ShouldBeEmpty();
    }
}
