using System.Net;
using System.Net.Sockets;
using BinanceErrors.Cli.Tests.Processes;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// The server as an attacker and a careless client meet it: only loopback Host and Origin are answered (DNS
/// rebinding), no secret reaches the log at any level, protocol mistakes are answered as such (-32602) with one log
/// line, and mistakes on the command line are one line with exit 2. Real processes, raw HTTP, stderr scraped.
/// </summary>
public sealed class McpHardeningTests
{
    private const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    private const string Signature = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";
    private const string ShortKey = "mysandboxkey";

    private static readonly string ExplainCall = McpHttpProcess.ToolCall("explain_error", """{"code":-1021,"venue":"spot"}""");

    [Theory]
    [InlineData("attacker.example", null)]
    [InlineData("attacker.example:8765", null)]
    [InlineData("127.0.0.1.nip.io", null)]
    [InlineData(null, "http://attacker.example")]
    [InlineData(null, "https://127.0.0.1.attacker.example")]
    [InlineData(null, "null")]
    [InlineData("attacker.example", "http://attacker.example")]
    public async Task Http_ForeignHostOrOrigin_Is403_WithAJsonRpcError(string? host, string? origin)
    {
        using var server = await McpHttpProcess.StartAsync();
        var headers = new List<(string, string?)>();
        if (host is not null)
        {
            headers.Add(("Host", host));
        }

        if (origin is not null)
        {
            headers.Add(("Origin", origin));
        }

        var (status, body) = await server.PostAsync(ExplainCall, [.. headers]);

        status.ShouldBe(HttpStatusCode.Forbidden, body);
        var error = McpHttpProcess.Message(body).GetProperty("error");
        error.GetProperty("code").GetInt32().ShouldBe(-32000);
        error.GetProperty("message").GetString()!.ShouldStartWith("Forbidden: ");
        body.ShouldNotContain("INVALID_TIMESTAMP");
        (await server.WaitForLogAsync("Refused an HTTP request")).ShouldBeTrue(server.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    public async Task Http_PostWithoutAJsonBody_Is415_NotA500(string? contentType)
    {
        using var server = await McpHttpProcess.StartAsync();

        var (status, body) = await server.PostAsync(ExplainCall, ("Content-Type", contentType));

        status.ShouldBe(HttpStatusCode.UnsupportedMediaType, body);
        McpHttpProcess.Message(body).GetProperty("error").GetProperty("message").GetString()!.ShouldStartWith("Unsupported Media Type: ");
    }

    [Theory]
    [InlineData("localhost", "http://localhost:5173")]
    [InlineData("127.0.0.1", "http://127.0.0.1:3000")]
    [InlineData("[::1]", "http://[::1]:8080")]
    [InlineData("LOCALHOST", null)]
    public async Task Http_LoopbackHostAndOrigin_AreAnswered(string host, string? origin)
    {
        using var server = await McpHttpProcess.StartAsync();
        var headers = new List<(string, string?)> { ("Host", $"{host}:{server.Endpoint.Port}") };
        if (origin is not null)
        {
            headers.Add(("Origin", origin));
        }

        var (status, body) = await server.PostAsync(ExplainCall, [.. headers]);

        status.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldContain("INVALID_TIMESTAMP");
    }

    [Fact]
    public async Task Http_AllowHostAndAllowOrigin_AddToTheLoopbackList()
    {
        using var server = await McpHttpProcess.StartAsync("--allow-host", "mcp.internal", "--allow-origin", "https://app.internal:8443");

        (await server.PostAsync(ExplainCall, ("Host", "mcp.internal"), ("Origin", "https://app.internal:8443"))).Status.ShouldBe(HttpStatusCode.OK);
        (await server.PostAsync(ExplainCall, ("Host", "mcp.internal"), ("Origin", "https://app.internal:9999"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await server.PostAsync(ExplainCall, ("Host", "other.internal"))).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("--allow-origin", "app.internal", "binance-errors: --allow-origin 'app.internal' is not an origin.")]
    [InlineData("--allow-origin", "https://app.internal/path", "binance-errors: --allow-origin 'https://app.internal/path' is not an origin.")]
    [InlineData("--allow-host", "http://mcp.internal", "binance-errors: --allow-host 'http://mcp.internal' is not a host name.")]
    public void Http_BadAllowListEntry_OneLine_ExitTwo(string option, string value, string message)
    {
        var run = CliRun.Of("mcp", "--http", "--port", "0", option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(message);
        run.Error.TrimEnd().ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("--port", "9000")]
    [InlineData("--allow-host", "mcp.internal")]
    [InlineData("--allow-origin", "http://localhost:5173")]
    public void Stdio_WithAnHttpOnlyOption_IsRefused(string option, string value)
    {
        var run = CliRun.Of("mcp", option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe($"binance-errors: {option} applies only with --http (stdio has no port, hosts or origins). Add --http, or leave {option} out.{Environment.NewLine}");
    }

    [Fact]
    public async Task Http_OnAPortInUse_OneLine_ExitTwo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var cli = CliProcess.Start("mcp", "--http", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        (await cli.ExitCodeAsync(TimeSpan.FromSeconds(90))).ShouldBe(2, cli.Error);
        cli.Error.ShouldStartWith($"binance-errors: Cannot listen on port {port}:");
        cli.Error.TrimEnd().ShouldNotContain("\n");
        cli.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Http_AtTrace_NoSecretIsEverLogged()
    {
        using var server = await McpHttpProcess.StartAsync("--log-level", "Trace");

        foreach (var request in SecretBearingRequests())
        {
            var (status, _) = await server.PostAsync(request, ("X-MBX-APIKEY", ApiKey));
            status.ShouldBe(HttpStatusCode.OK);
        }

        (await server.PostAsync(ExplainCall, ("Host", "later.example"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await server.WaitForLogAsync("later.example")).ShouldBeTrue(server.Error); // Everything logged before it is out too.
        server.Error.ShouldContain("tools/call"); // Trace really logs the requests…
        ShouldHoldNoSecret(server.Error); // …but never what they carry.
    }

    [Fact]
    public async Task Stdio_AtTrace_NoSecretIsEverLogged()
    {
        using var cli = CliProcess.Start("mcp", "--log-level", "Trace");
        await cli.WriteLineAsync("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
        await cli.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        var requests = SecretBearingRequests();
        foreach (var request in requests)
        {
            await cli.WriteLineAsync(request);
        }

        await cli.WriteLineAsync("""{"jsonrpc":"2.0","id":99,"method":"ping"}""");
        (await cli.WaitForOutputAsync("\"id\":99", TimeSpan.FromSeconds(60))).ShouldBeTrue(cli.Output + cli.Error);
        cli.Signal("TERM");
        await cli.ExitCodeAsync(TimeSpan.FromSeconds(60)); // The logger is flushed when the process ends.

        cli.Error.ShouldContain("transport received message"); // Trace logs whole messages…
        ShouldHoldNoSecret(cli.Error); // …masked.
        ShouldHoldNoSecret(cli.Output);
    }

    [Fact]
    public async Task Http_UnknownTool_IsMinus32602_LoggedAsOneLineAtTheDefaultLevel()
    {
        using var server = await McpHttpProcess.StartAsync();

        var (status, body) = await server.PostAsync(McpHttpProcess.ToolCall("place_order", "{}"));

        status.ShouldBe(HttpStatusCode.OK);
        var error = McpHttpProcess.Message(body).GetProperty("error");
        error.GetProperty("code").GetInt32().ShouldBe(-32602);
        error.GetProperty("message").GetString()!.ShouldStartWith("Unknown tool: 'place_order'. The tools are: explain_error, classify_response, validate_order, list_errors, recovery_plan");

        // The console logger writes its queue in order: once a later Warning (a refused Host) is out, so is everything before it.
        (await server.PostAsync(ExplainCall, ("Host", "later.example"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await server.WaitForLogAsync("later.example")).ShouldBeTrue(server.Error);
        var lines = server.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Count(l => l.Contains("place_order", StringComparison.Ordinal)).ShouldBe(1, server.Error);
        server.Error.ShouldNotContain("   at ");
        server.Error.ShouldNotContain("fail:");
    }

    public static TheoryData<string, string> MalformedParams => new()
    {
        { """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":"explain_error"}""", "'params' must be a JSON object, not string" },
        { """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":[1,2]}""", "'params' must be a JSON object, not array" },
        { """{"jsonrpc":"2.0","id":1,"method":"tools/call"}""", "'params' is missing" },
        { """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":5}}""", "'params.name' has the wrong JSON type" },
        { """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"arguments":{}}}""", "a required member is missing: 'name'" },
        { """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"explain_error","arguments":[1]}}""", "'params.arguments' has the wrong JSON type" },
        { """{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":7}}""", "'params.uri' has the wrong JSON type" },
        { """{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{}}""", "a required member is missing: 'name'" },
        { """{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"cursor":{}}}""", "'params.cursor' has the wrong JSON type" },
    };

    [Theory]
    [MemberData(nameof(MalformedParams))]
    public async Task Http_MalformedParams_AreMinus32602_NamingWhatIsWrong(string request, string expected)
    {
        using var server = await McpHttpProcess.StartAsync();

        var (_, body) = await server.PostAsync(request);

        var error = McpHttpProcess.Message(body).GetProperty("error");
        error.GetProperty("code").GetInt32().ShouldBe(-32602, body);
        error.GetProperty("message").GetString()!.ShouldContain(expected);
        server.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("""{"venue":"spot","body":"{}","headers":{"Retry-After":30}}""", "the argument 'headers' does not fit: 'headers.Retry-After' must be a string, not the number 30")]
    [InlineData("""{"venue":"spot","body":"{}","headers":{"Retry-After":["30"]}}""", "'headers.Retry-After' must be a string, not an array")]
    [InlineData("""{"venue":"spot","body":"{}","status":4290000000}""", "the argument 'status' must be an integer from -2147483648 to 2147483647, not the number 4290000000")]
    public async Task Http_WrongArgumentTypes_AreNamed_NotTheSdksGenericError(string arguments, string expected)
    {
        using var server = await McpHttpProcess.StartAsync();

        var (_, body) = await server.PostAsync(McpHttpProcess.ToolCall("classify_response", arguments));

        var result = McpHttpProcess.Message(body).GetProperty("result");
        result.GetProperty("isError").GetBoolean().ShouldBeTrue(body);
        var text = result.GetProperty("content")[0].GetProperty("text").GetString()!;
        text.ShouldContain(expected);
        text.ShouldNotContain("An error occurred");
    }

    /// <summary>Requests that carry an API key and signatures every way an assistant might paste them.</summary>
    private static string[] SecretBearingRequests() =>
    [
        McpHttpProcess.ToolCall("classify_response", $$$"""{"venue":"spot","status":400,"body":"{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}","headers":{"X-MBX-APIKEY":"{{{ApiKey}}}"}}""", 11),
        McpHttpProcess.ToolCall("classify_response", $$$"""{"venue":"spot","body":"GET /api/v3/order?symbol=BTCUSDT&timestamp=1&signature={{{Signature}}}","headers":{"X-MBX-APIKEY":"{{{ShortKey}}}"}}""", 12),
        McpHttpProcess.ToolCall("explain_error", $$$"""{"code":-2015,"message":"apiKey={{{ShortKey}}}&signature={{{Signature}}}"}""", 13),
        McpHttpProcess.ToolCall("validate_order", $$$"""{"venue":"spot","order":{"symbol":"BTCUSDT","side":"BUY","type":"MARKET","quantity":"1","apiKey":"{{{ShortKey}}}","signature":"{{{Signature}}}"}}""", 14),
        McpHttpProcess.ToolCall("classify_response", $$$"""{"venue":"spot","body":"{}","headers":{"X-MBX-APIKEY":{{{ApiKey.Length}}}}}""", 15),
        McpHttpProcess.ToolCall("no_such_tool", $$$"""{"X-MBX-APIKEY":"{{{ApiKey}}}","signature":"{{{Signature}}}"}""", 16),
    ];

    private static void ShouldHoldNoSecret(string text)
    {
        text.ShouldNotContain(ApiKey);
        text.ShouldNotContain(Signature);
        text.ShouldNotContain(ShortKey);
    }
}
