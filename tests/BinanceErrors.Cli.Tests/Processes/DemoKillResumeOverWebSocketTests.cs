using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Processes;

/// <summary>
/// Exactly once across a crash over the WebSocket API: a real <c>demo --transport ws --journal F</c> process is
/// SIGKILLed in the middle of a chaos run, and <c>--resume</c> recovers every order from the journal (intents are
/// journalled as their REST twins), places the rest, and the exchange holds each intended order once.
/// </summary>
public sealed class DemoKillResumeOverWebSocketTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("spot")]
    [InlineData("usdm")]
    public async Task SigkillInTheMiddle_ThenResume_EveryOrderOnce(string venue)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Venue = venue == "usdm" ? SandboxVenue.UsdM : SandboxVenue.Spot });
        var path = Path.Combine(Path.GetTempPath(), $"be-ws-kill-{Guid.NewGuid():N}.db");
        try
        {
            int placedAtKill;
            using (var demo = CliProcess.Start("demo", "--venue", venue, "--transport", "ws", "--base-url", sandbox.BaseAddress.ToString(), "--orders", "60", "--order-type", "market", "--chaos", "--seed", "5", "--journal", path))
            {
                (await demo.WaitForOutputAsync(venue == "spot" ? "  15  random (chaos)" : "  15  MARKET", Timeout)).ShouldBeTrue(demo.Output + demo.Error);

                demo.Signal("KILL");

                (await demo.ExitCodeAsync(Timeout)).ShouldBe(137, demo.Output + demo.Error);
                placedAtKill = sandbox.AcceptedOrders().Count(o => o.ClientOrderId!.StartsWith("demo-", StringComparison.Ordinal));
                demo.Output.ShouldNotContain("Exactly once:");
            }

            placedAtKill.ShouldBeInRange(15, 59, "killed in the middle of the run");

            var resumed = CliRun.Of("demo", "--venue", venue, "--transport", "ws", "--base-url", sandbox.BaseAddress.ToString(), "--journal", path, "--resume", "--json");

            resumed.ExitCode.ShouldBe(0, resumed.Output + resumed.Error);
            var json = resumed.Json();
            var runId = json.GetProperty("runId").GetString()!;
            json.GetProperty("exactlyOnce").GetInt32().ShouldBe(60);
            json.GetProperty("duplicates").GetInt32().ShouldBe(0);
            json.GetProperty("missing").GetInt32().ShouldBe(0);
            var perId = sandbox.AcceptedOrders().Where(o => o.ClientOrderId!.StartsWith($"demo-{runId}-", StringComparison.Ordinal)).GroupBy(o => o.ClientOrderId).ToDictionary(g => g.Key!, g => g.Count());
            Enumerable.Range(1, 60).Select(i => perId.GetValueOrDefault($"demo-{runId}-{i}")).ShouldAllBe(n => n == 1);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
