using System.Globalization;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The Price Range Execution Rule (binance-spot-api-docs faqs/price_range_execution_rules.md): "If a taker order
/// attempts to execute at a price outside of the allowed price range, it will be expired (i.e. status: EXPIRED) with the
/// expiry reason EXECUTION_RULE_PRICE_RANGE_EXCEEDED"; the rule is not enforced without a reference price. And the
/// expiry reasons of enums.md in placement answers (RESULT/FULL, since 2026-03-26) and order queries (since 2026-05-08):
/// an expired order is an answer (HTTP 200), not an error.
/// </summary>
public sealed class SandboxPriceRangeTests : SpotSandboxTest
{
    private async Task<JsonElement> Query(SandboxClient.Response placed)
    {
        var id = placed.Json.GetProperty("orderId").GetInt64().ToString(CultureInfo.InvariantCulture);
        var symbol = placed.Json.GetProperty("symbol").GetString()!;
        var query = await Client.SignedAsync(HttpMethod.Get, "/api/v3/order", SandboxClient.Query(("symbol", symbol), ("orderId", id)));
        query.Status.ShouldBe(200, query.Body);
        return query.Json;
    }

    [Fact]
    public async Task ExecutionRules_ServeTheRule_AndFilterLikeExchangeInfo()
    {
        var none = await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbol=BTCUSDT");
        none.Body.ShouldBe("""{"symbolRules":[{"symbol":"BTCUSDT","rules":[]}]}""");

        var (status, body) = await PostAdmin("/sandbox/executionRules", """{"symbol":"BTCUSDT","bidLimitMultUp":"1.0001","bidLimitMultDown":0.9999,"askLimitMultUp":2,"askLimitMultDown":"0.5"}""");
        status.ShouldBe(200, body);

        var one = await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbol=BTCUSDT");
        one.Body.ShouldBe("""{"symbolRules":[{"symbol":"BTCUSDT","rules":[{"ruleType":"PRICE_RANGE","bidLimitMultUp":"1.0001","bidLimitMultDown":"0.9999","askLimitMultUp":"2.0000","askLimitMultDown":"0.5000"}]}]}""");
        one.Header("X-MBX-USED-WEIGHT-1M").ShouldBe("4", "2 for the first call, 2 for this one");
        var two = await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbols=" + Uri.EscapeDataString("""["ETHUSDT","BTCUSDT"]"""));
        two.Json.GetProperty("symbolRules").EnumerateArray().Select(r => r.GetProperty("rules").GetArrayLength()).ShouldBe([0, 1]);
        var all = await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbolStatus=BREAK");
        all.Json.GetProperty("symbolRules").EnumerateArray().Select(r => r.GetProperty("symbol").GetString()).ShouldBe(["LUNAUSDT"]);
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbol=BTCUSDT&symbolStatus=TRADING")).Code.ShouldBe(-1128);
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbolStatus=OPEN")).Code.ShouldBe(-1122);

        (await PostAdmin("/sandbox/executionRules", """{"symbol":"BTCUSDT"}""")).Status.ShouldBe(200);
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/executionRules", "symbol=BTCUSDT")).Body.ShouldBe("""{"symbolRules":[{"symbol":"BTCUSDT","rules":[]}]}""");
    }

    [Fact]
    public async Task TakerBeyondTheRange_IsExpired_WithWhatItFilled_NotRejected()
    {
        // The house asks are 30003, 30006, 30009, …: with a reference price of 30000 and bidLimitMultUp 1.0002 a BUY may
        // execute up to 30006, so a BUY LIMIT at 30012 fills two levels and is expired at the third.
        Server.SetReferencePrice("BTCUSDT", 30000m);
        Server.SetPriceRangeRule("BTCUSDT", new PriceRangeRule { BidLimitMultUp = 1.0002m });

        var placed = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "30012"), ("quantity", "1"));

        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        placed.Json.GetProperty("expiryReason").GetString().ShouldBe("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");
        placed.Json.GetProperty("fills").EnumerateArray().Select(f => f.GetProperty("price").GetString()).ShouldBe(["30003.00000000", "30006.00000000"]);
        OrderExpiry.TryRead(BinanceVenue.Spot, placed.Body, out var expiry).ShouldBeTrue("the library reads the answer as an expiry, not an error");
        expiry.Reason.ShouldBe(OrderExpiryReason.ExecutionRulePriceRangeExceeded);
        var queried = await Query(placed);
        queried.GetProperty("status").GetString().ShouldBe("EXPIRED");
        queried.GetProperty("expiryReason").GetString().ShouldBe("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");
        (await Client.SignedAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=BTCUSDT")).Json.GetArrayLength().ShouldBe(0, "the rest does not rest");

        // A SELL is bounded by the ask multipliers only: none are set, so it walks the bids freely.
        var sell = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.2"));
        sell.Json.GetProperty("status").GetString().ShouldBe("FILLED");
    }

    [Fact]
    public async Task WithoutAReferencePrice_TheRuleIsNotEnforced()
    {
        Server.SetPriceRangeRule("BTCUSDT", new PriceRangeRule { BidLimitMultUp = 1.0002m });

        var placed = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "30012"), ("quantity", "1"));

        placed.Json.GetProperty("status").GetString().ShouldBe("PARTIALLY_FILLED");
        placed.Json.GetProperty("fills").GetArrayLength().ShouldBe(4);
        placed.Json.TryGetProperty("expiryReason", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task MarketSellBelowTheRange_Expires_AndFillOrKill_ExpiresWhole()
    {
        // Bids 29997, 29994, 29991, …: askLimitMultDown 0.9998 lets a SELL execute down to 29994.
        Server.SetReferencePrice("BTCUSDT", 30000m);
        Server.SetPriceRangeRule("BTCUSDT", new PriceRangeRule { AskLimitMultDown = 0.9998m });

        var market = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.5"), ("newOrderRespType", "RESULT"));
        market.Status.ShouldBe(200, market.Body);
        market.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        market.Json.GetProperty("expiryReason").GetString().ShouldBe("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");
        decimal.Parse(market.Json.GetProperty("executedQty").GetString()!, CultureInfo.InvariantCulture).ShouldBeInRange(0.00001m, 0.49999m);

        // Enough bids down to 29980 for the whole order, but not within the range: fill-or-kill expires without a fill.
        var fok = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "FOK"), ("price", "29980"), ("quantity", "0.05"));
        fok.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        fok.Json.GetProperty("expiryReason").GetString().ShouldBe("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");
        fok.Json.GetProperty("executedQty").GetString().ShouldBe("0.00000000");

        // ACK answers never carry it (CHANGELOG 2026-03-09: "If newOrderRespType=ACK, the expiry reason is not displayed").
        var ack = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.5"), ("newOrderRespType", "ACK"));
        ack.Status.ShouldBe(200);
        ack.Json.TryGetProperty("expiryReason", out _).ShouldBeFalse();
        (await Query(ack)).GetProperty("expiryReason").GetString().ShouldBe("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");
    }

    [Fact]
    public async Task IocAndFokAndMarket_ExpireWithTheirReasons_InAnswersAndQueries()
    {
        var ioc = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "IOC"), ("price", "29997"), ("quantity", "0.5"));
        (await Query(ioc)).GetProperty("expiryReason").GetString().ShouldBe("UNFILLED_IOC_QUANTITY_EXPIRED");

        var fok = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "FOK"), ("price", "29997"), ("quantity", "0.5"));
        fok.Json.GetProperty("expiryReason").GetString().ShouldBe("UNFILLED_FOK_ORDER_EXPIRED");
        (await Query(fok)).GetProperty("expiryReason").GetString().ShouldBe("UNFILLED_FOK_ORDER_EXPIRED");

        var filled = await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.001"));
        filled.Json.GetProperty("status").GetString().ShouldBe("FILLED");
        (await Query(filled)).TryGetProperty("expiryReason", out _).ShouldBeFalse("only expired orders carry it");
    }

    [Fact]
    public async Task MarketOrderWithoutLiquidity_ExpiresWithInsufficientLiquidity()
    {
        await using var empty = await SandboxServer.StartAsync(new SandboxOptions { SeedLiquidity = false });
        using var client = SandboxClient.Hmac(empty);

        var market = await client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.001"));

        market.Status.ShouldBe(200, market.Body);
        market.Json.GetProperty("status").GetString().ShouldBe("EXPIRED");
        market.Json.GetProperty("expiryReason").GetString().ShouldBe("INSUFFICIENT_LIQUIDITY");
        market.Json.GetProperty("executedQty").GetString().ShouldBe("0.00000000");
    }

    [Theory]
    [InlineData("""{"symbol":"BTCUSDT","bidLimitMultUp":0.9}""", "bidLimitMultUp must be from 1 to 1000")]
    [InlineData("""{"symbol":"BTCUSDT","askLimitMultUp":1000.5}""", "askLimitMultUp must be from 1 to 1000")]
    [InlineData("""{"symbol":"BTCUSDT","bidLimitMultDown":0}""", "bidLimitMultDown must be above 0 and at most 1")]
    [InlineData("""{"symbol":"BTCUSDT","askLimitMultDown":"1.5"}""", "askLimitMultDown must be above 0 and at most 1")]
    [InlineData("""{"symbol":"BTCUSDT","askLimitMultDown":1e-10}""", "askLimitMultDown must be above 0 and at most 1, with at most 8 decimals.")]
    [InlineData("""{"symbol":"BTCUSDT","bidLimitMultUp":79228162514264337593543950336}""", "'bidLimitMultUp' must be a decimal number")]
    [InlineData("""{"symbol":"BTCUSDT","ruleType":"PRICE_RANGE"}""", "Unknown field 'ruleType'")]
    public async Task OutOfRangeMultipliers_Are400WithTheReason_AndChangeNothing(string json, string reason)
    {
        var (status, body) = await PostAdmin("/sandbox/executionRules", json);

        status.ShouldBe(400);
        JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!.ShouldStartWith(reason);
        (await Admin.GetStringAsync("/sandbox/executionRules")).ShouldBe("[]");
    }
}
