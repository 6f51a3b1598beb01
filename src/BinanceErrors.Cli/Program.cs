using System.CommandLine;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Cli.Mcp;

namespace BinanceErrors.Cli;

/// <summary>The <c>binance-errors</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the CLI on the process's console.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> Main(string[] args) => RunAsync(args, CliConsole.System(), CancellationToken.None);

    /// <summary>Runs the CLI on the given streams: the seam the tests use.</summary>
    /// <param name="args">The arguments, exactly as a shell would pass them.</param>
    /// <param name="console">The streams.</param>
    /// <returns>The exit code: 0 success, 1 rejected, 2 bad input.</returns>
    public static int Run(string[] args, CliConsole console) => RunAsync(args, console, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the CLI until it finishes or <paramref name="cancellationToken"/> asks long-running commands (sandbox, demo) to stop.</summary>
    /// <param name="args">The arguments, exactly as a shell would pass them.</param>
    /// <param name="console">The streams.</param>
    /// <param name="cancellationToken">Stops long-running commands cleanly, like Ctrl+C.</param>
    /// <returns>The exit code: 0 success, 1 rejected, 2 bad input.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = BuildRootCommand(console);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            await console.Error.WriteLineAsync($"binance-errors: {result.Errors[0].Message} Run 'binance-errors --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
            return await result.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException ex)
        {
            await console.Error.WriteLineAsync($"binance-errors: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
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
            SandboxCommand.Create(console),
            DemoCommand.Create(console),
            McpCommand.Create(console),
        };
        return root;
    }
}
