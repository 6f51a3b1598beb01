namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>Bad input and conflicting flags: one line on stderr, exit 2, never a stack trace.</summary>
public sealed class HardeningTests
{
    [Theory]
    [InlineData("--chaos", "--faults", "none", "binance-errors: --chaos and --faults none contradict each other: --chaos means --faults chaos. Pass only one of them.")]
    [InlineData("--chaos", "--faults", "script", "binance-errors: --chaos and --faults script contradict each other: --chaos means --faults chaos. Pass only one of them.")]
    [InlineData("--faults", "lots", "--orders", "binance-errors: 'lots' is not a fault mode. Use none, script or chaos.")]
    public void Demo_ConflictingOrUnknownFaults_AreRefusedWithASentence(string a, string b, string c, string message)
    {
        var args = c == "--orders" ? new[] { "demo", a, b, c, "1" } : ["demo", a, b, c];

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe(message + Environment.NewLine);
    }

    [Fact]
    public void Demo_FaultsNone_RunsABaseline()
    {
        var run = CliRun.Of("demo", "--orders", "3", "--faults", "none", "--seed", "5");

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("(no faults)");
        run.Output.ShouldNotContain("after the order executed");
        run.Output.ShouldContain("3/3 (counted on the exchange)");
    }

    [Fact]
    public void Demo_ChaosSynonym_IsTheSameAsFaultsChaos()
    {
        var synonym = CliRun.Of("demo", "--orders", "20", "--chaos", "--seed", "9", "--json");
        var named = CliRun.Of("demo", "--orders", "20", "--faults", "chaos", "--seed", "9", "--json");

        synonym.ExitCode.ShouldBe(0, synonym.Error);
        named.ExitCode.ShouldBe(0, named.Error);
        named.Json().GetProperty("runId").GetString().ShouldBe(synonym.Json().GetProperty("runId").GetString());
    }

    [Theory]
    [InlineData("--rsa-public-key")]
    [InlineData("--ed25519-public-key")]
    public void Sandbox_KeyFileThatIsNotAPemKey_OneLine_ExitTwo(string option)
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-key-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, "this is not a key\n");
        try
        {
            var run = CliRun.Of("sandbox", "--port", "0", option, path);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldStartWith("binance-errors: Cannot start the sandbox: ");
            run.Error.TrimEnd().ShouldNotContain("\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"serverTime\":1.5", "$.serverTime must be an integer, not 1.5.")]
    [InlineData("\"rateLimits\":[1]", "$.rateLimits[0] must be an object, not 1.")]
    public void ExchangeInfoWithAWrongType_NamesTheJsonPath_ExitTwo(string member, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"exchange-info-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{" + member + ",\"symbols\":[]}");
        try
        {
            var validate = CliRun.Of("validate", "--exchange-info", path, "--symbol", "BTCUSDT", "--side", "BUY", "--type", "MARKET", "--quantity", "1");
            var sandbox = CliRun.Of("sandbox", "--port", "0", "--exchange-info", path);

            validate.ExitCode.ShouldBe(2);
            validate.Error.ShouldContain(message);
            sandbox.ExitCode.ShouldBe(2);
            sandbox.Error.ShouldContain(message);
            sandbox.Error.TrimEnd().ShouldNotContain("\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TablesWithoutATerminal_HaveNoPaddingAtLineEnds()
    {
        var run = CliRun.Of("explain", "-1013");

        run.ExitCode.ShouldBe(0);
        run.Output.Split('\n').ShouldAllBe(line => !line.TrimEnd('\r').EndsWith(' '));
    }

    [Theory]
    [InlineData("sandbox", "--port", "0")]
    [InlineData("demo", "--orders", "5")]
    public async Task CtrlCDuringStartUp_OneLine_Exit130(string command, string option, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();

        var code = await Program.RunAsync([command, option, value], new CliConsole(output, error, TextReader.Null, color: false), interrupted.Token);

        code.ShouldBe(130);
        error.ToString().ShouldBe("binance-errors: interrupted." + Environment.NewLine);
    }
}
