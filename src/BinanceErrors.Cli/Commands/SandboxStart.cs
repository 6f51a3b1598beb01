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
            return await SandboxServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (options.Port != 0)
        {
            // Kestrel reports a taken port as an IOException wrapping AddressInUseException.
            throw new CliUsageException($"Cannot listen on port {options.Port}: {ex.Message} Pick another with --port, or --port 0 for a free one.", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException or ExchangeInfoFormatException or FormatException)
        {
            var message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;
            throw new CliUsageException($"Cannot start the sandbox: {message}", ex);
        }
    }
}
