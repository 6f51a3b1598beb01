using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The symbol's reference price: <c>GET /api/v3/referencePrice</c> and <c>/calculation</c> (rest-api.md, with -2043
/// "If no reference price has ever been set"), set through the admin API, and used by the price filters: "PERCENT_PRICE,
/// PERCENT_PRICE_BY_SIDE, MIN_NOTIONAL, and NOTIONAL filters now use reference price when it exists and is non-null.
/// The filters fall back to their previous behavior when the reference price does not exist or is null."
/// (CHANGELOG 2026-05-06, effective 2026-05-08).
/// </summary>
public sealed class SandboxReferencePriceTests : SpotSandboxTest
{
    private async Task<(int Status, JsonElement Json)> SetReferencePrice(string body)
    {
        var (status, text) = await PostAdmin("/sandbox/referencePrice", body);
        return (status, JsonDocument.Parse(text).RootElement.Clone());
    }

    private Task<SandboxClient.Response> TestOrder(params (string, string)[] parameters) =>
        Client.SignedAsync(HttpMethod.Post, "/api/v3/order/test", SandboxClient.Query(parameters));

    [Fact]
    public async Task ReferencePrice_NeverSet_IsMinus2043_ThenSet_ThenClearedToNull()
    {
        foreach (var path in new[] { "/api/v3/referencePrice", "/api/v3/referencePrice/calculation" })
        {
            var none = await Client.PublicAsync(HttpMethod.Get, path, "symbol=BTCUSDT");
            none.Status.ShouldBe(400);
            none.Code.ShouldBe(-2043);
            none.Msg.ShouldBe("This symbol doesn't have a reference price.");
        }

        var (status, changed) = await SetReferencePrice("""{"symbol":"BTCUSDT","referencePrice":"29950.5"}""");
        status.ShouldBe(200);
        changed.GetProperty("referencePrice").GetString().ShouldBe("29950.50000000");

        var set = await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice", "symbol=BTCUSDT");
        set.Status.ShouldBe(200, set.Body);
        set.Json.GetProperty("symbol").GetString().ShouldBe("BTCUSDT");
        set.Json.GetProperty("referencePrice").GetString().ShouldBe("29950.50000000");
        set.Json.GetProperty("timestamp").GetInt64().ShouldBeGreaterThan(0);
        var calculation = await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice/calculation", "symbol=BTCUSDT");
        calculation.Body.ShouldBe("""{"symbol":"BTCUSDT","calculationType":"EXTERNAL","externalCalculationId":0}""");
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice/calculation", "symbol=BTCUSDT&symbolStatus=HALT")).Code.ShouldBe(-1220);

        (await SetReferencePrice("""{"symbol":"BTCUSDT","referencePrice":null}""")).Status.ShouldBe(200);
        var cleared = await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice", "symbol=BTCUSDT");
        cleared.Status.ShouldBe(200);
        cleared.Json.GetProperty("referencePrice").ValueKind.ShouldBe(JsonValueKind.Null);
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice/calculation", "symbol=BTCUSDT")).Code.ShouldBe(-2043);
        (await Admin.GetStringAsync("/sandbox/referencePrice")).ShouldBe("""[{"symbol":"BTCUSDT","referencePrice":null}]""");
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice", "symbol=NOPE")).Code.ShouldBe(-1121);
    }

