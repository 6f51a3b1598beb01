using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>
/// The demo against a sandbox someone else set up (issue 24, points 8 and 14): it removes only the fault rules it added
/// (at the end, and those of the crashed run it resumes), says in one sentence when the sandbox is of the other venue,
/// and refuses options that contradict the plan of the run it resumes.
/// </summary>
public sealed class DemoOnASharedSandboxTests
{
    private static string TesterRule(bool usdm) =>
        $$"""{"method":"GET","path":"{{(usdm ? "/fapi/v1/depth" : "/api/v3/depth")}}","status":503,"code":-1008}""";

    private static async Task<int> AddTesterRuleAsync(HttpClient admin, bool usdm)
    {
        using var response = await admin.PostAsync("/sandbox/faults", new StringContent(TesterRule(usdm), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<int[]> RuleIdsAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>("/sandbox/faults")).EnumerateArray().Select(r => r.GetProperty("id").GetInt32())];

    private static string[] Venue(bool usdm) => usdm ? ["--venue", "usdm"] : [];

    [Theory]
    [InlineData(false, "script")]
    [InlineData(false, "chaos")]
    [InlineData(true, "script")]
    [InlineData(true, "chaos")]
    public async Task Demo_RemovesOnlyTheFaultRulesItAdded(bool usdm, string faults)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Venue = usdm ? SandboxVenue.UsdM : SandboxVenue.Spot });
        using var admin = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var testers = await AddTesterRuleAsync(admin, usdm);

        var run = CliRun.Of(["demo", .. Venue(usdm), "--base-url", sandbox.BaseAddress.ToString(), "--orders", "8", "--faults", faults, "--seed", "3", "--json"]);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(8);
        (await RuleIdsAsync(admin)).ShouldBe([testers], "the tester's rule stays; every rule the demo added is gone");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Resume_RemovesTheCrashedRunsFaultRules_AndNoOneElses(bool usdm)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Venue = usdm ? SandboxVenue.UsdM : SandboxVenue.Spot });
        using var admin = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var path = Path.Combine(Path.GetTempPath(), $"be-demo-faults-{Guid.NewGuid():N}.db");
        try
        {
            var before = await AddTesterRuleAsync(admin, usdm);
            using (var journal = DemoJournal.Create(path))
            {
                journal.WritePlan(new DemoPlan("fa017s", 3, "LIMIT", Chaos: false, Seed: 4, Venue: usdm ? "usdm" : "spot"));

                // The crashed run had added a rule that refuses every order, and died before it could remove it.
                var crashed = new DemoAdmin(admin, sandbox.BaseAddress, journal);
                await crashed.AddFaultAsync(new FaultRule { Method = "POST", Path = usdm ? "/fapi/v1/order" : "/api/v3/order", Status = 400, Code = -1013, Message = "Filter failure: PRICE_FILTER" }, default);
            }

            var after = await AddTesterRuleAsync(admin, usdm);

            var resumed = CliRun.Of(["demo", .. Venue(usdm), "--base-url", sandbox.BaseAddress.ToString(), "--journal", path, "--resume", "--faults", "none", "--json"]);

            resumed.ExitCode.ShouldBe(0, resumed.Output + resumed.Error);
            resumed.Json().GetProperty("exactlyOnce").GetInt32().ShouldBe(3, "the crashed run's rule no longer refuses the orders");
            (await RuleIdsAsync(admin)).ShouldBe([before, after]);
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Theory]
    [InlineData(false, "is a USDⓈ-M sandbox, and this demo trades Spot: pass --venue usdm, or start a Spot sandbox with 'binance-errors sandbox'.")]
    [InlineData(true, "is a Spot sandbox, and this demo trades USDⓈ-M: pass --venue spot, or start a USDⓈ-M sandbox with 'binance-errors sandbox --venue usdm'.")]
    public async Task Demo_AgainstTheOtherVenuesSandbox_OneSentence_ExitTwo_NothingSent(bool usdm, string sentence)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Venue = usdm ? SandboxVenue.Spot : SandboxVenue.UsdM });

        var run = CliRun.Of(["demo", .. Venue(usdm), "--base-url", sandbox.BaseAddress.ToString(), "--orders", "3"]);

        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldBe($"binance-errors: {sandbox.BaseAddress} {sentence}{Environment.NewLine}");
        sandbox.AcceptedOrders().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new[] { "--orders", "5" }, "--orders 5 (it has 8) cannot apply: leave it out")]
    [InlineData(new[] { "--seed", "1" }, "--seed 1 (its seed is 9) cannot apply: leave it out")]
    [InlineData(new[] { "--order-type", "limit" }, "--order-type limit (its orders are market) cannot apply: leave it out")]
    [InlineData(new[] { "--chaos" }, "--chaos (it is not a chaos run) cannot apply: leave it out")]
    [InlineData(new[] { "--faults", "chaos", "--orders", "2" }, "--orders 2 (it has 8), --chaos (it is not a chaos run) cannot apply: leave them out")]
    public void Resume_WithAnOptionThatContradictsThePlan_IsRefused(string[] options, string conflict)
    {
        var path = Path.Combine(Path.GetTempPath(), $"be-demo-plan-{Guid.NewGuid():N}.db");
        try
        {
            using (var journal = DemoJournal.Create(path))
            {
                journal.WritePlan(new DemoPlan("c0ffee", 8, "MARKET", Chaos: false, Seed: 9));
            }

            var run = CliRun.Of(["demo", "--base-url", "http://127.0.0.1:9/", "--journal", path, "--resume", .. options]);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldBe($"binance-errors: --resume continues run c0ffee as it was planned, so {conflict}, or start a new run with another --journal.{Environment.NewLine}");

            // The recorded values themselves may be given again.
            var same = CliRun.Of("demo", "--base-url", "http://127.0.0.1:9/", "--journal", path, "--resume", "--orders", "8", "--seed", "9", "--order-type", "market", "--faults", "none");
            same.ExitCode.ShouldBe(2);
            same.Error.ShouldStartWith("binance-errors: Nothing answers at http://127.0.0.1:9/");
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
