using System.Text.Json.Nodes;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// USDⓈ-M parameters answered as the exchange answers them: a number it cannot read (negative, <c>-0</c>) is -1102 for
/// that parameter, <c>priceProtect</c> must be a boolean, a MARKET order takes no price or time in force, and
/// <c>callbackRate</c> goes up to 20 (2026-10-23); conditional orders are limited to 200 across all symbols once
/// exchangeInfo has no MAX_NUM_ALGO_ORDERS (removed 2025-12-29).
/// </summary>
public sealed class FuturesParameterTests
{
    private static Task<SandboxServer> StartAsync(string? exchangeInfo = null) => SandboxServer.StartAsync(new SandboxOptions
    {
        Venue = SandboxVenue.UsdM,
        ExchangeInfoJson = exchangeInfo,
        MarkPrices = new Dictionary<string, decimal> { ["BTCUSDT"] = 95000m, ["ETHUSDT"] = 3500m },
        RateLimits = SandboxLimitTests.Limits(1_000_000, 100_000),
    });

    [Theory]
    [InlineData("/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=-7.0&reduceOnly=true", "quantity")] // ccxt/ccxt#15949
    [InlineData("/fapi/v1/order", "symbol=BTCUSDT&side=SELL&type=MARKET&quantity=-0", "quantity")] // MarcinGrabowski/binance-copy-bot#4
    [InlineData("/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=-95000&quantity=0.01", "price")]
    [InlineData("/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=-1&quantity=0.01", "triggerPrice")]
    [InlineData("/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=90000&quantity=-0.01", "quantity")]
    [InlineData("/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP&triggerPrice=90000&price=-89000&quantity=0.01", "price")]
    [InlineData("/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=TRAILING_STOP_MARKET&callbackRate=1&activatePrice=-1&quantity=0.01", "activatePrice")]
    [InlineData("/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=TRAILING_STOP_MARKET&callbackRate=-1&quantity=0.01", "callbackRate")]
    public async Task ANegativeNumber_Is1102ForThatParameter(string path, string query, string name)
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var answer = await client.SignedAsync(HttpMethod.Post, path, query);

        answer.Status.ShouldBe(400);
        answer.Code.ShouldBe(-1102);
        answer.Msg.ShouldBe($"Mandatory parameter '{name}' was not sent, was empty/null, or malformed.");
        server.AcceptedOrders().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01&priceProtect=maybe")]
    [InlineData("/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=90000&quantity=0.01&priceProtect=maybe")]
    public async Task PriceProtectNotABoolean_Is1130(string path, string query)
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        var answer = await client.SignedAsync(HttpMethod.Post, path, query);

        answer.Code.ShouldBe(-1130);
        answer.Msg.ShouldBe("Data sent for parameter 'priceProtect' is not valid.");
        server.AcceptedOrders().ShouldBeEmpty();
        var accepted = await client.SignedAsync(HttpMethod.Post, path, query.Replace("maybe", "TRUE", StringComparison.Ordinal));
        accepted.Status.ShouldBe(200, accepted.Body);
        accepted.Json.GetProperty("priceProtect").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Market_TakesNoPriceOrTimeInForce_AndAnswersAsTheExchangeDoes()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);

        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&price=95000")).Msg
            .ShouldBe("Parameter 'price' sent when not required.");
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&timeInForce=IOC")).Msg
            .ShouldBe("Parameter 'timeInForce' sent when not required.");
        var market = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01");

        // A real ACK of a MARKET order on BTCUSDT: ..."price":"0.00","avgPrice":"0.00",...,"timeInForce":"GTC","type":"MARKET",...
        market.Json.GetProperty("price").GetString().ShouldBe("0.00");
        market.Json.GetProperty("timeInForce").GetString().ShouldBe("GTC");
        market.Json.GetProperty("stopPrice").GetString().ShouldBe("0.00");
        market.Json.GetProperty("priceMatch").GetString().ShouldBe("NONE");
    }

    [Fact]
    public async Task CallbackRate_GoesUpTo20_AndTheTrailingStopUsesIt()
    {
        await using var server = await StartAsync();
        using var client = SandboxClient.Hmac(server);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=TRAILING_STOP_MARKET&callbackRate=20.01&quantity=0.01"))
            .Code.ShouldBe(-1130);

        var trailing = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder",
            "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=TRAILING_STOP_MARKET&callbackRate=20&workingType=MARK_PRICE&quantity=0.01");
        trailing.Status.ShouldBe(200, trailing.Body);
        trailing.Json.GetProperty("callbackRate").GetString().ShouldBe("20.00");
        var algoId = trailing.Json.GetProperty("algoId").GetInt64();

        server.SetMarkPrice("BTCUSDT", 95000m); // the extreme
        server.SetMarkPrice("BTCUSDT", 76100m); // 19.9 % below it
        (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/algoOrder", $"algoId={algoId}")).Json.GetProperty("algoStatus").GetString().ShouldBe("NEW");
        server.SetMarkPrice("BTCUSDT", 76000m); // 20 % below it
        (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/algoOrder", $"algoId={algoId}")).Json.GetProperty("algoStatus").GetString().ShouldBe("FINISHED");
    }

    [Fact]
    public async Task ConditionalOrders_AreLimitedTo200AcrossAllSymbols_WithoutTheFilter()
    {
        var document = JsonNode.Parse(SandboxServer.DefaultFuturesExchangeInfoJson())!;
        foreach (var symbol in document["symbols"]!.AsArray())
        {
            var filters = symbol!["filters"]!.AsArray();
            foreach (var filter in filters.Where(f => (string?)f!["filterType"] == "MAX_NUM_ALGO_ORDERS").ToList())
            {
                filters.Remove(filter);
            }
        }

        await using var server = await StartAsync(document.ToJsonString());
        using var client = SandboxClient.Hmac(server);
        const string Btc = "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&type=STOP_MARKET&triggerPrice=90000&quantity=0.002";
        const string Eth = "algoType=CONDITIONAL&symbol=ETHUSDT&side=SELL&type=STOP_MARKET&triggerPrice=3300&quantity=0.01";

        for (var i = 0; i < 200; i++)
        {
            var placed = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", i % 2 == 0 ? Btc : Eth);
            placed.Status.ShouldBe(200, $"conditional order {i + 1}: {placed.Body}");
        }

        var over = await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", Btc);
        over.Code.ShouldBe(-4045);
        over.Msg.ShouldBe("Reach max stop order limit.");
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=94000&quantity=0.01")).Status
            .ShouldBe(200, "plain orders are not conditional");
        var first = (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/openAlgoOrders", "symbol=ETHUSDT")).Json[0].GetProperty("algoId").GetInt64();
        (await client.SignedAsync(HttpMethod.Delete, "/fapi/v1/algoOrder", $"algoId={first}")).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", Btc)).Status.ShouldBe(200, "a cancel anywhere frees a place");
    }
}
