namespace BinanceErrors.Cli;

/// <summary>The <c>--port</c> of every command that listens (sandbox, mcp --http): one range check, one sentence for a port that cannot be had.</summary>
internal static class CliPorts
{
    /// <summary>Refuses a number that is not a TCP port.</summary>
    /// <param name="port">The <c>--port</c> value.</param>
    /// <returns>The port.</returns>
    public static int Check(int port) => port is < 0 or > 65535
        ? throw new CliUsageException($"'{port}' is not a port. Use 0 to 65535 (0 picks a free one).")
        : port;

    /// <summary>
    /// Starts a listener, turning what Kestrel reports for a port that cannot be had (in use: an IOException wrapping
    /// AddressInUseException; below 1024 without the right: permission denied) into one line, exit 2.
    /// </summary>
    /// <typeparam name="T">What starting returns.</typeparam>
    /// <param name="port">The port asked for.</param>
    /// <param name="start">Starts listening.</param>
    /// <returns>What <paramref name="start"/> returned.</returns>
    public static async Task<T> ListenAsync<T>(int port, Func<Task<T>> start)
    {
        try
        {
            return await start().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliUsageException($"Cannot listen on port {port}: {ex.Message} Pick another with --port, or --port 0 for a free one.", ex);
        }
    }
}
