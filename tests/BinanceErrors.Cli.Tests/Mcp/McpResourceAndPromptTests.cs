using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>Every resource and prompt over both transports, including URIs and arguments the server must refuse.</summary>
[Collection(McpCollection.Name)]
public sealed class McpResourceAndPromptTests(McpServerProcesses servers)
{
    public static TheoryData<string> Transports => new() { "stdio", "http" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ResourceTemplates_CatalogCodeAndHttpStatus_AreListed(string transport)
    {
        var client = servers.For(transport);
        var templates = await client.ListResourceTemplatesAsync();
        templates.Select(t => t.UriTemplate).Order().ShouldBe(["binance-errors://catalog/{venue}", "binance-errors://codes/{venue}/{code}", "binance-errors://http-status/{venue}"]);
        templates.ShouldAllBe(t => t.MimeType == "application/json");

        var resources = await client.ListResourcesAsync();
        resources.Select(r => r.Uri).ShouldBe(["binance-errors://not-binance-codes"]);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task CatalogResource_HasEveryCodeOfTheVenue(string transport)
    {
        var catalog = await ReadJsonAsync(transport, "binance-errors://catalog/spot");

        var codes = catalog.EnumerateArray().ToArray();
        codes.Length.ShouldBeGreaterThan(100);
        codes.ShouldContain(c => c.GetProperty("code").GetInt32() == -1021 && c.GetProperty("name").GetString() == "INVALID_TIMESTAMP");
        codes.ShouldAllBe(c => c.GetProperty("venue").GetString() == "spot");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task CodeResource_IsTheVenuesOwnDefinition(string transport)
    {
        var usdm = await ReadJsonAsync(transport, "binance-errors://codes/usdm/-2021");
        usdm.GetProperty("name").GetString().ShouldBe("ORDER_WOULD_IMMEDIATELY_TRIGGER");

        var spot = await ReadJsonAsync(transport, "binance-errors://codes/spot/2021");
        spot.GetProperty("name").GetString().ShouldBe("Order cancel-replace partially failed");

        var invented = await ReadJsonAsync(transport, "binance-errors://codes/us/-9000");
        invented.GetProperty("status").GetString().ShouldBe("notBinanceCode");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task HttpStatusResource_ForUsdM_HasThe503Table(string transport)
    {
        var usdm = await ReadJsonAsync(transport, "binance-errors://http-status/usdm");
        var messages = usdm.GetProperty("messages").EnumerateArray().ToArray();
        messages.ShouldContain(m => m.GetProperty("httpStatus").ValueKind == JsonValueKind.Number && m.GetProperty("text").GetString() == "Service Unavailable." && m.GetProperty("kind").GetString() == "ServiceUnavailable");
        messages.ShouldContain(m => m.GetProperty("text").GetString() == "Unknown error, please check your request or try again later." && m.GetProperty("kind").GetString() == "ExecutionUnknown");
        usdm.GetProperty("statuses").EnumerateArray().ShouldContain(s => s.GetProperty("status").GetString() == "5XX" && s.GetProperty("executionUnknown").GetBoolean());

        var spot = await ReadJsonAsync(transport, "binance-errors://http-status/spot");
        spot.GetProperty("statuses").EnumerateArray().ShouldContain(s => s.GetProperty("status").GetString() == "409");
        spot.GetProperty("messages").EnumerateArray().ShouldNotContain(m => m.GetProperty("text").GetString() == "Service Unavailable.");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task NotBinanceCodesResource_ListsTheInventedFilterCodes(string transport)
    {
        var codes = await ReadJsonAsync(transport, "binance-errors://not-binance-codes");
        codes.EnumerateArray().Select(c => c.GetProperty("code").GetInt32()).ShouldContain(-9000);
        codes.EnumerateArray().ShouldAllBe(c => c.GetProperty("realForm").GetString()!.Length > 0);
    }

    [Theory]
    [InlineData("stdio", "binance-errors://catalog/mars", "Unknown venue 'mars'")]
    [InlineData("http", "binance-errors://codes/spot/abc", "'abc' is not an error code")]
    [InlineData("stdio", "binance-errors://nothing-here", null)]
    public async Task UnknownResource_IsAResourceNotFoundProtocolError(string transport, string uri, string? expected)
    {
        var error = await Should.ThrowAsync<McpProtocolException>(() => servers.For(transport).ReadResourceAsync(uri).AsTask());
        if (expected is not null)
        {
            error.ErrorCode.ShouldBe(McpErrorCode.ResourceNotFound);
            error.Message.ShouldContain(expected);
        }
        else
        {
            // A URI no template matches is answered by the SDK itself; either code is a protocol error, never a result.
            error.ErrorCode.ShouldBeOneOf(McpErrorCode.ResourceNotFound, McpErrorCode.InvalidParams);
        }
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Prompts_AllThreeAreListed_AndPointAtTheTools(string transport)
    {
        var client = servers.For(transport);
        var prompts = await client.ListPromptsAsync();
        prompts.Select(p => p.Name).Order().ShouldBe(["diagnose_error", "diagnose_log", "make_order_valid", "unknown_outcome"]);

        var diagnose = await PromptTextAsync(transport, "diagnose_error", new() { ["error"] = """HTTP 400 {"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""", ["venue"] = "usdm" });
        diagnose.ShouldContain("(usdm)");
        diagnose.ShouldContain("-1021");
        diagnose.ShouldContain("classify_response");

        var order = await PromptTextAsync(transport, "make_order_valid", new() { ["order"] = """{"symbol":"BTCUSDT","price":"65000.001"}""" });
        order.ShouldContain("validate_order with venue 'spot'");
        order.ShouldContain("normalize=true");

        var unknown = await PromptTextAsync(transport, "unknown_outcome", new() { ["what"] = "POST /api/v3/order timed out after 10 s" });
        unknown.ShouldContain("recovery_plan with situation 'post-timeout'");
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Prompts_MaskSecretsInTheirArguments(string transport)
    {
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        var text = await PromptTextAsync(transport, "diagnose_error", new() { ["error"] = $"POST /api/v3/order?symbol=BTCUSDT&timestamp=1&signature=abc123 X-MBX-APIKEY: {secret} -> -1022" });
        text.ShouldNotContain(secret);
        text.ShouldNotContain("abc123");
        text.ShouldContain("signature=***");
    }

    [Theory]
    [InlineData("stdio", "diagnose_error", "venue", "mars")]
    [InlineData("http", "make_order_valid", "venue", "moon")]
    public async Task Prompt_WithAnUnknownVenue_IsAnInvalidParamsProtocolError(string transport, string prompt, string name, string value)
    {
        var arguments = new Dictionary<string, object?> { ["error"] = "x", ["order"] = "{}", ["what"] = "x", [name] = value };
        arguments.Remove(prompt == "diagnose_error" ? "order" : "error");
        arguments.Remove("what");
        var error = await Should.ThrowAsync<McpProtocolException>(() => servers.For(transport).GetPromptAsync(prompt, arguments).AsTask());
        error.ErrorCode.ShouldBe(McpErrorCode.InvalidParams);
        error.Message.ShouldContain($"Unknown venue '{value}'");
    }

    private async Task<JsonElement> ReadJsonAsync(string transport, string uri)
    {
        var result = await servers.For(transport).ReadResourceAsync(uri);
        var contents = result.Contents.ShouldHaveSingleItem().ShouldBeOfType<TextResourceContents>();
        contents.MimeType.ShouldBe("application/json");
        return JsonDocument.Parse(contents.Text).RootElement.Clone();
    }

    private async Task<string> PromptTextAsync(string transport, string name, Dictionary<string, object?> arguments)
    {
        var result = await servers.For(transport).GetPromptAsync(name, arguments);
        var message = result.Messages.ShouldHaveSingleItem();
        message.Role.ShouldBe(Role.User);
        return message.Content.ShouldBeOfType<TextContentBlock>().Text;
    }
}
