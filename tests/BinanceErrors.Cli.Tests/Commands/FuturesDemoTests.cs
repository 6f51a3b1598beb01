namespace BinanceErrors.Cli.Tests.Commands;

/// <summary><c>demo --venue usdm</c>: the exactly-once session on USDⓈ-M, counted on the sandbox.</summary>
public sealed class FuturesDemoTests
{
    [Fact]
    public void ScriptedUsdMDemo_InjectsTheFuturesFaults_OnOrdersAndAlgoOrders_AndEndsExactlyOnce()
    {
        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "22", "--seed", "3");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        foreach (var fault in new[] { "\"Unknown error, …\" after the order executed", "\"Service Unavailable.\" before the engine", "connection dropped", "HTML 502", "clock moved", "429", "-1008", "on the cancel", "banned" })
        {
            run.Output.ShouldContain(fault);
        }

        run.Output.ShouldContain("algo STOP_MARKET");
        run.Output.ShouldContain("looked up: found");
        run.Output.ShouldContain("retried (ServiceUnavailable)");
        run.Output.ShouldContain("Exactly once:           22/22 (counted on the exchange)");
    }

    [Fact]
    public void ChaosUsdMDemo_300Orders_AllExactlyOnce_CountedOnTheSandbox()
    {
        var run = CliRun.Of("demo", "--venue", "usdm", "--orders", "300", "--chaos", "--seed", "42", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["runId", "venue", "intended", "exactlyOnce", "duplicates", "missing", "retries", "reconciliations", "rateLimited", "banned"]);
        json.GetProperty("venue").GetString().ShouldBe("usdm");
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(300);
        json.GetProperty("duplicates").GetInt32().ShouldBe(0);
        json.GetProperty("missing").GetInt32().ShouldBe(0);
        json.GetProperty("reconciliations").GetInt32().ShouldBeGreaterThan(0, "chaos injected execute-then-fail faults");
    }

    [Fact]
    public void UnknownVenue_ExitsTwo()
    {
        var run = CliRun.Of("demo", "--venue", "coinm");

        run.ExitCode.ShouldBe(2);
    }
}
