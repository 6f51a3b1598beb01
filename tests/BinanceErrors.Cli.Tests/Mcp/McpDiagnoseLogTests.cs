using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary><c>diagnose_log</c> and the "diagnose my bot's log" prompt, through the C# SDK client against the real CLI process.</summary>
[Collection(McpCollection.Name)]
public sealed class McpDiagnoseLogTests(McpServerProcesses servers)
{
    public static TheoryData<string> Transports => new() { "stdio", "http" };

    // Real lines: https://github.com/hummingbot/hummingbot/pull/6584 and https://github.com/sammchardy/python-binance/issues/1411.
    private const string Log = """
        2024-02-20 18:42:07,344 - 15 - hummingbot - ERROR - OSError: Error executing request POST https://fapi.binance.com/fapi/v1/order. HTTP status is 400. Error: {"code":-2027,"msg":"Exceeded the maximum allowable position at current leverage."}
        2024-02-20 18:42:07,346 - 15 - hummingbot.strategy.script_strategy_base - INFO - Creating JASMY-USDT sell order: price: 0.0108 amount: 92555.29.
        binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: PERCENT_PRICE_BY_SIDE
        """;

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task DiagnoseLog_FindsTheErrors_WithVenueCountsAndAdvice_InItsOutputSchema(string transport)
    {
        var (result, data) = await CallAsync(transport, new() { ["text"] = Log });

        data.GetProperty("lines").GetInt64().ShouldBe(3);
        data.GetProperty("occurrenceCount").GetInt64().ShouldBe(2);
        data.GetProperty("occurrencesTruncated").GetBoolean().ShouldBeFalse();
        data.GetProperty("stoppedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var first = data.GetProperty("occurrences")[0];
        first.GetProperty("line").GetInt64().ShouldBe(1);
        first.GetProperty("timestamp").GetString().ShouldBe("2024-02-20T18:42:07.344");
        first.GetProperty("venue").GetString().ShouldBe("usdm");
        first.GetProperty("venueSource").GetString().ShouldBe("host");
        first.GetProperty("code").GetInt32().ShouldBe(-2027);
        first.GetProperty("httpStatus").GetInt32().ShouldBe(400);
        var second = data.GetProperty("occurrences")[1];
        (second.GetProperty("code").GetInt32(), second.GetProperty("kind").GetString()).ShouldBe((-1013, "FilterRejected"));
        data.GetProperty("byCode")[0].GetProperty("whatToDo").GetString().ShouldNotBeNullOrEmpty();
        Text(result).ShouldStartWith("2 Binance errors in 3 lines, from 2024-02-20T18:42:07.344 to 2024-02-20T18:42:07.344.");
        Text(result).ShouldContain("-1013 INVALID_MESSAGE on spot (FilterRejected) × 1, lines 3-3");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task DiagnoseLog_NamesThePatterns_AndMasksSecrets(string transport)
    {
        const string skew = "APIError(code=-1021): Timestamp for this request is outside of the recvWindow.";
        var log = string.Join('\n',
            $"2024-03-01 10:00:00 ERROR {skew}",
            "2024-03-01 10:01:00 DEBUG GET https://api.binance.com/api/v3/account?timestamp=1&signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            $"2024-03-01 10:04:00 ERROR {skew}",
            $"2024-03-01 10:08:00 ERROR {skew}");

        var (result, data) = await CallAsync(transport, new() { ["text"] = log, ["venue"] = "spot" });

        var pattern = data.GetProperty("patterns").EnumerateArray().ShouldHaveSingleItem();
        pattern.GetProperty("kind").GetString().ShouldBe("clockDrift");
        pattern.GetProperty("summary").GetString().ShouldStartWith("-1021 3 times, every 4 min on average");
        data.GetProperty("occurrences")[0].GetProperty("venueSource").GetString().ShouldBe("option");
        Text(result).ShouldContain("Patterns:\n- -1021 3 times");
        Text(result).ShouldNotContain("0123456789abcdef0123456789abcdef");
    }

    [Theory]
    [InlineData("stdio", "", null, "Nothing to diagnose")]
    [InlineData("http", "APIError(code=-1013): Filter failure: LOT_SIZE", "mars", "Unknown venue 'mars'. Valid venues: auto, spot")]
    public async Task DiagnoseLog_BadArguments_AreToolErrorsThatSayWhatToFix(string transport, string text, string? venue, string says)
    {
        var arguments = new Dictionary<string, object?> { ["text"] = text };
        if (venue is not null)
        {
            arguments["venue"] = venue;
        }

        var result = await servers.For(transport).CallToolAsync("diagnose_log", arguments);

        result.IsError.ShouldBe(true);
        Text(result).ShouldContain(says);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task DiagnoseMyBotsLog_Prompt_SendsTheAssistantToTheTool(string transport)
    {
        var prompt = await servers.For(transport).GetPromptAsync("diagnose_log", new Dictionary<string, object?> { ["log"] = "X-MBX-APIKEY: vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A\nAPIError(code=-1021): Timestamp for this request is outside of the recvWindow.", ["venue"] = "usdm" });

        var text = ((TextContentBlock)prompt.Messages[0].Content).Text;
        text.ShouldContain("Call diagnose_log with this text and venue 'usdm'");
        text.ShouldContain("APIError(code=-1021)");
        text.ShouldNotContain("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A");
    }

    private async Task<(CallToolResult Result, JsonElement Data)> CallAsync(string transport, Dictionary<string, object?> arguments)
    {
        var client = servers.For(transport);
        var result = await client.CallToolAsync("diagnose_log", arguments);
        result.IsError.ShouldNotBe(true, Text(result));
        result.StructuredContent.ShouldNotBeNull();
        var schema = (await client.ListToolsAsync()).Single(t => t.Name == "diagnose_log").ProtocolTool.OutputSchema!.Value;
        OutputSchema.ShouldConform(result.StructuredContent.Value, schema);
        return (result, result.StructuredContent.Value);
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
