using System.Globalization;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>The matching engine: fills, time in force, makers, stops, balances and the errors it answers with.</summary>
public sealed class SandboxMatchingTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions
        {
            ApiKeys =
            [
                new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret" },
                new SandboxApiKey { ApiKey = "poor", HmacSecret = "poor-secret", Balances = new Dictionary<string, decimal> { ["USDT"] = 10m } },
            ],
        });
        _client = SandboxClient.Hmac(_server);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private Task<SandboxClient.Response> Place(params (string, string)[] parameters) => _client.PlaceAsync(parameters);

    private async Task<(decimal Free, decimal Locked)> Balance(string asset)
    {
        var account = await _client.SignedAsync(HttpMethod.Get, "/api/v3/account", "");
        var row = account.Json.GetProperty("balances").EnumerateArray().Single(b => b.GetProperty("asset").GetString() == asset);
        return (decimal.Parse(row.GetProperty("free").GetString()!, CultureInfo.InvariantCulture), decimal.Parse(row.GetProperty("locked").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CrossingLimit_FillsAtTheMakersPrices_PartiallyThenRests()
    {
        // The house asks start at 30003 (0.01% steps); buying through three levels fills partially and rests the rest.
        var response = await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "30009"), ("quantity", "1"));

        response.Status.ShouldBe(200, response.Body);
        var json = response.Json;
        json.GetProperty("status").GetString().ShouldBe("PARTIALLY_FILLED");
        var fills = json.GetProperty("fills").EnumerateArray().ToArray();
        fills.Select(f => f.GetProperty("price").GetString()).ShouldBe(["30003.00000000", "30006.00000000", "30009.00000000"]);
        var executed = decimal.Parse(json.GetProperty("executedQty").GetString()!, CultureInfo.InvariantCulture);
        executed.ShouldBeGreaterThan(0m);
        executed.ShouldBeLessThan(1m);

        var (_, locked) = await Balance("USDT");
        locked.ShouldBe((1m - executed) * 30009m, "the unfilled rest stays locked at its limit price");
    }

    [Fact]
    public async Task Ioc_ExpiresTheRest_Fok_ExpiresWhole()
    {
        var ioc = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "IOC"), ("price", "29997"), ("quantity", "0.5"));
        ioc.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        ioc.Json.GetProperty("executedQty").GetString().ShouldNotBe("0.00000000");
        ioc.Json.GetProperty("expiryReason").GetString().ShouldBe("UNFILLED_IOC_QUANTITY_EXPIRED");

        var fok = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "FOK"), ("price", "29997"), ("quantity", "0.5"));
        fok.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        fok.Json.GetProperty("executedQty").GetString().ShouldBe("0.00000000");
        fok.Json.GetProperty("fills").GetArrayLength().ShouldBe(0);

        var smallFok = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "FOK"), ("price", "29990"), ("quantity", "0.01"));
        smallFok.Json.GetProperty("status").GetString().ShouldBe("FILLED");
    }

    [Fact]
    public async Task LimitMaker_ThatWouldTake_IsRejected_OtherwiseRests()
    {
        var taker = await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT_MAKER"), ("price", "30003"), ("quantity", "0.001"));
        taker.Status.ShouldBe(400);
        taker.Code.ShouldBe(-2010);
        taker.Msg.ShouldBe("Order would immediately match and take.");

        var maker = await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT_MAKER"), ("price", "30000"), ("quantity", "0.001"));
        maker.Status.ShouldBe(200, maker.Body);
    }

    [Fact]
    public async Task Market_ByQuantityAndByQuoteOrderQty()
    {
        var byQty = await Place(("symbol", "ETHUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.5"));
        byQty.Json.GetProperty("status").GetString().ShouldBe("FILLED");
        byQty.Json.GetProperty("executedQty").GetString().ShouldBe("0.50000000");
        byQty.Json.GetProperty("fills")[0].GetProperty("commissionAsset").GetString().ShouldBe("ETH");

        var byQuote = await Place(("symbol", "ETHUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quoteOrderQty", "100"));
        byQuote.Json.GetProperty("status").GetString().ShouldBe("FILLED");
        decimal.Parse(byQuote.Json.GetProperty("cummulativeQuoteQty").GetString()!, CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(100m);
        byQuote.Json.GetProperty("origQuoteOrderQty").GetString().ShouldBe("100.00000000");
    }

    [Fact]
    public async Task StopLossLimit_WaitsThenTriggersOnATrade()
    {
        var stop = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "STOP_LOSS_LIMIT"), ("timeInForce", "GTC"), ("quantity", "0.01"), ("stopPrice", "29994"), ("price", "29900"), ("newClientOrderId", "stop-1"));
        stop.Status.ShouldBe(200, stop.Body);
        var before = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=stop-1");
        before.Json.GetProperty("isWorking").GetBoolean().ShouldBeFalse();
        before.Json.GetProperty("workingTime").GetInt64().ShouldBe(-1);

        // Selling through the bids down to 29994 prints a trade at the stop price.
        (await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.1"))).Status.ShouldBe(200);

        var after = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=stop-1");
        after.Json.GetProperty("isWorking").GetBoolean().ShouldBeTrue();
        after.Json.GetProperty("status").GetString().ShouldBe("FILLED");
        after.Json.GetProperty("type").GetString().ShouldBe("STOP_LOSS_LIMIT");
    }

    [Fact]
    public async Task StopThatWouldTriggerAtOnce_IsRejected()
    {
        var response = await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "STOP_LOSS_LIMIT"), ("timeInForce", "GTC"), ("quantity", "0.01"), ("stopPrice", "29000"), ("price", "29000"));

        response.Code.ShouldBe(-2010);
        response.Msg.ShouldBe("Order would trigger immediately.");
    }

    [Fact]
    public async Task BalanceIsLocked_ThenReleasedOnCancel_AndInsufficientBalanceIsRejected()
    {
        var (freeBefore, _) = await Balance("BTC");
        var sell = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "31000"), ("quantity", "0.4"), ("newClientOrderId", "lock-1"));
        sell.Status.ShouldBe(200);
        (await Balance("BTC")).ShouldBe((freeBefore - 0.4m, 0.4m));

        (await _client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=lock-1")).Status.ShouldBe(200);
        (await Balance("BTC")).ShouldBe((freeBefore, 0m));

        var tooMuch = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "31000"), ("quantity", "5"));
        tooMuch.Code.ShouldBe(-2010);
        tooMuch.Msg.ShouldBe("Account has insufficient balance for requested action.");

        using var poor = SandboxClient.Hmac(_server, "poor", "poor-secret");
        var buy = await poor.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.01"));
        buy.Msg.ShouldBe("Account has insufficient balance for requested action.");
    }

    [Fact]
    public async Task OrderErrors_DuplicateUnknownMissingArchivedMismatch()
    {
        (await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "dup"))).Status.ShouldBe(200);
        var duplicate = await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001"), ("newClientOrderId", "dup"));
        duplicate.Code.ShouldBe(-2010);
        duplicate.Msg.ShouldBe("Duplicate order sent.");

        var cancelUnknown = await _client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=nope");
        cancelUnknown.Code.ShouldBe(-2011);
        cancelUnknown.Msg.ShouldBe("Unknown order sent.");

        var queryUnknown = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=nope");
        queryUnknown.Code.ShouldBe(-2013);
        queryUnknown.Msg.ShouldBe("Order does not exist.");

        var neither = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT");
        neither.Code.ShouldBe(-1102);
        neither.Msg.ShouldBe("Param 'orderId' or 'origClientOrderId' must be sent, but both were empty/null!");

        var open = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=dup");
        var id = open.Json.GetProperty("orderId").GetInt64();
        var mismatch = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", $"symbol=BTCUSDT&orderId={id}&origClientOrderId=other");
        mismatch.Code.ShouldBe(-2039);
        mismatch.Msg.ShouldBe("Client order ID is not correct for this order ID.");

        var restricted = await _client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=dup&cancelRestrictions=ONLY_PARTIALLY_FILLED");
        restricted.Code.ShouldBe(-2011);
        restricted.Msg.ShouldBe("Order was not canceled due to cancel restrictions.");

        var badRestriction = await _client.SignedAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=dup&cancelRestrictions=SOMETIMES");
        badRestriction.Code.ShouldBe(-1145);
    }

    [Theory]
    [InlineData("symbol=LUNAUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=1&quantity=10", -2010, "Market is closed.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000.001&quantity=0.001", -1013, "Filter failure: PRICE_FILTER")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.0001", -1013, "Filter failure: NOTIONAL")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=200000&quantity=0.001", -1013, "Filter failure: PERCENT_PRICE_BY_SIDE")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&price=29000&quantity=0.001", -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=MARKET&price=29000&quantity=0.001", -1106, "Parameter 'price' sent when not required.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=-1&quantity=0.001", -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000.123456789&quantity=0.001", -1111, "Parameter 'price' has too much precision.")]
    [InlineData("symbol=BTCUSDT&side=UP&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001", -1117, "Invalid side.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMITED&timeInForce=GTC&price=29000&quantity=0.001", -1116, "Invalid orderType.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=DAY&price=29000&quantity=0.001", -1115, "Invalid timeInForce.")]
    [InlineData("symbol=NOPEUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001", -1121, "Invalid symbol.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001&strategyType=5", -1134, "strategyType was less than 1000000.")]
    [InlineData("symbol=ETHBTC&side=BUY&type=MARKET&quoteOrderQty=0.01", -2010, "Quote order qty market orders are not support for this symbol.")]
    [InlineData("symbol=BNBUSDT&side=BUY&type=STOP_LOSS&quantity=1&stopPrice=700", -2010, "Stop loss orders are not supported for this symbol.")]
    [InlineData("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001&newOrderRespType=ALL", -1130, "Data sent for parameter 'newOrderRespType' is not valid.")]
    public async Task OrderRejections_UseTheCatalogMessages(string query, int code, string message)
    {
        var response = await _client.SignedAsync(HttpMethod.Post, "/api/v3/order", query);

        response.Status.ShouldBe(400);
        response.Code.ShouldBe(code);
        response.Msg.ShouldBe(message);
        BinanceErrorCatalog.Lookup(BinanceVenue.Spot, code).IsKnown.ShouldBeTrue();
    }

    [Fact]
    public async Task SelfTrade_ExpiresTheMaker_ByDefault()
    {
        var maker = await Place(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "30001"), ("quantity", "0.01"), ("newClientOrderId", "self-maker"));
        maker.Status.ShouldBe(200);

        var taker = await Place(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "30001"), ("quantity", "0.01"));
        taker.Status.ShouldBe(200);

        var makerAfter = await _client.SignedAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=self-maker");
        makerAfter.Json.GetProperty("status").GetString().ShouldBe("EXPIRED_IN_MATCH");
    }
}
