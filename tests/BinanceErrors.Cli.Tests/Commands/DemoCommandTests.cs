namespace BinanceErrors.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public void ScriptedDemo_InjectsEveryFaultKind_AndEndsExactlyOnce()
    {
        var run = CliRun.Of("demo", "--orders", "11", "--seed", "1");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        foreach (var fault in new[] { "after the order executed", "connection dropped", "HTML 502", "before the order reached", "clock moved", "429", "-1008", "on the cancel", "banned" })
        {
            run.Output.ShouldContain(fault);
        }

        run.Output.ShouldContain("looked up: found");
        run.Output.ShouldContain("looked up: resent");
        run.Output.ShouldContain("clock resynced");
        run.Output.ShouldContain("Exactly once:           11/11 (counted on the exchange)");
    }

    [Fact]
    public void ChaosDemo_200Orders_AllExactlyOnce_CountedOnTheSandbox()
    {
        var run = CliRun.Of("demo", "--orders", "200", "--chaos", "--seed", "7", "--json");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["runId", "intended", "exactlyOnce", "duplicates", "missing", "retries", "reconciliations", "rateLimited", "banned", "limitStore", "limitStoreFallbacks", "limitStoreShared"]);
        json.GetProperty("intended").GetInt32().ShouldBe(200);
        json.GetProperty("exactlyOnce").GetInt32().ShouldBe(200);
        json.GetProperty("duplicates").GetInt32().ShouldBe(0);
        json.GetProperty("missing").GetInt32().ShouldBe(0);
        json.GetProperty("reconciliations").GetInt32().ShouldBeGreaterThan(0, "chaos injected execute-then-fail faults");
        json.GetProperty("limitStore").GetString().ShouldBe("memory");
        json.GetProperty("limitStoreFallbacks").GetInt64().ShouldBe(0);
        json.GetProperty("limitStoreShared").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("--base-url", "http://203.0.113.5:8090/", "binance-errors: '203.0.113.5' is not a loopback address; the demo places orders, so pass --allow-remote to run it against another host.")]
    [InlineData("--base-url", "ftp://127.0.0.1/", "binance-errors: 'ftp://127.0.0.1/' is not an http(s) URL.")]
    [InlineData("--orders", "0", "binance-errors: --orders must be from 1 to 100000, not 0.")]
    [InlineData("--limit-store", "redis:/nowhere", "binance-errors: 'redis:/nowhere' is not a limit store. Use memory or redis://HOST:PORT, e.g. redis://127.0.0.1:6379.")]
    [InlineData("--faults", "some", "binance-errors: 'some' is not a fault mode. Use none, script or chaos.")]
    public void BadInput_ExitsTwo(string option, string value, string message)
    {
        var run = CliRun.Of("demo", option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(message + Environment.NewLine);
    }
}
