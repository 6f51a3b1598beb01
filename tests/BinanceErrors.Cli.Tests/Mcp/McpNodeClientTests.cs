namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// A client of another SDK: the official TypeScript SDK (<c>@modelcontextprotocol/sdk</c>) talks to the same server
/// over stdio and Streamable HTTP. Its <c>callTool</c> validates every structuredContent against the tool's outputSchema
/// with ajv, so a schema the C# side gets wrong fails here.
/// </summary>
[Collection(McpCollection.Name)]
public sealed class McpNodeClientTests(McpServerProcesses servers, NodeClient node) : IClassFixture<NodeClient>
{
    [Theory]
    [InlineData("stdio")]
    [InlineData("http")]
    public async Task TypeScriptSdkClient_CallsEveryToolResourceAndPrompt(string transport)
    {
        var summary = await node.SummaryAsync(transport, transport == "stdio" ? McpServerProcesses.CliDll : servers.HttpEndpoint.ToString());

        summary.GetProperty("server").GetString().ShouldBe("binance-errors");
        var tools = summary.GetProperty("tools").EnumerateArray().ToArray();
        tools.Select(t => t.GetProperty("name").GetString()).Order().ShouldBe(["classify_response", "diagnose_log", "explain_error", "list_errors", "recovery_plan", "validate_order"]);
        tools.ShouldAllBe(t => t.GetProperty("readOnly").GetBoolean() && t.GetProperty("hasOutputSchema").GetBoolean());

        var calls = summary.GetProperty("calls");
        foreach (var call in calls.EnumerateObject())
        {
            call.Value.GetProperty("isError").GetBoolean().ShouldBeFalse(call.Name);
        }

        calls.GetProperty("explain_error").GetProperty("structuredContent").GetProperty("differsAcrossVenues").GetBoolean().ShouldBeTrue();
        var classified = calls.GetProperty("classify_response").GetProperty("structuredContent");
        classified.GetProperty("kind").GetString().ShouldBe("RateLimited");
        classified.GetProperty("retryAfterMs").GetInt64().ShouldBe(30_000);
        calls.GetProperty("validate_order").GetProperty("structuredContent").GetProperty("rejection").GetProperty("message").GetString().ShouldBe("Filter failure: PRICE_FILTER");
        calls.GetProperty("list_errors").GetProperty("structuredContent").GetProperty("count").GetInt32().ShouldBe(2);
        calls.GetProperty("recovery_plan").GetProperty("structuredContent").GetProperty("situation").GetString().ShouldBe("http-418");

        summary.GetProperty("badArguments").GetProperty("isError").GetBoolean().ShouldBeTrue();
        summary.GetProperty("badArguments").GetProperty("text").GetString()!.ShouldContain("the argument 'code' is required");
        summary.GetProperty("resourceTemplates").GetArrayLength().ShouldBe(3);
        summary.GetProperty("resource").GetProperty("name").GetString().ShouldBe("ORDER_WOULD_IMMEDIATELY_TRIGGER");
        summary.GetProperty("unknownResourceError").GetInt32().ShouldBe(-32002);
        summary.GetProperty("prompts").EnumerateArray().Select(p => p.GetString()).Order().ShouldBe(["diagnose_error", "diagnose_log", "make_order_valid", "unknown_outcome"]);
        var diagnosis = calls.GetProperty("diagnose_log").GetProperty("structuredContent");
        diagnosis.GetProperty("occurrenceCount").GetInt64().ShouldBe(3);
        diagnosis.GetProperty("patterns")[0].GetProperty("summary").GetString().ShouldBe("418 after 2 × 429: you are polling");
        summary.GetProperty("logPrompt").GetString()!.ShouldContain("Call diagnose_log with this text");
        summary.GetProperty("prompt").GetString()!.ShouldContain("recovery_plan with situation 'post-timeout'");
    }
}
