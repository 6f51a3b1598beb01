using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Cli.Tests.Mcp;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Tests.Output;

/// <summary>
/// One schema for a classification and one for a code, whoever asks: the CLI's <c>--json</c> output and the MCP
/// tools' <c>structuredContent</c> (from the real server processes) validate against <c>docs/schemas/</c>, the tools
/// advertise exactly the documented properties, and the same response gives the same object over both.
/// </summary>
[Collection(McpCollection.Name)]
public sealed class OutputSchemaTests(McpServerProcesses servers)
{
    // Real bodies: Binance Spot errors (-1003, -1013 LOT_SIZE, -2010 matching-engine text), a USDⓈ-M 503 with
    // -1000, and the CloudFront HTML page a 502 carries (as in docs/classification.md).
    public static TheoryData<string, int?, string, string, string> Responses => new()
    {
        { "spot", 429, "Retry-After: 30", """{"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}""", "unspecified" },
        // The ban ends two hours from now: a stated end is kept as sent up to 3 days ahead (the longest ban).
        { "spot", 418, "Retry-After: 7200", $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeMilliseconds()}}. Please use WebSocket Streams for live updates to avoid bans."}""", "unspecified" },
        { "spot", 400, "Retry-After: 0", """{"code":-1013,"msg":"Filter failure: LOT_SIZE"}""", "place" },
        { "spot", 400, "Retry-After: 0", """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""", "place" },
        { "usdm", 503, "Retry-After: 0", """{"code":-1000,"msg":"Unknown error, please check your request or try again later."}""", "place" },
        { "spot", 502, "Retry-After: 0", "<html><head><title>502 Bad Gateway</title></head><body>ERROR: The request could not be satisfied</body></html>", "cancel" },
        { "coinm", null, "Retry-After: 0", """{"code":-4164,"msg":"Order's notional must be no smaller than 5.0 (unless you choose reduce only)"}""", "write" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task ParseJson_AndClassifyResponse_WriteTheSameDocumentedObject(string venue, int? status, string header, string body, string intent)
    {
        string[] statusArgs = status is { } s ? ["--status", s.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        var cli = CliRun.Of(["parse", "--venue", venue, .. statusArgs, "--header", header, "--body", body, "--intent", intent, "--json"]);
        cli.ExitCode.ShouldBe(0, cli.Error);
        DocumentedSchema.Classification.ShouldValidate(cli.Json(), "parse --json");

        var arguments = new Dictionary<string, object?>
        {
            ["venue"] = venue,
            ["body"] = body,
            ["headers"] = new Dictionary<string, string> { [header[..header.IndexOf(':', StringComparison.Ordinal)]] = header[(header.IndexOf(':', StringComparison.Ordinal) + 2)..] },
            ["intent"] = intent,
        };
        if (status is not null)
        {
            arguments["status"] = status;
        }

        var mcp = await servers.Stdio.CallToolAsync("classify_response", arguments);
        mcp.IsError.ShouldNotBe(true);
        DocumentedSchema.Classification.ShouldValidate(mcp.StructuredContent!.Value, "classify_response");

        ShouldBeTheSameClassification(cli.Output, mcp.StructuredContent.Value.GetRawText());
    }

    [Fact]
    public void ParseJsonl_EveryLine_IsTheDocumentedObject()
    {
        var input = string.Join('\n', Responses.Select(r => JsonSerializer.Serialize(new { venue = r[0], status = r[1], body = r[3], intent = r[4] })));
        var run = CliRun.WithInput(input, "parse", "--jsonl");

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = run.JsonLines();
        lines.Count.ShouldBe(Responses.Count());
        foreach (var line in lines)
        {
            DocumentedSchema.Classification.ShouldValidate(line, "parse --jsonl");
        }
    }

    [Theory]
    [InlineData("-2021", null)]
    [InlineData("-1003", "spot")]
    [InlineData("-9001", "us")]
    [InlineData("-31337", "usdm")]
    [InlineData("-1013", "spot")]
    public async Task ExplainJson_AndExplainError_WriteTheDocumentedCodeObject(string code, string? venue)
    {
        string[] venueArgs = venue is null ? [] : ["--venue", venue];
        var cli = CliRun.Of(["explain", code, .. venueArgs, "--message", "Filter failure: LOT_SIZE", "--json"]).Json();

        var root = JsonNode.Parse(cli.GetRawText())!.AsObject();
        var match = root["match"];
        var others = root["otherVenues"]?.AsArray();
        root.Remove("match");
        root.Remove("otherVenues");
        DocumentedSchema.Code.ShouldValidate(JsonSerializer.SerializeToElement(root), "explain --json");
        foreach (var other in others ?? [])
        {
            DocumentedSchema.Code.ShouldValidate(JsonSerializer.SerializeToElement(other), "explain --json otherVenues");
        }

        var arguments = new Dictionary<string, object?> { ["code"] = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), ["message"] = "Filter failure: LOT_SIZE" };
        if (venue is not null)
        {
            arguments["venue"] = venue;
        }

        var mcp = (await servers.Stdio.CallToolAsync("explain_error", arguments)).StructuredContent!.Value;
        foreach (var entry in mcp.GetProperty("venues").EnumerateArray())
        {
            DocumentedSchema.Code.ShouldValidate(entry, "explain_error venues[]");
        }

        // The code object of the first venue is the same over both; so is the classification of the message.
        JsonNode.DeepEquals(root, JsonNode.Parse(mcp.GetProperty("venues")[0].GetRawText())).ShouldBeTrue();
        if (mcp.GetProperty("match").ValueKind == JsonValueKind.Object)
        {
            DocumentedSchema.Classification.ShouldValidate(mcp.GetProperty("match"), "explain_error match");
            ShouldBeTheSameClassification(match!.ToJsonString(), mcp.GetProperty("match").GetRawText());
        }
    }

    [Fact]
    public void ListJson_EveryCodeOfEveryVenue_IsTheDocumentedCodeObject()
    {
        var list = CliRun.Of("list", "--json").Json();

        list.GetArrayLength().ShouldBeGreaterThan(400);
        foreach (var code in list.EnumerateArray())
        {
            DocumentedSchema.Code.ShouldValidate(code, "list --json");
        }
    }

    [Theory]
    [InlineData("binance-errors://catalog/usdm")]
    [InlineData("binance-errors://codes/spot/-1021")]
    [InlineData("binance-errors://codes/us/-9000")]
    public async Task CodeResources_AreTheDocumentedCodeObject(string uri)
    {
        var result = await servers.Http.ReadResourceAsync(uri);
        var json = JsonDocument.Parse(result.Contents.OfType<TextResourceContents>().Single().Text).RootElement;

        foreach (var code in json.ValueKind == JsonValueKind.Array ? [.. json.EnumerateArray()] : new[] { json })
        {
            DocumentedSchema.Code.ShouldValidate(code, uri);
        }
    }

    // Orders as JSON lines (Binance parameter names plus context fields), the form both validate --jsonl and the MCP
    // tool take: off the tick, normalized, a MARKET notional against the average price (no reference price) and
    // against the reference price, USDⓈ-M plain and conditional (the account-wide 200), Binance.US, COIN-M (normalized to whole contracts, -4113, a stop without the last price).
    public static TheoryData<string, string, bool> Orders => new()
    {
        { "spot", """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"65000.001","quantity":"0.001"}""", false },
        { "spot", """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"65000.001","quantity":"0.001","referencePrice":"65000"}""", true },
        { "spot", """{"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"0.0001","averagePrice":"30000"}""", false },
        { "spot", """{"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"0.0001","averagePrice":"30000","referencePrice":"200000"}""", false },
        { "us", """{"symbol":"BTCUSDT","side":"SELL","type":"LIMIT","timeInForce":"GTC","price":"30000","quantity":"0.00001"}""", false },
        { "usdm", """{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.10","quantity":"0.002"}""", false },
        { "usdm", """{"algoType":"CONDITIONAL","symbol":"BTCUSDT","side":"SELL","type":"STOP_MARKET","triggerPrice":"58000","quantity":"0.002","accountOpenAlgoOrders":"200"}""", false },
        { "coinm", """{"symbol":"BTCUSD_PERP","side":"BUY","type":"LIMIT","timeInForce":"GTC","price":"60000.17","quantity":"1.7","markPrice":"60000","dualSidePosition":"false"}""", true },
        { "coinm", """{"symbol":"BTCUSD_PERP","side":"BUY","type":"MARKET","quantity":"2","markPrice":"60000","bestAsk":"63000.1"}""", false },
        { "coinm", """{"symbol":"BTCUSD_PERP","side":"SELL","type":"STOP_MARKET","stopPrice":"61000","quantity":"2"}""", false },
    };

    private static readonly string[] ContextFields =
        ["referencePrice", "averagePrice", "lastPrice", "bestBid", "bestAsk", "openOrders", "openAlgoOrders", "openIcebergOrders", "position", "markPrice", "dualSidePosition", "accountOpenAlgoOrders"];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task ValidateJsonl_AndValidateOrder_WriteTheSameDocumentedObject(string venue, string line, bool normalize)
    {
        var cli = CliRun.WithInput(line, ["validate", "--venue", venue, "--jsonl", .. (normalize ? new[] { "--normalize" } : [])]);
        cli.ExitCode.ShouldBeOneOf(0, 1);
        var written = cli.JsonLines().Single();
        DocumentedSchema.Validation.ShouldValidate(written, "validate --jsonl");

        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(line)!;
        var mcp = await servers.Stdio.CallToolAsync("validate_order", new Dictionary<string, object?>
        {
            ["venue"] = venue,
            ["order"] = fields.Where(f => !ContextFields.Contains(f.Key)).ToDictionary(),
            ["context"] = fields.Where(f => ContextFields.Contains(f.Key)).ToDictionary(),
            ["normalize"] = normalize,
        });
        mcp.IsError.ShouldNotBe(true, mcp.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text);
        DocumentedSchema.Validation.ShouldValidate(mcp.StructuredContent!.Value, "validate_order");

        JsonNode.DeepEquals(JsonNode.Parse(written.GetRawText()), JsonNode.Parse(mcp.StructuredContent.Value.GetRawText()))
            .ShouldBeTrue($"CLI:\n{written.GetRawText()}\nMCP:\n{mcp.StructuredContent.Value.GetRawText()}");
    }

    [Fact]
    public void ValidateJson_OfOneOrder_IsTheDocumentedObject_ItsRejectionAClassification()
    {
        var run = CliRun.Of("validate", "--symbol", "BTCUSDT", "--side", "BUY", "--type", "MARKET", "--quantity", "0.0001", "--average-price", "30000", "--json");

        run.ExitCode.ShouldBe(1, run.Error);
        var json = run.Json();
        DocumentedSchema.Validation.ShouldValidate(json, "validate --json");
        DocumentedSchema.Classification.ShouldValidate(json.GetProperty("rejection"), "validate --json rejection");
        json.GetProperty("rejection").GetProperty("httpStatus").GetInt32().ShouldBe(400, "the answer the exchange would send");
        json.GetProperty("exchangeInfoSource").GetString().ShouldBe("built-in sample");
    }

    [Fact]
    public async Task McpOutputSchemas_AdvertiseExactlyTheDocumentedProperties()
    {
        var tools = (await servers.Stdio.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool.OutputSchema!.Value);

        Properties(tools["classify_response"]).ShouldBe(DocumentedSchema.Classification.PropertyNames);
        var explain = tools["explain_error"].GetProperty("properties");
        Properties(explain.GetProperty("venues").GetProperty("items")).ShouldBe(DocumentedSchema.Code.PropertyNames);
        Properties(explain.GetProperty("match")).ShouldBe(DocumentedSchema.Classification.PropertyNames);
        Properties(tools["validate_order"]).ShouldBe(DocumentedSchema.Validation.PropertyNames);
        var validate = tools["validate_order"].GetProperty("properties");
        Properties(validate.GetProperty("rejection")).ShouldBe(DocumentedSchema.Classification.PropertyNames);
        Properties(validate.GetProperty("changes").GetProperty("items")).ShouldBe(["parameter", "from", "to", "reason"]);
    }

    [Fact]
    public void Schemas_RejectTheNamesThisSchemaReplaced()
    {
        // The names parse --json and classify_response used before they were unified (see docs/cli.md, "Changes").
        var cli = CliRun.Of("parse", "--status", "503", "--body", """{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}""", "--json").Json();
        var node = JsonNode.Parse(cli.GetRawText())!.AsObject();
        DocumentedSchema.Classification.Accepts(cli).ShouldBeTrue();

        node["orderMayHaveExecuted"] = node["executionUnknown"]!.DeepClone();
        node.Remove("executionUnknown");
        DocumentedSchema.Classification.Accepts(JsonSerializer.SerializeToElement(node)).ShouldBeFalse();
    }

    /// <summary>
    /// Equal objects, except that a wait the classifier computes from the machine's clock (a ban end minus now, now
    /// plus Retry-After) may differ by the time between the two calls.
    /// </summary>
    private static void ShouldBeTheSameClassification(string cli, string mcp)
    {
        var (a, b) = (JsonNode.Parse(cli)!.AsObject(), JsonNode.Parse(mcp)!.AsObject());
        foreach (var clockDerived in new[] { "retryAfterMs", "untilMs" })
        {
            var (x, y) = (a[clockDerived]?.GetValue<long>(), b[clockDerived]?.GetValue<long>());
            (x is null).ShouldBe(y is null, clockDerived);
            if (x is not null)
            {
                Math.Abs(x.Value - y!.Value).ShouldBeLessThan(60_000, clockDerived);
            }

            a.Remove(clockDerived);
            b.Remove(clockDerived);
        }

        JsonNode.DeepEquals(a, b).ShouldBeTrue($"CLI:\n{cli}\nMCP:\n{mcp}");
    }

    private static string[] Properties(JsonElement schema)
    {
        // The SDK may wrap a nullable object as {"type":["object","null"], "properties": …} or under anyOf.
        if (!schema.TryGetProperty("properties", out var properties) && schema.TryGetProperty("anyOf", out var any))
        {
            properties = any.EnumerateArray().First(a => a.TryGetProperty("properties", out _)).GetProperty("properties");
        }

        return [.. properties.EnumerateObject().Select(p => p.Name)];
    }
}
