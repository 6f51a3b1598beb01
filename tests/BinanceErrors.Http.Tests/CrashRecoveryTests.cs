using System.Diagnostics;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// A real child process places a MARKET order through the pipeline with the SQLite journal and is SIGKILLed at each
/// step of the order's life; recovery in a fresh client then finds every order the exchange has, and proves absent
/// every one it does not.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Theory]
    [InlineData("before-intent", null, 0)]
    [InlineData("after-intent", BinanceRecoveryStatus.NotPlaced, 0)]
    [InlineData("after-request-left", BinanceRecoveryStatus.Placed, 1)]
    [InlineData("after-answer", BinanceRecoveryStatus.Placed, 1)]
    public async Task KilledAtEachStep_RecoveryFindsEveryOrder(string step, BinanceRecoveryStatus? expected, int onExchange)
    {
        await using var harness = await Harness.StartAsync(configure: o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(50));
        var journalPath = Path.Combine(Path.GetTempPath(), $"be-crash-{Guid.NewGuid():N}.db");
        var id = "crash-" + step;
        if (step == "after-request-left")
        {
            // The order executes and its answer is held back, so the kill lands after it left and before it was answered.
            harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, DelayMs = 120_000, Status = 200 });
        }

        try
        {
            await RunAndKillAsync(harness, journalPath, step, id);

            using var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = journalPath });
            // Recovery waits on the harness's stepped clock (spaced look-ups, the window to close before a resend): drive it.
            var recovered = await harness.Time.DriveAsync(new BinanceOrderRecovery(harness.Client, journal, harness.Options).RecoverAsync());

            harness.Orders(id).ShouldBe(onExchange);
            if (expected is null)
            {
                recovered.ShouldBeEmpty("nothing was written, and nothing left");
            }
            else
            {
                var result = recovered.ShouldHaveSingleItem();
                result.Intent.ClientOrderId.ShouldBe(id);
                result.Status.ShouldBe(expected.Value);
                if (expected == BinanceRecoveryStatus.Placed)
                {
                    result.OrderId.ShouldBe(harness.Server.AcceptedOrders().Single(o => o.ClientOrderId == id).OrderId);
                }

                (await journal.ReadOpenAsync(default)).ShouldBeEmpty("recovery recorded the outcome");
                (await journal.FindAsync(id, default))!.State.ShouldBe(expected == BinanceRecoveryStatus.Placed ? BinanceOrderIntentState.Placed : BinanceOrderIntentState.NotPlaced);
            }
        }
        finally
        {
            foreach (var file in new[] { journalPath, journalPath + "-wal", journalPath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task NotKilled_TheJournalRecordsThePlacedOrder()
    {
        await using var harness = await Harness.StartAsync();
        var journalPath = Path.Combine(Path.GetTempPath(), $"be-crash-{Guid.NewGuid():N}.db");
        try
        {
            var output = await RunAndKillAsync(harness, journalPath, "none", "crash-none");

            output.ShouldContain("DONE 200");
            using var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = journalPath });
            var intent = (await journal.FindAsync("crash-none", default)).ShouldNotBeNull();
            intent.State.ShouldBe(BinanceOrderIntentState.Placed);
            intent.OrderId.ShouldBe(harness.Server.AcceptedOrders().Single(o => o.ClientOrderId == "crash-none").OrderId);
            (await harness.Time.DriveAsync(new BinanceOrderRecovery(harness.Client, journal, harness.Options).RecoverAsync())).ShouldBeEmpty();
        }
        finally
        {
            foreach (var file in new[] { journalPath, journalPath + "-wal", journalPath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Runs the probe until it announces the step (and, after the request left, until the sandbox holds the order), then SIGKILLs it.</summary>
    private static async Task<string> RunAndKillAsync(Harness harness, string journalPath, string step, string clientOrderId)
    {
        var probe = Path.Combine(AppContext.BaseDirectory.Replace("BinanceErrors.Http.Tests", "BinanceErrors.Http.CrashProbe", StringComparison.Ordinal), "BinanceErrors.Http.CrashProbe.dll");
        File.Exists(probe).ShouldBeTrue($"the probe is built next to the tests: {probe}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", probe, harness.Server.BaseAddress.ToString(), journalPath, step, clientOrderId })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var lines = new List<string>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line == "AT " + step)
                {
                    if (step == "after-request-left")
                    {
                        // The honest signal that the request left: the exchange has the order.
                        while (harness.Orders(clientOrderId) == 0)
                        {
                            await Task.Delay(10, timeout.Token);
                        }
                    }

                    process.Kill(entireProcessTree: true);
                    break;
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        if (step != "none")
        {
            lines.ShouldContain("AT " + step, "the probe reached the step: " + await process.StandardError.ReadToEndAsync());
            process.ExitCode.ShouldBe(137, "killed by SIGKILL");
        }

        return string.Join('\n', lines);
    }
}
