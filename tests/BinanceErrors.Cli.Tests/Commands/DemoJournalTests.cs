using BinanceErrors.Http;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary><c>demo --order-type</c>, <c>--journal</c> and <c>--resume</c>.</summary>
public sealed class DemoJournalTests
{
    [Fact]
    public void MarketOrders_UnderChaos_AreExactlyOnce()
    {
        var run = CliRun.Of("demo", "--orders", "60", "--chaos", "--order-type", "market", "--seed", "5", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(60);
    }

    [Fact]
    public async Task Resume_ContinuesTheRecordedRun_WithTheSameIds_AndPlacesNothingTwice()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var journal = Path.Combine(Path.GetTempPath(), $"be-demo-{Guid.NewGuid():N}.db");
        try
        {
            var first = CliRun.Of("demo", "--base-url", sandbox.BaseAddress.ToString(), "--orders", "8", "--order-type", "market", "--journal", journal, "--seed", "9", "--json");
            first.ExitCode.ShouldBe(0, first.Output + first.Error);
            var runId = first.Json().GetProperty("runId").GetString()!;

            // A resumed run that finds everything placed sends no order again.
            var before = sandbox.RequestCount("POST", "/api/v3/order");
            var resumed = CliRun.Of("demo", "--base-url", sandbox.BaseAddress.ToString(), "--journal", journal, "--resume", "--json");

            resumed.ExitCode.ShouldBe(0, resumed.Output + resumed.Error);
            resumed.Json().GetProperty("runId").GetString().ShouldBe(runId);
            resumed.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(8);
            sandbox.RequestCount("POST", "/api/v3/order").ShouldBe(before);
            using var intents = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = journal });
            (await intents.ReadAllAsync(default)).Select(i => i.ClientOrderId).Order().ShouldBe(Enumerable.Range(1, 8).Select(i => $"demo-{runId}-{i}").Order());
            (await intents.ReadOpenAsync(default)).ShouldBeEmpty();

            var again = CliRun.Of("demo", "--base-url", sandbox.BaseAddress.ToString(), "--journal", journal, "--orders", "3");
            again.ExitCode.ShouldBe(2);
            again.Error.ShouldBe($"binance-errors: --journal: '{journal}' already holds run {runId}; pass --resume to continue it, or name a new file.{Environment.NewLine}");
        }
        finally
        {
            foreach (var file in new[] { journal, journal + "-wal", journal + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "--resume" }, "binance-errors: --resume needs --journal FILE: the run to continue is recorded there.")]
    [InlineData(new[] { "--resume", "--journal", "x.db" }, "binance-errors: --resume needs --base-url: an in-process sandbox died with the crashed run, and with it the orders to count.")]
    [InlineData(new[] { "--journal", "/nonexistent-dir/x.db" }, "binance-errors: --journal: the directory '/nonexistent-dir' does not exist.")]
    public void BadJournalOptions_ExitTwo(string[] args, string message)
    {
        var run = CliRun.Of(["demo", .. args]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(message + Environment.NewLine);
    }

    [Fact]
    public void UnknownOrderType_ExitsTwo()
    {
        var run = CliRun.Of("demo", "--order-type", "stop");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("stop");
    }
}
