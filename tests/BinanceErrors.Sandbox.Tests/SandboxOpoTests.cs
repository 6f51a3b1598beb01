using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// One Pays the Other (binance-spot-api-docs faqs/opo.md, rest-api.md "New Order List - OPO/OPOCO"): an OTO whose
/// pending SELL leg(s) have no quantity and get what the working BUY received; -1222..-1225 and "OPO orders are not
/// supported for this symbol." where the symbol does not allow them (the default exchangeInfo's opoAllowed is false).
/// </summary>
public sealed class SandboxOpoTests
{
    private static async Task<SandboxServer> StartWithOpoAsync(IReadOnlyDictionary<string, decimal>? balances = null)
    {
        var info = JsonNode.Parse(SandboxServer.DefaultExchangeInfoJson())!;
        foreach (var symbol in info["symbols"]!.AsArray())
        {
            symbol!["opoAllowed"] = true;
        }

        var key = new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret" };
        return await SandboxServer.StartAsync(new SandboxOptions
        {
            ExchangeInfoJson = info.ToJsonString(),
            ApiKeys = [balances is null ? key : key with { Balances = balances }],
        });
    }

    private static (string, string)[] Opo(string workingPrice, string workingQuantity, params (string, string)[] more) =>
    [
        ("symbol", "BTCUSDT"), ("newOrderRespType", "RESULT"),
        ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", workingPrice), ("workingQuantity", workingQuantity), ("workingTimeInForce", "GTC"),
        ("pendingType", "LIMIT_MAKER"), ("pendingSide", "SELL"), ("pendingPrice", "31000"), .. more,
    ];

    private static (string, string)[] Opoco(string workingPrice) =>
    [
        ("symbol", "BTCUSDT"), ("newOrderRespType", "RESULT"),
        ("workingType", "LIMIT"), ("workingSide", "BUY"), ("workingPrice", workingPrice), ("workingQuantity", "0.002"), ("workingTimeInForce", "GTC"),
        ("pendingSide", "SELL"), ("pendingAboveType", "LIMIT_MAKER"), ("pendingAbovePrice", "31000"),
        ("pendingBelowType", "STOP_LOSS"), ("pendingBelowStopPrice", "29000"),
    ];

    private static async Task<JsonElement> Order(SandboxClient client, long orderId)
    {
        var response = await client.SignedAsync(HttpMethod.Get, "/api/v3/order", $"symbol=BTCUSDT&orderId={orderId}");
        response.Status.ShouldBe(200, response.Body);
        return response.Json;
    }

    [Fact]
    public async Task WhereTheSymbolDoesNotAllowOpo_TheExchangesAnswer()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        foreach (var (path, parameters) in new[] { ("/api/v3/orderList/opo", Opo("29000", "0.001")), ("/api/v3/orderList/opoco", Opoco("29000")) })
        {
            var refused = await client.SignedAsync(HttpMethod.Post, path, SandboxClient.Query(parameters));
            refused.Status.ShouldBe(400, path);
            refused.Code.ShouldBe(-2010);
            refused.Msg.ShouldBe("OPO orders are not supported for this symbol.");
        }

