using System.Diagnostics;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>Runs a third-party client's script in <c>tests/ccxt</c> with node, installing the pinned packages from the lockfile first when missing.</summary>
internal static class NodeScript
{
    /// <summary>Runs <c>node <paramref name="script"/> arguments…</c> in tests/ccxt and returns its exit code, standard output and error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCcxtAsync(string script, params string[] arguments)
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "ccxt");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "ccxt")))
        {
            (await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], directory)).ExitCode.ShouldBe(0, "npm ci in tests/ccxt");
        }

        return await RunAsync("node", [script, .. arguments], directory);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BinanceErrors.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BinanceErrors.slnx not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
