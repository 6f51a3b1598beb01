using System.Globalization;
using System.Text;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// Symbol status, set by the admin: CANCEL_ONLY (Spot CHANGELOG 2026-07-01, effective 2026-07-07: "can appear in
/// Exchange Information responses"; the glossary: "users can only cancel and amend orders on that symbol") refuses new
/// orders with the non-TRADING answer and accepts cancels; exchangeInfo shows the status and filters by it.
/// </summary>
public sealed class SandboxSymbolStatusTests : SpotSandboxTest
{
    private static readonly (string, string)[] RestingBuy =
        [("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "29000"), ("quantity", "0.001")];

    [Fact]
    public async Task CancelOnly_RefusesNewOrders_AcceptsCancels_AndExchangeInfoShowsIt()
    {
        var resting = await Client.PlaceAsync(RestingBuy);
        resting.Status.ShouldBe(200, resting.Body);
        var restingId = resting.Json.GetProperty("orderId").GetInt64().ToString(CultureInfo.InvariantCulture);
        var second = await Client.PlaceAsync(RestingBuy);
        var secondId = second.Json.GetProperty("orderId").GetInt64().ToString(CultureInfo.InvariantCulture);

        var (status, body) = await PostAdmin("/sandbox/symbolStatus", """{"symbol":"BTCUSDT","status":"CANCEL_ONLY"}""");
        status.ShouldBe(200, body);
        body.ShouldBe("""{"symbol":"BTCUSDT","status":"CANCEL_ONLY"}""");

        var info = await Client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbol=BTCUSDT");
        info.Json.GetProperty("symbols")[0].GetProperty("status").GetString().ShouldBe("CANCEL_ONLY");
        var cancelOnly = await Client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbolStatus=CANCEL_ONLY");
        cancelOnly.Json.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ShouldBe(["BTCUSDT"]);
        var trading = await Client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", "symbolStatus=TRADING");
        trading.Json.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ShouldBe(["ETHUSDT", "ETHBTC", "BNBUSDT"]);

        var refused = await Client.PlaceAsync(RestingBuy);
        refused.Status.ShouldBe(400);
        refused.Code.ShouldBe(-2010);
        refused.Msg.ShouldBe("Market is closed.");
        var list = await Client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/oto", SandboxClient.Query(
            ("symbol", "BTCUSDT"), ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", "29000"), ("workingQuantity", "0.001"), ("workingTimeInForce", "GTC"),
            ("pendingType", "LIMIT_MAKER"), ("pendingSide", "SELL"), ("pendingPrice", "31000"), ("pendingQuantity", "0.001")));
        list.Status.ShouldBe(400);
        list.Msg.ShouldBe("Market is closed.");

        var canceled = await Client.SignedAsync(HttpMethod.Delete, "/api/v3/order", SandboxClient.Query(("symbol", "BTCUSDT"), ("orderId", restingId)));
        canceled.Status.ShouldBe(200, canceled.Body);
        canceled.Json.GetProperty("status").GetString().ShouldBe("CANCELED");

        // Cancel-replace: the cancel half succeeds, the new order is refused → 409 -2021 with both halves.
        var replace = await Client.SignedAsync(HttpMethod.Post, "/api/v3/order/cancelReplace", SandboxClient.Query(
            [.. RestingBuy, ("cancelReplaceMode", "ALLOW_FAILURE"), ("cancelOrderId", secondId)]));
        replace.Status.ShouldBe(409, replace.Body);
        replace.Code.ShouldBe(-2021);
        var data = replace.Json.GetProperty("data");
        data.GetProperty("cancelResult").GetString().ShouldBe("SUCCESS");
        data.GetProperty("newOrderResponse").GetProperty("msg").GetString().ShouldBe("Market is closed.");

        Server.SetSymbolStatus("BTCUSDT", SymbolStatus.Trading);
        (await Client.PlaceAsync(RestingBuy)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task HaltedSymbol_OpenedForTrading_GetsItsHouseLiquidity()
    {
        var closed = await Client.PlaceAsync(("symbol", "LUNAUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "100"));
        closed.Msg.ShouldBe("Market is closed.");
        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=LUNAUSDT")).Json.GetProperty("asks").GetArrayLength().ShouldBe(0);

        (await PostAdmin("/sandbox/symbolStatus", """{"symbol":"LUNAUSDT","status":"TRADING"}""")).Status.ShouldBe(200);

        (await Client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=LUNAUSDT")).Json.GetProperty("asks").GetArrayLength().ShouldBe(20);
        var bought = await Client.PlaceAsync(("symbol", "LUNAUSDT"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "100"));
        bought.Status.ShouldBe(200, bought.Body);
        bought.Json.GetProperty("status").GetString().ShouldBe("FILLED");
    }

    [Theory]
    [InlineData("""{"symbol":"BTCUSDT","status":"PRE_TRADING"}""", "Unknown status 'PRE_TRADING'; use one of TRADING, END_OF_DAY, HALT, BREAK, CANCEL_ONLY.")]
    [InlineData("""{"symbol":"NOPE","status":"HALT"}""", "Unknown symbol 'NOPE'.")]
    [InlineData("""{"symbol":"BTCUSDT"}""", "'status' must be a non-empty string.")]
    [InlineData("""{"symbol":"BTCUSDT","status":"HALT","extra":1}""", "Unknown field 'extra'; the fields are symbol, status.")]
    [InlineData("""["BTCUSDT"]""", "The body must be a JSON object with symbol, status.")]
    [InlineData("""{"symbol":""", "")]
    public async Task BadStatusChanges_Are400WithTheReason_AndChangeNothing(string json, string reason)
    {
        var (status, body) = await PostAdmin("/sandbox/symbolStatus", json);

        status.ShouldBe(400);
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!.ShouldStartWith(reason);
        var statuses = await Admin.GetStringAsync("/sandbox/symbolStatus");
        statuses.ShouldContain("""{"symbol":"BTCUSDT","status":"TRADING"}""");
        (await Client.PlaceAsync(RestingBuy)).Status.ShouldBe(200);
    }

    [Theory]
    [InlineData("symbolStatus=CLOSED", -1122, "Invalid symbolStatus.")]
    [InlineData("symbol=BTCUSDT&symbolStatus=TRADING", -1128, "Combination of optional parameters invalid.")]
    public async Task ExchangeInfo_RefusesABadSymbolStatusFilter(string query, int code, string message)
    {
        var response = await Client.PublicAsync(HttpMethod.Get, "/api/v3/exchangeInfo", query);

        response.Status.ShouldBe(400);
        response.Code.ShouldBe(code);
        response.Msg.ShouldBe(message);
    }

    [Fact]
    public async Task TheFuturesSandbox_HasNoSpotSymbolStatusAdmin()
    {
        await using var futures = await SandboxServer.StartAsync(new SandboxOptions { Venue = SandboxVenue.UsdM });
        using var admin = new HttpClient { BaseAddress = futures.BaseAddress };

        using var response = await admin.PostAsync("/sandbox/symbolStatus", new StringContent("""{"symbol":"BTCUSDT","status":"HALT"}""", Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBe(404);
        Should.Throw<InvalidOperationException>(() => futures.SetSymbolStatus("BTCUSDT", SymbolStatus.Halt));
    }
}