    [Fact]
    public async Task PercentPriceBySide_UsesTheReferencePrice_WhenTheSymbolHasOne()
    {
        // BTCUSDT: PERCENT_PRICE_BY_SIDE bidMultiplierDown 0.2; the average price is 30000, so a bid below 6000 fails.
        (string, string)[] lowBid = [("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "5000"), ("quantity", "0.01")];
        var byAverage = await TestOrder(lowBid);
        byAverage.Status.ShouldBe(400);
        byAverage.Msg.ShouldBe("Filter failure: PERCENT_PRICE_BY_SIDE");

        Server.SetReferencePrice("BTCUSDT", 20000m);
        (await TestOrder(lowBid)).Status.ShouldBe(200, "0.2 × 20000 = 4000 ≤ 5000");
        (await Client.PlaceAsync(lowBid)).Status.ShouldBe(200);

        Server.SetReferencePrice("BTCUSDT", null);
        (await TestOrder(lowBid)).Msg.ShouldBe("Filter failure: PERCENT_PRICE_BY_SIDE", "a null reference price falls back to the average");
    }

    [Fact]
    public async Task MarketNotional_IsEstimatedAtTheReferencePrice()
    {
        // NOTIONAL minNotional 5 with applyMinToMarket: 0.0002 BTC is 6 USDT at 30000 but 4 at 20000.
        (string, string)[] smallSell = [("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.0002")];
        (await TestOrder(smallSell)).Status.ShouldBe(200);

        Server.SetReferencePrice("BTCUSDT", 20000m);

        var refused = await TestOrder(smallSell);
        refused.Status.ShouldBe(400);
        refused.Code.ShouldBe(-1013);
        refused.Msg.ShouldBe("Filter failure: NOTIONAL");
    }

    [Fact]
    public async Task PercentPriceAndMinNotional_UseTheReferencePrice()
    {
        // ETHBTC: PERCENT_PRICE multiplierUp 5 and MIN_NOTIONAL 0.0001 (applyToMarket) around an average of 0.05.
        (string, string)[] highAsk = [("symbol", "ETHBTC"), ("side", "SELL"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "0.3"), ("quantity", "0.01")];
        (string, string)[] smallMarket = [("symbol", "ETHBTC"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.0019")];
        (await TestOrder(highAsk)).Msg.ShouldBe("Filter failure: PERCENT_PRICE");
        (await TestOrder(smallMarket)).Msg.ShouldBe("Filter failure: MIN_NOTIONAL", "0.0019 × 0.05 = 0.000095");

        var (status, _) = await SetReferencePrice("""{"symbol":"ETHBTC","referencePrice":0.1}""");
        status.ShouldBe(200);

        (await TestOrder(highAsk)).Status.ShouldBe(200, "5 × 0.1 = 0.5 ≥ 0.3");
        (await TestOrder(smallMarket)).Status.ShouldBe(200, "0.0019 × 0.1 = 0.00019");
    }

    [Theory]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":0}""", "The reference price of BTCUSDT must be above 0 and at most 1000000, with at most 8 decimals.")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":"-1"}""", "The reference price of BTCUSDT must be above 0")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":1e-10}""", "The reference price of BTCUSDT must be above 0")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":1000000.01}""", "The reference price of BTCUSDT must be above 0")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":7.9e27}""", "The reference price of BTCUSDT must be above 0")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":79228162514264337593543950336}""", "'referencePrice' must be a decimal number")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":"thirty"}""", "'referencePrice' must be a decimal number (or a string holding one), not \"thirty\".")]
    [InlineData("""{"symbol":"BTCUSDT","referencePrice":true}""", "'referencePrice' must be a decimal number")]
    [InlineData("""{"symbol":"BTCUSDT"}""", "The body must be {\"symbol\": …, \"referencePrice\": …}")]
    [InlineData("""{"symbol":"NOPE","referencePrice":1}""", "Unknown symbol 'NOPE'.")]
    [InlineData("""{"symbol":"BTCUSDT","price":1}""", "Unknown field 'price'; the fields are symbol, referencePrice.")]
    public async Task OutOfRangeReferencePrices_Are400WithTheReason_AndChangeNothing(string body, string reason)
    {
        var (status, json) = await SetReferencePrice(body);

        status.ShouldBe(400);
        json.GetProperty("error").GetString()!.ShouldStartWith(reason);
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/referencePrice", "symbol=BTCUSDT")).Code.ShouldBe(-2043);
        (await Client.PlaceAsync(("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.001"))).Status.ShouldBe(200);
    }
}
