using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>What the server process itself must guarantee: a clean stdout in stdio mode, logs on stderr, loopback only, and usage errors.</summary>
public sealed class McpProcessTests
{
    [Fact]
    public async Task Stdio_WritesOnlyJsonRpcMessagesToStdout_AndLogsToStderr()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { McpServerProcesses.CliDll, "mcp", "--log-level", "Debug" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"explain_error","arguments":{"code":-1021,"venue":"spot"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"explain_error","arguments":{"code":"x"}}}""",
            """{"jsonrpc":"2.0","id":4,"method":"no/such/method"}""",
        ];
        var lines = new List<string>();
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request.AsMemory(), timeout.Token);
            await process.StandardInput.FlushAsync(timeout.Token);
            if (request.Contains("\"id\"", StringComparison.Ordinal))
            {
                lines.Add((await process.StandardOutput.ReadLineAsync(timeout.Token))!);
            }
        }

        process.StandardInput.Close();
        lines.AddRange((await process.StandardOutput.ReadToEndAsync(timeout.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.ShouldBe(0);
        var messages = lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        messages.ShouldAllBe(m => m.GetProperty("jsonrpc").GetString() == "2.0");
        messages.Length.ShouldBe(4);
        messages[1].GetProperty("result").GetProperty("structuredContent").GetProperty("venues")[0].GetProperty("name").GetString().ShouldBe("INVALID_TIMESTAMP");
        messages[2].GetProperty("result").GetProperty("isError").GetBoolean().ShouldBeTrue();
        messages[3].GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-32601);
        (await stderr).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Http_ListensOnLoopbackOnly_AndServesStreamableHttp()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (process, endpoint) = await McpServerProcesses.StartHttpAsync(timeout.Token);
        using (process)
        {
            try
            {
                endpoint.Host.ShouldBe("127.0.0.1");
                endpoint.AbsolutePath.ShouldBe("/mcp");
                await using var client = await McpClient.CreateAsync(new HttpClientTransport(new() { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp }), cancellationToken: timeout.Token);
                client.ServerInfo!.Name.ShouldBe("binance-errors");
                client.ServerInstructions.ShouldNotBeNull().ShouldContain("Never invent error codes");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(timeout.Token);
            }
        }
    }

    [Fact]
    public async Task Http_InProcess_AnnouncesItsUrl_AndStopsWith130WhenCancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var synchronizedOutput = TextWriter.Synchronized(output);
        var run = Program.RunAsync(["mcp", "--http", "--port", "0"], new CliConsole(synchronizedOutput, TextWriter.Synchronized(error), TextReader.Null, color: false), cancel.Token);

        Uri? endpoint = null;
        while (endpoint is null && !run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(50, cancel.Token));
            var text = output.ToString();
            var at = text.IndexOf("http://", StringComparison.Ordinal);
            if (at >= 0 && text.EndsWith('\n'))
            {
                endpoint = new Uri(text[at..].Trim());
            }
        }

        endpoint.ShouldNotBeNull(output.ToString() + error);
        await using (var client = await McpClient.CreateAsync(new HttpClientTransport(new() { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp }), cancellationToken: cancel.Token))
        {
            (await client.ListToolsAsync(cancellationToken: cancel.Token)).Count.ShouldBe(6);
        }

        await cancel.CancelAsync();
        (await run).ShouldBe(ExitCodes.Interrupted);
    }

    [Theory]
    [MemberData(nameof(Processes.CliProcessTests.StopSignals), MemberType = typeof(Processes.CliProcessTests))]
    public async Task Http_StopSignal_StopsCleanly(string signal, int exitCode)
    {
        using var cli = Processes.CliProcess.Start("mcp", "--http", "--port", "0");
        (await cli.WaitForOutputAsync("/mcp", TimeSpan.FromSeconds(90))).ShouldBeTrue(cli.Output + cli.Error);

        cli.Signal(signal);

        (await cli.ExitCodeAsync(TimeSpan.FromSeconds(90))).ShouldBe(exitCode, cli.Output + cli.Error);
        cli.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(Processes.CliProcessTests.StopSignals), MemberType = typeof(Processes.CliProcessTests))]
    public async Task Stdio_StopSignal_StopsCleanly(string signal, int exitCode)
    {
        using var cli = Processes.CliProcess.Start("mcp");
        await cli.WriteLineAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");
        (await cli.WaitForOutputAsync("\"serverInfo\"", TimeSpan.FromSeconds(90))).ShouldBeTrue(cli.Output + cli.Error);

        cli.Signal(signal);

        (await cli.ExitCodeAsync(TimeSpan.FromSeconds(90))).ShouldBe(exitCode, cli.Output + cli.Error);
        cli.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("70000", "'70000' is not a port")]
    [InlineData("-1", "'-1' is not a port")]
    public void Http_WithABadPort_IsBadInput(string port, string expected)
    {
        var run = CliRun.Of("mcp", "--http", "--port", port);
        run.ExitCode.ShouldBe(ExitCodes.BadInput);
        run.Error.ShouldContain(expected);
    }
}
