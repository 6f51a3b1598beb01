using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// <c>validate_order</c> with venue <c>coinm</c> over both transports, through the C# SDK client against the real CLI
/// process and the built-in <c>data/exchange-info/coinm-default.json</c> (BTCUSD_PERP: tick 0.1, whole contracts of
/// 100 USD, PERCENT_PRICE 0.95–1.05): the same adapter and context fields as usdm, COIN-M's codes and texts.
/// </summary>
[Collection(McpCollection.Name)]
public sealed class McpCoinMValidateOrderTests(McpServerProcesses servers)
{
    public static TheoryData<string> Transports => new() { "stdio", "http" };

    private static Dictionary<string, object> Limit(string quantity) => new()
    {
        ["symbol"] = "BTCUSD_PERP", ["side"] = "BUY", ["type"] = "LIMIT", ["timeInForce"] = "GTC", ["price"] = "60000.1", ["quantity"] = quantity,
    };

    private static Dictionary<string, object> FullContext => new() { ["markPrice"] = "60000", ["dualSidePosition"] = false, ["openOrders"] = 0 };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ValidLimitOrder_WithFullContext_IsValid_AndNothingIsLeftUnchecked(string transport)
    {
        var (result, data) = await CallAsync(transport, new() { ["venue"] = "coinm", ["order"] = Limit("2"), ["context"] = FullContext });

        data.GetProperty("venue").GetString().ShouldBe("coinm");
        data.GetProperty("valid").GetBoolean().ShouldBeTrue(Text(result));
        data.GetProperty("notChecked").GetArrayLength().ShouldBe(0);
        data.GetProperty("exchangeInfoSource").GetString().ShouldBe("built-in sample");
        data.GetProperty("order").GetProperty("quantity").GetString().ShouldBe("2");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task MarketOrderBeyondPercentPrice_IsMinus4113_WithCoinMsText(string transport)
    {
        var order = new Dictionary<string, object> { ["symbol"] = "BTCUSD_PERP", ["side"] = "BUY", ["type"] = "MARKET", ["quantity"] = "2" };
        var context = FullContext;
        context["bestAsk"] = "63000.1";

        var (result, data) = await CallAsync(transport, new() { ["venue"] = "coinm", ["order"] = order, ["context"] = context });

        var rejection = data.GetProperty("rejection");
        rejection.GetProperty("venue").GetString().ShouldBe("coinm");
        rejection.GetProperty("code").GetInt32().ShouldBe(-4113);
        rejection.GetProperty("message").GetString().ShouldBe("The counterparty's best price does not meet the PERCENT_PRICE filter limit.");
        Text(result).ShouldContain("""{"code":-4113,"msg":"The counterparty's best price does not meet the PERCENT_PRICE filter limit."}""");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ConditionalOrder_IsAPlainDapiOrder_CheckedAgainstTheLastPrice(string transport)
    {
        var stop = new Dictionary<string, object> { ["symbol"] = "BTCUSD_PERP", ["side"] = "SELL", ["type"] = "STOP_MARKET", ["stopPrice"] = "61000", ["quantity"] = "2" };

        var (_, withoutContext) = await CallAsync(transport, new() { ["venue"] = "coinm", ["order"] = stop });
        withoutContext.GetProperty("valid").GetBoolean().ShouldBeTrue();
        withoutContext.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ShouldContain("TRIGGER_DIRECTION");

        var (_, data) = await CallAsync(transport, new() { ["venue"] = "coinm", ["order"] = stop, ["context"] = new Dictionary<string, object> { ["lastPrice"] = "60000" } });
        data.GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-2021);
        data.GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Order would immediately trigger.");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task AlgoType_IsRefused_CoinMHasNoAlgoOrderEndpoint(string transport)
    {
        var algo = new Dictionary<string, object?>
        {
            ["algoType"] = "CONDITIONAL", ["symbol"] = "BTCUSD_PERP", ["side"] = "SELL", ["type"] = "STOP_MARKET", ["triggerPrice"] = "58000", ["quantity"] = "2",
        };

        var result = await servers.For(transport).CallToolAsync("validate_order", new Dictionary<string, object?> { ["venue"] = "coinm", ["order"] = algo });

        result.IsError.ShouldBe(true);
        Text(result).ShouldStartWith("COIN-M has no algo-order endpoint");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task GivenExchangeInfo_IsADapiDocument_AUsdMOneIsRefused(string transport)
    {
        var coinm = File.ReadAllText(Path.Combine(McpToolTests.RepositoryRoot(), "data", "exchange-info", "coinm-default.json"));
        var (_, data) = await CallAsync(transport, new() { ["venue"] = "coinm", ["order"] = Limit("1"), ["exchangeInfo"] = coinm });
        data.GetProperty("exchangeInfoSource").GetString().ShouldBe("given");
        data.GetProperty("valid").GetBoolean().ShouldBeTrue();

        var usdm = File.ReadAllText(Path.Combine(McpToolTests.RepositoryRoot(), "data", "exchange-info", "usdm-default.json"));
        var refused = await servers.For(transport).CallToolAsync("validate_order", new Dictionary<string, object?> { ["venue"] = "coinm", ["order"] = Limit("1"), ["exchangeInfo"] = usdm });
        refused.IsError.ShouldBe(true);
        Text(refused).ShouldBe("'exchangeInfo' cannot be read: This is a USDⓈ-M exchangeInfo (GET /fapi/v1/exchangeInfo), not COIN-M (GET /dapi/v1/exchangeInfo); use venue 'usdm' for it. Pass the GET /dapi/v1/exchangeInfo response as received, or leave it out to use the built-in sample.");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task UnknownContextField_NamesTheVenueAndTheValidFields(string transport)
    {
        var result = await servers.For(transport).CallToolAsync("validate_order", new Dictionary<string, object?>
        {
            ["venue"] = "coinm", ["order"] = Limit("1"), ["context"] = new Dictionary<string, object> { ["referencePrice"] = "60000" },
        });

        result.IsError.ShouldBe(true);
        Text(result).ShouldBe("Unknown context 'referencePrice' for coinm. Valid context fields: markPrice, lastPrice, bestBid, bestAsk, dualSidePosition, openOrders, openAlgoOrders, accountOpenAlgoOrders.");
    }

    private async Task<(CallToolResult Result, JsonElement Data)> CallAsync(string transport, Dictionary<string, object?> arguments)
    {
        var client = servers.For(transport);
        var result = await client.CallToolAsync("validate_order", arguments);
        result.IsError.ShouldNotBe(true, Text(result));
        result.StructuredContent.ShouldNotBeNull();
        var schema = (await client.ListToolsAsync()).Single(t => t.Name == "validate_order").ProtocolTool.OutputSchema!.Value;
        OutputSchema.ShouldConform(result.StructuredContent.Value, schema);
        Output.DocumentedSchema.Validation.ShouldValidate(result.StructuredContent.Value, "validate_order coinm");
        return (result, result.StructuredContent.Value);
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
