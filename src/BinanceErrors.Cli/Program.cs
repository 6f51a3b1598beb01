using System.CommandLine;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Cli.Mcp;

namespace BinanceErrors.Cli;

/// <summary>The <c>binance-errors</c> command line.</summary>
internal static class Program
{
    /// <summary>
    /// Runs the CLI on the process's console; the first Ctrl+C (SIGINT) or SIGTERM stops long-running commands cleanly
    /// (exit 130 or 143, see <see cref="CliStopSignals"/>).
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        using var signals = CliStopSignals.Register();
        return signals.ExitCode(await RunAsync(args, CliConsole.System(), signals.Token).ConfigureAwait(false));
    }

    /// <summary>Runs the CLI on the given streams: the seam the tests use.</summary>
    /// <param name="args">The arguments, exactly as a shell would pass them.</param>
    /// <param name="console">The streams.</param>
    /// <returns>The exit code: 0 success, 1 rejected, 2 bad input or environment, 3 internal error.</returns>
    public static int Run(string[] args, CliConsole console) => RunAsync(args, console, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the CLI until it finishes or <paramref name="cancellationToken"/> asks long-running commands (sandbox, demo) to stop.</summary>
    /// <param name="args">The arguments, exactly as a shell would pass them.</param>
    /// <param name="console">The streams.</param>
    /// <param name="cancellationToken">Stops long-running commands cleanly, like Ctrl+C.</param>
    /// <returns>The exit code: 0 success, 1 rejected, 2 bad input or environment, 3 internal error, 130 stopped by the token (Main reports 143 when SIGTERM cancelled it).</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        // Read before parsing, so even a failure while parsing can honour it.
        var verbose = args.Contains(VerboseOption.Name, StringComparer.Ordinal);
        try
        {
            var root = BuildRootCommand(console);
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                await console.Error.WriteLineAsync($"binance-errors: {OneLine(result.Errors[0].Message)} Run 'binance-errors --help' for usage.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            // The CLI handles SIGINT and SIGTERM itself (Main), so System.CommandLine must not install its own handler.
            var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await result.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            await console.Error.WriteLineAsync($"binance-errors: {OneLine(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("binance-errors: interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The last resort: whatever escapes a command becomes one line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await console.Error.WriteLineAsync($"binance-errors: unexpected {ex.GetType().Name}: {OneLine(ex.Message)} This is a bug; run again with --verbose to see where.").ConfigureAwait(false);
            if (verbose)
            {
                await console.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the command tree.</summary>
    /// <param name="console">The streams the commands write to.</param>
    /// <returns>The root command.</returns>
    public static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("binance-errors: explain, list and classify Binance API errors (Spot, USDⓈ-M, COIN-M, Binance.US).")
        {
            ExplainCommand.Create(console),
            ListCommand.Create(console),
            ParseCommand.Create(console),
            ValidateCommand.Create(console),
            ScanCommand.Create(console),
            SandboxCommand.Create(console),
            DemoCommand.Create(console),
            McpCommand.Create(console),
        };
        root.Options.Add(new Option<bool>(VerboseOption.Name) { Description = VerboseOption.Description, Recursive = true });
        return root;
    }

    /// <summary>Messages go on one line: exception texts sometimes carry line breaks.</summary>
    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
