using System.Diagnostics;
using System.Text.Json;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// A third-party WebSocket API client, unchanged but for its URLs: ccxt.pro's <c>binance</c> (npm <c>ccxt</c>, pinned in
/// tests/ccxt/package.json) runs tests/ccxt/binance-pro.mjs against the Spot sandbox's <c>/ws-api/v3</c>: it places,
/// queries, lists and cancels orders, reads the balance, sees a fill through <c>watchOrders</c> (a
/// <c>userDataStream.subscribe.signature</c> subscription), and raises its own exception classes for the exchange's
/// errors. The package is installed from the lockfile when missing (<c>npm ci</c>); CI installs node and npm.
/// </summary>
public sealed class CcxtProTests
{
    [Fact]
    public async Task CcxtProBinance_TradesOverTheWebSocketApi_AndRaisesItsErrorClasses()
    {
        var directory = Path.Combine(RepositoryRoot(), "tests", "ccxt");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "ccxt")))
        {
            (await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], directory)).ExitCode.ShouldBe(0, "npm ci in tests/ccxt");
        }

        await using var server = await SandboxServer.StartAsync();
        var run = await RunAsync("node", ["binance-pro.mjs", server.BaseAddress.ToString(), "sandboxkey", "sandbox-secret"], directory);

        run.ExitCode.ShouldBe(0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;
        var steps = result.GetProperty("steps");
        steps.GetProperty("loadMarkets").GetBoolean().ShouldBeTrue(steps.ToString());
        steps.GetProperty("createOrderWs").GetProperty("status").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("fetchOrderWs").GetString().ShouldBe("open", steps.ToString());
        steps.GetProperty("fetchOpenOrdersWs").GetArrayLength().ShouldBe(1, steps.ToString());
        steps.GetProperty("cancelOrderWs").GetString().ShouldBe("canceled", steps.ToString());
        steps.GetProperty("fetchBalanceWs").GetString().ShouldBe("100000.00000000", steps.ToString());
        steps.GetProperty("watchOrders").GetProperty("status").GetString().ShouldBe("closed", steps.ToString());
        steps.GetProperty("watchOrders").GetProperty("filled").GetDecimal().ShouldBe(0.001m, steps.ToString());

        var errors = result.GetProperty("errors");
        errors.GetProperty("insufficientFunds").GetString().ShouldBe("InsufficientFunds", errors.ToString());
        errors.GetProperty("orderNotFound").GetString().ShouldBe("OrderNotFound", errors.ToString());
        errors.GetProperty("filterFailure").GetString().ShouldBe("InvalidOrder", errors.ToString());
        errors.GetProperty("badSignature").GetString().ShouldBe("AuthenticationError", errors.ToString());
        server.RequestCount("WS", "order.place").ShouldBeGreaterThanOrEqualTo(2);
        server.RequestCount("WS", "userDataStream.subscribe.signature").ShouldBe(1);
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
