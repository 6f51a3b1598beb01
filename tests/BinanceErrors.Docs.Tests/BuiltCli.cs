using System.CommandLine;
using System.Diagnostics;
using BinanceErrors.Cli;

namespace BinanceErrors.Docs.Tests;

/// <summary>The built <c>binance-errors</c>: its real command tree for parsing, and its dll run as a child process.</summary>
public static class BuiltCli
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "BinanceErrors.Cli.dll");

    /// <summary>The command tree exactly as the CLI builds it (nothing is invoked).</summary>
    public static RootCommand Tree() => Program.BuildRootCommand(new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null, color: false));

    /// <summary>The parser's errors for these arguments, as the CLI would report them (exit 2); empty when they parse.</summary>
    public static IReadOnlyList<string> ParseErrors(IReadOnlyList<string> args) => [.. Tree().Parse([.. args]).Errors.Select(e => e.Message)];

    /// <summary>
    /// The arguments of a documented command line when it runs the CLI: <c>binance-errors …</c>,
    /// <c>./tools/binance-errors …</c>, <c>dotnet run --project src/BinanceErrors.Cli -- …</c> or <c>dotnet …/BinanceErrors.Cli.dll …</c>.
    /// </summary>
    public static bool TryGetArguments(IReadOnlyList<string> words, out IReadOnlyList<string> args)
    {
        args = [];
        if (words.Count == 0)
        {
            return false;
        }

        if (words[0] == "binance-errors" || words[0].EndsWith("/binance-errors", StringComparison.Ordinal))
        {
            args = [.. words.Skip(1)];
            return true;
        }

        if (words[0] != "dotnet" || words.Count < 2)
        {
            return false;
        }

        if (words[1].EndsWith("BinanceErrors.Cli.dll", StringComparison.Ordinal))
        {
            args = [.. words.Skip(2)];
            return true;
        }

        var project = IndexOf(words, "--project");
        if (words[1] == "run" && project > 0 && project + 1 < words.Count && words[project + 1].TrimEnd('/').EndsWith("src/BinanceErrors.Cli", StringComparison.Ordinal))
        {
            var separator = IndexOf(words, "--");
            args = separator < 0 ? [] : [.. words.Skip(separator + 1)];
            return true;
        }

        return false;
    }

    /// <summary>Runs the built CLI from the repository root (as <c>dotnet run --project src/BinanceErrors.Cli</c> would be run).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IReadOnlyList<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = DocExamples.RepositoryRoot,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"binance-errors {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, await output, await error);
    }

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }
}
