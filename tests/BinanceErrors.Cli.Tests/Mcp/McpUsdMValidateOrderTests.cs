using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// <c>validate_order</c> with venue <c>usdm</c> over both transports, through the C# SDK client against the real CLI
/// process and the built-in <c>data/exchange-info/usdm-default.json</c> (BTCUSDT: tick 0.10, step 0.001, MIN_NOTIONAL 100).
/// </summary>
[Collection(McpCollection.Name)]
public sealed class McpUsdMValidateOrderTests(McpServerProcesses servers)
{
    public static TheoryData<string> Transports => new() { "stdio", "http" };

    private static Dictionary<string, object> Limit(string quantity) => new()
    {
        ["symbol"] = "BTCUSDT", ["side"] = "BUY", ["type"] = "LIMIT", ["timeInForce"] = "GTC", ["price"] = "60000.10", ["quantity"] = quantity,
    };

    private static Dictionary<string, object> FullContext => new() { ["markPrice"] = "60000", ["dualSidePosition"] = false, ["openOrders"] = 0, ["openAlgoOrders"] = 0 };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ValidLimitOrder_WithFullContext_IsValid_AndNothingIsLeftUnchecked(string transport)
    {
        var (result, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = Limit("0.002"), ["context"] = FullContext });

        data.GetProperty("venue").GetString().ShouldBe("usdm");
        data.GetProperty("valid").GetBoolean().ShouldBeTrue(Text(result));
        data.GetProperty("rejection").ValueKind.ShouldBe(JsonValueKind.Null);
        data.GetProperty("notChecked").GetArrayLength().ShouldBe(0);
        data.GetProperty("exchangeInfoSource").GetString().ShouldBe("built-in sample");
        data.GetProperty("order").GetProperty("price").GetString().ShouldBe("60000.10");
        Text(result).ShouldBe("VALID: the exchange would accept this order.");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task NotionalBelowMinimum_IsMinus4164_WithTheExactUsdMText(string transport)
    {
        // 0.001 × 60000.10 = 60.0001 < MIN_NOTIONAL 100.
        var (result, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = Limit("0.001"), ["context"] = FullContext });

        data.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var rejection = data.GetProperty("rejection");
        rejection.GetProperty("code").GetInt32().ShouldBe(-4164);
        rejection.GetProperty("message").GetString().ShouldBe("Order's notional must be no smaller than 100 (unless you choose reduce only)");
        rejection.GetProperty("name").GetString().ShouldBe("MIN_NOTIONAL");
        Text(result).ShouldContain("""{"code":-4164,"msg":"Order's notional must be no smaller than 100 (unless you choose reduce only)"}""");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ReduceOnlyOrder_IsExemptFromMinNotional(string transport)
    {
        var order = Limit("0.001");
        order["side"] = "SELL";
        order["reduceOnly"] = "true";

        var (result, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = order, ["context"] = FullContext });

        data.GetProperty("valid").GetBoolean().ShouldBeTrue(Text(result));
        data.GetProperty("order").GetProperty("reduceOnly").GetString().ShouldBe("true");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AlgoOrder_IsCheckedAsAnAlgoOrderRequest(string transport)
    {
        var algo = new Dictionary<string, object>
        {
            ["algoType"] = "CONDITIONAL", ["symbol"] = "BTCUSDT", ["side"] = "SELL", ["type"] = "STOP_MARKET", ["triggerPrice"] = "58000", ["quantity"] = "0.002",
        };

        var (valid, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = algo, ["context"] = FullContext });
        data.GetProperty("valid").GetBoolean().ShouldBeTrue(Text(valid));
        data.GetProperty("order").GetProperty("algoType").GetString().ShouldBe("CONDITIONAL");
        data.GetProperty("order").GetProperty("triggerPrice").GetString().ShouldBe("58000");

        // The same algo order when 200 conditional orders are already open across all symbols (the limit since
        // MAX_NUM_ALGO_ORDERS left exchangeInfo on 2025-12-29), with USDⓈ-M's text.
        var full = FullContext;
        full["accountOpenAlgoOrders"] = 200;
        var (_, limited) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = algo, ["context"] = full });
        limited.GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-4045);
        limited.GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Reach max stop order limit.");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ConditionalTypeSentAsAPlainOrder_IsMinus4120(string transport)
    {
        var order = new Dictionary<string, object> { ["symbol"] = "BTCUSDT", ["side"] = "SELL", ["type"] = "STOP_MARKET", ["stopPrice"] = "58000", ["quantity"] = "0.002" };

        var (result, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = order });

        var rejection = data.GetProperty("rejection");
        rejection.GetProperty("code").GetInt32().ShouldBe(-4120);
        rejection.GetProperty("message").GetString().ShouldBe("Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.");
        rejection.GetProperty("name").GetString().ShouldBe("STOP_ORDER_SWITCH_ALGO");
        Text(result).ShouldContain("What to do:");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task WithoutContext_NamesTheRulesItCouldNotCheck(string transport)
    {
        var (result, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = Limit("0.002") });

        data.GetProperty("valid").GetBoolean().ShouldBeTrue();
        data.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ShouldBe(["PERCENT_PRICE", "MAX_NUM_ORDERS", "POSITION_MODE"]);
        Text(result).ShouldContain("Not checked (context missing): PERCENT_PRICE, MAX_NUM_ORDERS, POSITION_MODE");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Normalize_UsesTheFuturesGridsAndTheMarkPrice(string transport)
    {
        var order = new Dictionary<string, object> { ["symbol"] = "BTCUSDT", ["side"] = "BUY", ["type"] = "MARKET", ["quantity"] = "0.0021" };

        var (result, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = order, ["context"] = FullContext, ["normalize"] = true });

        data.GetProperty("valid").GetBoolean().ShouldBeTrue(Text(result));
        data.GetProperty("order").GetProperty("quantity").GetString().ShouldBe("0.002");
        data.GetProperty("changes")[0].GetProperty("parameter").GetString().ShouldBe("quantity");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task GivenExchangeInfo_IsAFapiDocument(string transport)
    {
        var exchangeInfo = File.ReadAllText(Path.Combine(McpToolTests.RepositoryRoot(), "data", "exchange-info", "usdm-default.json"));

        var (_, data) = await CallAsync(transport, new() { ["venue"] = "usdm", ["order"] = Limit("0.002"), ["exchangeInfo"] = exchangeInfo });

        data.GetProperty("exchangeInfoSource").GetString().ShouldBe("given");
        data.GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    private async Task<(CallToolResult Result, JsonElement Data)> CallAsync(string transport, Dictionary<string, object?> arguments)
    {
        var client = servers.For(transport);
        var result = await client.CallToolAsync("validate_order", arguments);
        result.IsError.ShouldNotBe(true, Text(result));
        result.StructuredContent.ShouldNotBeNull();
        var schema = (await client.ListToolsAsync()).Single(t => t.Name == "validate_order").ProtocolTool.OutputSchema!.Value;
        OutputSchema.ShouldConform(result.StructuredContent.Value, schema);
        return (result, result.StructuredContent.Value);
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
