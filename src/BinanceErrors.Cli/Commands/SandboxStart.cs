using System.Security.Cryptography;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>Starts a sandbox for a command, turning what the environment or the set-up got wrong into one-line errors.</summary>
internal static class SandboxStart
{
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await CliPorts.ListenAsync(options.Port, () => SandboxServer.StartAsync(options, cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException or ExchangeInfoFormatException or FormatException)
        {
            var message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;
            throw new CliUsageException($"Cannot start the sandbox: {message}", ex);
        }
    }
}
