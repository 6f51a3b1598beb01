using System.CommandLine;
using BinanceErrors.Cli.Commands;

namespace BinanceErrors.Cli;

/// <summary>The <c>binance-errors</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the CLI on the process's console.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => Run(args, CliConsole.System());

    /// <summary>Runs the CLI on the given streams: the seam the tests use.</summary>
    /// <param name="args">The arguments, exactly as a shell would pass them.</param>
    /// <param name="console">The streams.</param>
    /// <returns>The exit code: 0 success, 1 rejected, 2 bad input.</returns>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = BuildRootCommand(console);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            console.Error.WriteLine($"binance-errors: {result.Errors[0].Message} Run 'binance-errors --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            console.Error.WriteLine($"binance-errors: {ex.Message}");
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
        };
        return root;
    }
}
