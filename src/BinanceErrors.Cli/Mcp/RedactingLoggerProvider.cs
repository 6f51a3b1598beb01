using Microsoft.Extensions.Logging;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// The MCP server's only log output (standard error, through the console logger of <paramref name="console"/>), for
/// every category: the SDK's, ASP.NET Core's and ours. Whatever a message or exception carries, pasted credentials
/// are masked first (<see cref="SecretMask"/>: <c>X-MBX-APIKEY</c> values, signatures, <c>apiKey</c>/<c>signature</c>
/// parameters, 64-character keys), at every level including Trace, where the SDK logs whole JSON-RPC messages. An
/// exception is one line (<c>Type: message</c>) unless the server runs at Debug or Trace, where its stack trace follows.
/// </summary>
/// <param name="console">Makes the console loggers that write the masked lines.</param>
/// <param name="stackTraces">Whether exceptions keep their stack traces (<c>--log-level Debug</c> or <c>Trace</c>).</param>
internal sealed class RedactingLoggerProvider(ILoggerFactory console, bool stackTraces) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(console.CreateLogger(categoryName), stackTraces);

    public void Dispose() => console.Dispose();
}
