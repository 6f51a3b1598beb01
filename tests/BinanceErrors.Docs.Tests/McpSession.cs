using System.Diagnostics;
using System.Text.Json.Nodes;

namespace BinanceErrors.Docs.Tests;

/// <summary>
/// The built CLI's MCP server over stdio, spoken to in raw JSON-RPC lines, so a documented request is sent exactly as
/// written and its answer compared exactly as the server wrote it.
/// </summary>
public sealed class McpSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private McpSession(Process process)
    {
        _process = process;
    }

    public static async Task<McpSession> StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(BuiltCli.Dll);
        start.ArgumentList.Add("mcp");
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var session = new McpSession(process);
        await session.SendAsync(
            JsonNode.Parse("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"docs-examples","version":"1"}}}""")!.AsObject(),
            cancellationToken);
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""".AsMemory(), cancellationToken);
        await process.StandardInput.FlushAsync(cancellationToken);
        return session;
    }

    /// <summary>Sends one request and returns the server's message with the same id (notifications in between are skipped).</summary>
    public async Task<JsonObject> SendAsync(JsonObject request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await _process.StandardInput.WriteLineAsync(request.ToJsonString().AsMemory(), cancellationToken);
            await _process.StandardInput.FlushAsync(cancellationToken);
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync(cancellationToken)
                    ?? throw new InvalidOperationException("The MCP server closed its output.");
                if (JsonNode.Parse(line) is JsonObject message && message.TryGetPropertyValue("id", out var id) && JsonNode.DeepEquals(id, request["id"]))
                {
                    return message;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing standard input is how an MCP host ends a stdio server.
        _process.StandardInput.Close();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _gate.Dispose();
    }
}
