using System.Globalization;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// <c>priceMatch</c> orders take their price from the book at placement (OPPONENT_n: the n-th best level of the other
/// side, QUEUE_n: of their own side), hold margin at that price and echo the mode; with no such level they are refused
/// with -5041, and they are never stored at price 0. BTCUSDT's mark is 95,000: the house bids 94,952.5, 94,905.0, … and
/// asks 95,047.5, 95,095.0, … (0.05 % apart, twenty levels a side).
/// </summary>
public sealed class FuturesPriceMatchTests
{
    private const string Order = "/fapi/v1/order";

    private static Task<SandboxServer> StartAsync(bool liquidity = true) => SandboxServer.StartAsync(new SandboxOptions
    {
        Venue = SandboxVenue.UsdM,
        SeedLiquidity = liquidity,
        MarkPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 95000m },
    });

    [Theory]
    [InlineData("BUY", "QUEUE", "94952.50")]
    [InlineData("BUY", "QUEUE_5", "94762.50")]
    [InlineData("BUY", "QUEUE_20", "94050.00")]
    [InlineData("SELL", "QUEUE", "95047.50")]
    [InlineData("SELL", "QUEUE_10", "95475.00")]
    [InlineData("SELL", "QUEUE_20", "95950.00")]
    public async Task Queue_RestsAtItsSidesLevel_EvenAsPostOnly(string side, string match, string price)
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, Order, $"symbol=BTCUSDT&side={side}&type=LIMIT&timeInForce=GTX&priceMatch={match}&quantity=0.01&newOrderRespType=RESULT");

        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("status").GetString().ShouldBe("NEW");
        placed.Json.GetProperty("price").GetString().ShouldBe(price);
        placed.Json.GetProperty("priceMatch").GetString().ShouldBe(match);
        var queried = (await client.SignedAsync(HttpMethod.Get, Order, $"symbol=BTCUSDT&orderId={placed.Json.GetProperty("orderId").GetInt64()}")).Json;
        queried.GetProperty("priceMatch").GetString().ShouldBe(match);
        queried.GetProperty("price").GetString().ShouldBe(price);
        var open = (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/openOrders", "symbol=BTCUSDT")).Json;
        open[0].GetProperty("priceMatch").GetString().ShouldBe(match);
        var margin = FuturesMarginTests.Dec((await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "")).Json, "totalOpenOrderInitialMargin");
        var limit = decimal.Parse(price, CultureInfo.InvariantCulture);
        var openLoss = side == "BUY" ? Math.Max(0m, limit - 95000m) : Math.Max(0m, 95000m - limit);
        margin.ShouldBe((0.01m * (side == "BUY" ? limit : Math.Max(limit, 95000m)) / 20) + (0.01m * openLoss), "margin at the matched price, 20×");
    }

    [Theory]
    [InlineData("BUY", "OPPONENT", "95047.50")]
    [InlineData("BUY", "OPPONENT_5", "95237.50")]
    [InlineData("SELL", "OPPONENT", "94952.50")]
    [InlineData("SELL", "OPPONENT_20", "94050.00")]
    public async Task Opponent_TakesUpToItsLevel(string side, string match, string price)
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, Order, $"symbol=BTCUSDT&side={side}&type=LIMIT&timeInForce=IOC&priceMatch={match}&quantity=0.01&newOrderRespType=RESULT");

        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("price").GetString().ShouldBe(price);
        placed.Json.GetProperty("priceMatch").GetString().ShouldBe(match);
        placed.Json.GetProperty("status").GetString().ShouldBe("FILLED");
        placed.Json.GetProperty("avgPrice").GetString().ShouldBe(side == "BUY" ? "95047.50000" : "94952.50000", "a small order fills at the best level");
    }

    [Fact]
    public async Task OpponentAsPostOnly_WouldTake_And5022()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, Order, "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTX&priceMatch=OPPONENT&quantity=0.01");

        placed.Code.ShouldBe(-5022);
        server.AcceptedOrders().ShouldBeEmpty();
    }

    [Fact]
    public async Task NoLevelToMatch_Is5041_AndNothingIsStored()
    {
        await using var server = await StartAsync(liquidity: false);
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, Order, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&priceMatch=QUEUE&quantity=0.01");

        placed.Code.ShouldBe(-5041);
        placed.Msg.ShouldBe("No depth matches this BBO order");
        server.AcceptedOrders().ShouldBeEmpty();
        (await client.SignedAsync(HttpMethod.Post, Order, "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&price=96000&quantity=0.01")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Post, Order, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&priceMatch=OPPONENT_5&quantity=0.01")).Code.ShouldBe(-5041, "one ask level, not five");
        var matched = await client.SignedAsync(HttpMethod.Post, Order, "symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&priceMatch=QUEUE&quantity=0.01");
        matched.Json.GetProperty("price").GetString().ShouldBe("96000.00", "joins the one ask");
    }

    [Fact]
    public async Task TheMatchedPrice_PassesTheFilters()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        // 0.001 × 94,952.5 is below BTCUSDT's MIN_NOTIONAL 100.
        var placed = await client.SignedAsync(HttpMethod.Post, Order, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&priceMatch=QUEUE&quantity=0.001");

        placed.Code.ShouldBe(-4164);
        placed.Msg.ShouldBe("Order's notional must be no smaller than 100 (unless you choose reduce only)");
    }

    [Theory]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&priceMatch=QUEUE&price=95000&quantity=0.01", -1106)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&priceMatch=BEST&quantity=0.01", -5037)]
    [InlineData("symbol=BTCUSDT&side=BUY&type=MARKET&priceMatch=OPPONENT&quantity=0.01", -5038)]
    public async Task PriceMatchTheExchangeRefuses_IsRefusedWithItsCode(string query, int code)
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        (await client.SignedAsync(HttpMethod.Post, Order, query)).Code.ShouldBe(code);
        server.AcceptedOrders().ShouldBeEmpty();
    }

    [Fact]
    public async Task ConditionalWithPriceMatch_TakesItsPriceWhenItTriggers()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        var algo = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder",
            "algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY&type=STOP&timeInForce=GTC&priceMatch=QUEUE&triggerPrice=96000&workingType=MARK_PRICE&quantity=0.01");
        algo.Status.ShouldBe(200, algo.Body);
        algo.Json.GetProperty("priceMatch").GetString().ShouldBe("QUEUE");

        server.SetMarkPrice("BTCUSDT", 96000m);

        var triggered = (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/algoOrder", $"algoId={algo.Json.GetProperty("algoId").GetInt64()}")).Json;
        triggered.GetProperty("algoStatus").GetString().ShouldBe("TRIGGERED");
        var order = (await client.SignedAsync(HttpMethod.Get, Order, $"symbol=BTCUSDT&orderId={triggered.GetProperty("actualOrderId").GetString()}")).Json;
        order.GetProperty("price").GetString().ShouldBe("95952.00", "the best bid at 96,000: 96,000 × 0.9995");
        order.GetProperty("priceMatch").GetString().ShouldBe("QUEUE");
        order.GetProperty("status").GetString().ShouldBe("NEW");
    }
}
