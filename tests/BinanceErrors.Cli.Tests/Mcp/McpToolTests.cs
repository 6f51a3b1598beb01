using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>Every tool over both transports, through the C# SDK client against the real CLI process.</summary>
[Collection(McpCollection.Name)]
public sealed class McpToolTests(McpServerProcesses servers)
{
    public static TheoryData<string> Transports => new() { "stdio", "http" };

    private static readonly string[] ToolNames = ["classify_response", "diagnose_log", "explain_error", "list_errors", "recovery_plan", "validate_order"];

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ListTools_EveryToolIsReadOnly_WithInputAndOutputSchema(string transport)
    {
        var tools = await servers.For(transport).ListToolsAsync();

        tools.Select(t => t.Name).Order().ShouldBe(ToolNames);
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            tool.Annotations.ShouldNotBeNull(tool.Name);
            tool.Annotations.ReadOnlyHint.ShouldBe(true, tool.Name);
            tool.Annotations.DestructiveHint.ShouldBe(false, tool.Name);
            tool.InputSchema.GetProperty("type").GetString().ShouldBe("object");
            tool.OutputSchema.ShouldNotBeNull(tool.Name);
            tool.OutputSchema.Value.GetProperty("type").GetString().ShouldBe("object");
        }
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ExplainError_WithoutVenue_ShowsSpotAndFuturesMeaningsOfMinus2021SideBySide(string transport)
    {
        var (result, data) = await CallAsync(transport, "explain_error", new() { ["code"] = -2021 });

        data.GetProperty("differsAcrossVenues").GetBoolean().ShouldBeTrue();
        var venues = data.GetProperty("venues").EnumerateArray().ToDictionary(v => v.GetProperty("venue").GetString()!);
        venues.Keys.ShouldBe(["spot", "usdm", "coinm", "us"], ignoreOrder: true);
        venues["spot"].GetProperty("name").GetString().ShouldBe("Order cancel-replace partially failed");
        venues["usdm"].GetProperty("name").GetString().ShouldBe("ORDER_WOULD_IMMEDIATELY_TRIGGER");
        venues["usdm"].GetProperty("messages")[0].GetProperty("text").GetString().ShouldBe("Order would immediately trigger.");
        Text(result).ShouldContain("-2021 means different things per venue");
        Text(result).ShouldContain("[usdm] -2021 ORDER_WOULD_IMMEDIATELY_TRIGGER");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ExplainError_DocumentationProse_IsMarkedAsSuch_AndNeverQuotedAsAMessage(string transport)
    {
        var (result, data) = await CallAsync(transport, "explain_error", new() { ["code"] = -2021, ["venue"] = "spot" });

        // The catalog keeps the doc's "This code is sent when …" bullet as form "description"; it is not a message.
        var messages = data.GetProperty("venues")[0].GetProperty("messages").EnumerateArray().ToArray();
        messages.Where(m => m.GetProperty("form").GetString() == "server").Select(m => m.GetProperty("text").GetString()).ShouldBe(["Order cancel-replace partially failed."]);
        messages.ShouldContain(m => m.GetProperty("form").GetString() == "description" && m.GetProperty("text").GetString()!.StartsWith("This code is sent", StringComparison.Ordinal));
        Text(result).ShouldNotContain("This code is sent");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ExplainError_WithMessage_ReturnsTheMatchedTemplateAndTypedReason(string transport)
    {
        var (result, data) = await CallAsync(transport, "explain_error", new()
        {
            ["code"] = 2010, // typed without the sign, as people do
            ["venue"] = "spot",
            ["message"] = "Account has insufficient balance for requested action.",
        });

        data.GetProperty("code").GetInt32().ShouldBe(-2010);
        data.GetProperty("venues").GetArrayLength().ShouldBe(1);
        data.GetProperty("venues")[0].GetProperty("name").GetString().ShouldBe("NEW_ORDER_REJECTED");
        var match = data.GetProperty("match");
        match.GetProperty("template").GetString().ShouldBe("Account has insufficient balance for requested action.");
        match.GetProperty("reason").GetString().ShouldBe("InsufficientBalance");
        match.GetProperty("kind").GetString().ShouldBe("InsufficientBalance");
        Text(result).ShouldContain("reason InsufficientBalance");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ExplainError_InventedBinanceUsCode_AnswersItIsNotABinanceCode_WithTheRealForm(string transport)
    {
        var (result, data) = await CallAsync(transport, "explain_error", new() { ["code"] = -9001, ["venue"] = "us" });

        var entry = data.GetProperty("venues")[0];
        entry.GetProperty("status").GetString().ShouldBe("notBinanceCode");
        entry.GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        entry.GetProperty("realForm").GetString()!.ShouldContain("Filter failure: PERCENT_PRICE");
        Text(result).ShouldContain("-9001 is not a Binance code");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ClassifyResponse_418Ban_HaltsUntilTheBanEnds_AndNeverEchoesTheApiKey(string transport)
    {
        const string apiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
        // A ban end two hours away, in whole seconds (bans last at most 3 days; a stated end beyond is bounded to that).
        var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds());
        var (result, data) = await CallAsync(transport, "classify_response", new()
        {
            ["venue"] = "spot",
            ["status"] = 418,
            ["headers"] = new Dictionary<string, string> { ["Retry-After"] = "7200", ["X-MBX-APIKEY"] = apiKey },
            // Binance Spot docs, errors "-1003 TOO_MANY_REQUESTS" message, with a ban end filled in.
            ["body"] = $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{end.ToUnixTimeMilliseconds()}}. Please use WebSocket Streams for live updates to avoid bans."}""",
        });

        data.GetProperty("code").GetInt32().ShouldBe(-1003);
        data.GetProperty("name").GetString().ShouldBe("TOO_MANY_REQUESTS");
        data.GetProperty("kind").GetString().ShouldBe("IpBanned");
        data.GetProperty("action").GetString().ShouldBe("HaltUntil");
        data.GetProperty("untilMs").GetInt64().ShouldBe(end.ToUnixTimeMilliseconds());
        data.GetProperty("executionUnknown").GetBoolean().ShouldBeFalse();
        Text(result).ShouldContain($"Stop all traffic until {end.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}Z");
        data.GetRawText().ShouldNotContain(apiKey);
        Text(result).ShouldNotContain(apiKey);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ClassifyResponse_Futures503UnknownError_OnAPlacement_SaysTheOrderMayHaveExecuted(string transport)
    {
        var (result, data) = await CallAsync(transport, "classify_response", new()
        {
            ["venue"] = "usdm",
            ["status"] = 503,
            ["intent"] = "place",
            ["body"] = JsonDocument.Parse("""{"code":-1000,"msg":"Unknown error, please check your request or try again later."}""").RootElement,
        });

        data.GetProperty("kind").GetString().ShouldBe("ExecutionUnknown");
        data.GetProperty("executionUnknown").GetBoolean().ShouldBeTrue();
        data.GetProperty("whatToDo")[0].GetString()!.ShouldContain("origClientOrderId");
        Text(result).ShouldContain("The order may have executed.");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ClassifyResponse_SignatureInTheMessage_IsMasked(string transport)
    {
        const string signature = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";
        var (result, data) = await CallAsync(transport, "classify_response", new()
        {
            ["venue"] = "spot",
            ["status"] = 400,
            ["body"] = $$"""{"code":-1022,"msg":"Signature for this request is not valid. signature={{signature}}"}""",
        });

        data.GetProperty("name").GetString().ShouldBe("INVALID_SIGNATURE");
        data.GetRawText().ShouldNotContain(signature);
        Text(result).ShouldNotContain(signature);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ValidateOrder_SpotPriceOffTheTick_IsTheExchangesPriceFilterError_AndNormalizeFixesIt(string transport)
    {
        var order = new Dictionary<string, object> { ["symbol"] = "BTCUSDT", ["side"] = "BUY", ["type"] = "LIMIT", ["timeInForce"] = "GTC", ["price"] = "65000.001", ["quantity"] = "0.001" };

        var (rejected, data) = await CallAsync(transport, "validate_order", new() { ["venue"] = "spot", ["order"] = order });
        data.GetProperty("valid").GetBoolean().ShouldBeFalse();
        data.GetProperty("rejection").GetProperty("code").GetInt32().ShouldBe(-1013);
        data.GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Filter failure: PRICE_FILTER");
        data.GetProperty("exchangeInfoSource").GetString().ShouldBe("built-in sample");
        Text(rejected).ShouldContain("""{"code":-1013,"msg":"Filter failure: PRICE_FILTER"}""");

        var (fixedResult, normalized) = await CallAsync(transport, "validate_order", new()
        {
            ["venue"] = "spot",
            ["order"] = order,
            ["normalize"] = true,
            ["context"] = new Dictionary<string, object> { ["referencePrice"] = "65000" },
        });
        normalized.GetProperty("valid").GetBoolean().ShouldBeTrue(Text(fixedResult));
        normalized.GetProperty("order").GetProperty("price").GetString().ShouldBe("65000");
        normalized.GetProperty("changes")[0].GetProperty("parameter").GetString().ShouldBe("price");
        Text(fixedResult).ShouldContain("VALID");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ValidateOrder_WithGivenExchangeInfo_UsesIt_AndListsWhatWasNotChecked(string transport)
    {
        // The built-in sample itself, passed as an object: the source must say "given".
        var exchangeInfo = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "data", "exchange-info", "spot-default.json"))).RootElement;
        var (_, data) = await CallAsync(transport, "validate_order", new()
        {
            ["venue"] = "spot",
            ["order"] = new Dictionary<string, object> { ["symbol"] = "BTCUSDT", ["side"] = "SELL", ["type"] = "MARKET", ["quantity"] = 0.01 },
            ["exchangeInfo"] = exchangeInfo,
        });

        data.GetProperty("exchangeInfoSource").GetString().ShouldBe("given");
        data.GetProperty("order").GetProperty("quantity").GetString().ShouldBe("0.01");
        data.GetProperty("notChecked").EnumerateArray().Select(e => e.GetString()).ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ListErrors_OneCategory_ListsItsCodes(string transport)
    {
        var (result, data) = await CallAsync(transport, "list_errors", new() { ["venue"] = "usdm", ["category"] = "20xx" });

        var codes = data.GetProperty("codes").EnumerateArray().ToArray();
        data.GetProperty("count").GetInt32().ShouldBe(codes.Length);
        codes.ShouldContain(c => c.GetProperty("code").GetInt32() == -2021 && c.GetProperty("name").GetString() == "ORDER_WOULD_IMMEDIATELY_TRIGGER");
        codes.ShouldAllBe(c => c.GetProperty("category").GetString() == "20xx");
        data.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldContain("10xx");
        Text(result).ShouldStartWith($"{codes.Length} codes on usdm in 20xx:");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task RecoveryPlan_EverySituation_HasOrderedSteps(string transport)
    {
        foreach (var situation in new[] { "post-timeout", "http-418", "clock-1021", "order-not-found-after-place", "futures-4120", "http-429" })
        {
            var (result, data) = await CallAsync(transport, "recovery_plan", new() { ["situation"] = situation });
            data.GetProperty("situation").GetString().ShouldBe(situation);
            data.GetProperty("steps").GetArrayLength().ShouldBeGreaterThanOrEqualTo(3, situation);
            Text(result).ShouldContain("1. ");
        }
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task RecoveryPlan_InWords_FindsTheSituation(string transport)
    {
        var (_, timeout) = await CallAsync(transport, "recovery_plan", new() { ["situation"] = "my POST /api/v3/order timed out, did it go through?" });
        timeout.GetProperty("situation").GetString().ShouldBe("post-timeout");
        timeout.GetProperty("steps")[1].GetString()!.ShouldContain("origClientOrderId");

        var (_, algo) = await CallAsync(transport, "recovery_plan", new() { ["situation"] = "STOP_MARKET order gets -4120" });
        algo.GetProperty("situation").GetString().ShouldBe("futures-4120");
        algo.GetProperty("title").GetString()!.ShouldContain("Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.");
    }

    public static TheoryData<string, string, string, string> BadArguments => new()
    {
        // transport, tool, arguments (JSON), what the sentence must say
        { "stdio", "explain_error", """{"venue":"spot"}""", "the argument 'code' is required" },
        { "http", "explain_error", """{"code":"minus 2010"}""", "'code' must be an integer, not a string" },
        { "stdio", "explain_error", """{"code":0}""", "0 is not an error code" },
        { "http", "explain_error", """{"code":-2010,"venue":"mars"}""", "Unknown venue 'mars'. Valid venues: spot, usdm, coinm, us." },
        { "stdio", "explain_error", """{"code":-2010,"colour":"red"}""", "there is no argument 'colour'" },
        { "http", "classify_response", """{"venue":"spot","body":"{\"code\":-1021,\"msg\":\"Timestamp for"}""", "not valid JSON" },
        { "stdio", "classify_response", """{"venue":"spot","body":""}""", "Nothing to classify" },
        { "http", "classify_response", """{"venue":"spot","body":[1,2]}""", "'body' must be the response body as a string or a JSON object" },
        { "stdio", "classify_response", """{"venue":"spot","body":"{}","status":42}""", "42 is not an HTTP status" },
        { "http", "classify_response", """{"venue":"spot","body":"{}","intent":"buy"}""", "Unknown intent 'buy'" },
        { "stdio", "validate_order", """{"venue":"spot","order":{}}""", "'order' is empty" },
        { "http", "validate_order", """{"venue":"spot","order":"symbol=BTCUSDT"}""", "'order' must be a JSON object" },
        { "stdio", "validate_order", """{"venue":"spot","order":{"symbol":{"x":1}}}""", "Order parameter 'symbol' must be a string or a number" },
        { "http", "validate_order", """{"venue":"spot","order":{"symbol":"BTCUSDT"},"context":{"mood":"1"}}""", "Unknown context 'mood' for spot. Valid context fields: referencePrice," },
        { "stdio", "validate_order", """{"venue":"spot","order":{"symbol":"BTCUSDT"},"exchangeInfo":{"symbols":"none"}}""", "'exchangeInfo' cannot be read" },
        { "http", "validate_order", """{"venue":"coinm","order":{"symbol":"BTCUSD_PERP"},"context":{"averagePrice":"60000"}}""", "Unknown context 'averagePrice' for coinm. Valid context fields: markPrice," },
        { "stdio", "validate_order", """{"venue":"coinm","order":{"symbol":"BTCUSD_PERP"},"exchangeInfo":{"symbols":"none"}}""", "'exchangeInfo' cannot be read" },
        { "stdio", "validate_order", """{"venue":"usdm","order":{"symbol":"BTCUSDT"},"context":{"referencePrice":"60000"}}""", "Unknown context 'referencePrice' for usdm. Valid context fields: markPrice," },
        { "http", "validate_order", """{"venue":"usdm","order":{"symbol":"BTCUSDT"},"context":{"dualSidePosition":"maybe"}}""", "'dualSidePosition' must be true (hedge mode) or false (one-way mode)" },
        { "stdio", "validate_order", """{"venue":"usdm","order":{"symbol":"BTCUSDT"},"exchangeInfo":{"symbols":"none"}}""", "'exchangeInfo' cannot be read" },
        { "stdio", "list_errors", """{"venue":"spot","category":"99xx"}""", "'99xx' is not a category of spot. Valid categories: 10xx" },
        { "http", "recovery_plan", """{"situation":"my cat ate my API key"}""", "No recovery plan matches" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task BadArguments_AreIsErrorResults_WithASentenceSayingWhatToFix(string transport, string tool, string arguments, string expected)
    {
        var parsed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)!;
        var text = await FailAsync(transport, tool, parsed.ToDictionary(p => p.Key, p => (object?)p.Value));
        text.ShouldContain(expected);
        text.ShouldNotContain("An error occurred invoking");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task UnknownTool_IsAProtocolError_NotAToolResult(string transport)
    {
        var error = await Should.ThrowAsync<ModelContextProtocol.McpProtocolException>(() => servers.For(transport).CallToolAsync("place_order", new Dictionary<string, object?>()).AsTask());
        error.ErrorCode.ShouldBe(ModelContextProtocol.McpErrorCode.InvalidParams);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BinanceErrors.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BinanceErrors.slnx not found above " + AppContext.BaseDirectory);
    }

    private async Task<(CallToolResult Result, JsonElement Data)> CallAsync(string transport, string tool, Dictionary<string, object?> arguments)
    {
        var client = servers.For(transport);
        var result = await client.CallToolAsync(tool, arguments);
        result.IsError.ShouldNotBe(true, Text(result));
        result.StructuredContent.ShouldNotBeNull();
        var schema = (await client.ListToolsAsync()).Single(t => t.Name == tool).ProtocolTool.OutputSchema!.Value;
        OutputSchema.ShouldConform(result.StructuredContent.Value, schema);
        return (result, result.StructuredContent.Value);
    }

    private async Task<string> FailAsync(string transport, string tool, Dictionary<string, object?> arguments)
    {
        var result = await servers.For(transport).CallToolAsync(tool, arguments);
        result.IsError.ShouldBe(true, Text(result));
        result.StructuredContent.ShouldBeNull();
        return Text(result);
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