        server.AcceptedOrderLists().ShouldBeEmpty();
    }

    [Fact]
    public async Task PendingLeg_HasNoQuantity_UntilTheWorkingLegFills_ThenSellsWhatItReceived()
    {
        await using var server = await StartWithOpoAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/opo", SandboxClient.Query(Opo("29000", "0.002")));

        placed.Status.ShouldBe(200, placed.Body);
        placed.Json.GetProperty("contingencyType").GetString().ShouldBe("OTO");
        var reports = placed.Json.GetProperty("orderReports").EnumerateArray().ToArray();
        reports[0].GetProperty("status").GetString().ShouldBe("NEW");
        reports[1].GetProperty("status").GetString().ShouldBe("PENDING_NEW");
        reports[1].TryGetProperty("origQty", out _).ShouldBeFalse("the documented OPO answer has no origQty for the pending leg");
        var pendingId = reports[1].GetProperty("orderId").GetInt64();
        (await Order(client, pendingId)).TryGetProperty("origQty", out _).ShouldBeFalse();

        // The account has 1 BTC free, so the commission comes from it and the whole 0.002 is sold.
        var crossing = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/opo", SandboxClient.Query(Opo("30010", "0.002")));
        crossing.Status.ShouldBe(200, crossing.Body);
        var legs = crossing.Json.GetProperty("orderReports").EnumerateArray().ToArray();
        legs[0].GetProperty("status").GetString().ShouldBe("FILLED");
        var pending = await Order(client, legs[1].GetProperty("orderId").GetInt64());
        pending.GetProperty("status").GetString().ShouldBe("NEW");
        pending.GetProperty("origQty").GetString().ShouldBe("0.00200000");
        server.Balances("sandboxkey").Single(b => b.Asset == "BTC").Locked.ShouldBe(0.002m);

        var canceled = await client.SignedAsync(HttpMethod.Delete, "/api/v3/orderList", $"symbol=BTCUSDT&orderListId={placed.Json.GetProperty("orderListId").GetInt64()}");
        canceled.Status.ShouldBe(200, canceled.Body);
        (await Order(client, pendingId)).GetProperty("status").GetString().ShouldBe("CANCELED");
    }

    [Fact]
    public async Task WithoutOtherFunds_TheCommissionComesOffTheQuantity_RoundedDownToTheStep()
    {
        await using var server = await StartWithOpoAsync(new Dictionary<string, decimal> { ["USDT"] = 1000m });
        using var client = SandboxClient.Hmac(server);

        // 0.00123 BTC received, less 0.1% commission = 0.00122877, down to LOT_SIZE's 0.00001 step = 0.00122.
        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/opo", SandboxClient.Query(Opo("30010", "0.00123")));

        placed.Status.ShouldBe(200, placed.Body);
        var pending = await Order(client, placed.Json.GetProperty("orderReports")[1].GetProperty("orderId").GetInt64());
        pending.GetProperty("origQty").GetString().ShouldBe("0.00122000");
        var btc = server.Balances("sandboxkey").Single(b => b.Asset == "BTC");
        btc.Locked.ShouldBe(0.00122m);
        btc.Free.ShouldBe(0.00000877m, "what the rounding left is free");
    }

    [Fact]
    public async Task APendingLegThatCannotMeetItsFilters_ExpiresRejected()
    {
        await using var server = await StartWithOpoAsync(new Dictionary<string, decimal> { ["USDT"] = 1000m });
        using var client = SandboxClient.Hmac(server);

        // 0.00017 less commission is 0.00016 after rounding: 0.00016 × 31000 = 4.96, under NOTIONAL's 5.
        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/opo", SandboxClient.Query(Opo("30010", "0.00017")));

        placed.Status.ShouldBe(200, placed.Body);
        var pending = await Order(client, placed.Json.GetProperty("orderReports")[1].GetProperty("orderId").GetInt64());
        pending.GetProperty("status").GetString().ShouldBe("EXPIRED");
        pending.GetProperty("expiryReason").GetString().ShouldBe("REJECTED");
        server.Balances("sandboxkey").Single(b => b.Asset == "BTC").Locked.ShouldBe(0m);
        var list = await client.SignedAsync(HttpMethod.Get, "/api/v3/orderList", $"orderListId={placed.Json.GetProperty("orderListId").GetInt64()}");
        list.Json.GetProperty("listOrderStatus").GetString().ShouldBe("ALL_DONE");
    }

    [Fact]
    public async Task Opoco_ThePendingPairGetsTheReceivedQuantity_AndWorksAsAnOco()
    {
        await using var server = await StartWithOpoAsync();
        using var client = SandboxClient.Hmac(server);

        var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/opoco", SandboxClient.Query(Opoco("30010")));

        placed.Status.ShouldBe(200, placed.Body);
        var ids = placed.Json.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("orderId").GetInt64()).ToArray();
        ids.Length.ShouldBe(3);
        foreach (var id in ids[1..])
        {
            var leg = await Order(client, id);
            leg.GetProperty("status").GetString().ShouldBe("NEW");
            leg.GetProperty("origQty").GetString().ShouldBe("0.00200000");
        }

        // The pair is an OCO: cancelling the LIMIT_MAKER leg cancels the stop too.
        var cancel = await client.SignedAsync(HttpMethod.Delete, "/api/v3/order", $"symbol=BTCUSDT&orderId={ids[1]}");
        cancel.Status.ShouldBe(200, cancel.Body);
        (await Order(client, ids[2])).GetProperty("status").GetString().ShouldBe("CANCELED");
    }

    [Theory]
    [InlineData("workingSide", "SELL", -1222, "Working order in an OPO list must be a bid.")]
    [InlineData("pendingSide", "BUY", -1223, "Pending orders in an OPO list must be asks.")]
    [InlineData("pendingQuantity", "0.002", -1225, "Pending orders should not include the 'pendingQuantity' tag.")]
    public async Task OpoRules_AreAnsweredWithTheirCodes(string parameter, string value, int code, string message)
    {
        await using var server = await StartWithOpoAsync();
        using var client = SandboxClient.Hmac(server);
        var parameters = Opo("29000", "0.002").Where(p => p.Item1 != parameter).Append((parameter, value)).ToArray();

        var refused = await client.SignedAsync(HttpMethod.Post, "/api/v3/orderList/opo", SandboxClient.Query(parameters));

        refused.Status.ShouldBe(400, refused.Body);
        refused.Code.ShouldBe(code);
        refused.Msg.ShouldBe(message);
        server.AcceptedOrderLists().ShouldBeEmpty();
    }
}
