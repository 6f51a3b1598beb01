using BinanceErrors.Sandbox;

namespace BinanceErrors.Docs.Tests;

/// <summary>What the examples talk to, started on first use and stopped after the last example: the MCP server and a sandbox.</summary>
public sealed class ExampleServices : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private McpSession? _mcp;
    private SandboxServer? _sandbox;

    public async Task<McpSession> McpAsync()
    {
        await _gate.WaitAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return _mcp ??= await McpSession.StartAsync(timeout.Token);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A Spot sandbox on 127.0.0.1 and a free port: the documented <c>localhost:8090</c> is sent here.</summary>
    public async Task<SandboxServer> SandboxAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _sandbox ??= await SandboxServer.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_mcp is not null)
        {
            await _mcp.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }

        _gate.Dispose();
    }
}
