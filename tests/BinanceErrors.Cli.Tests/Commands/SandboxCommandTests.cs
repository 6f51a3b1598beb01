using System.Text.RegularExpressions;

namespace BinanceErrors.Cli.Tests.Commands;

public sealed partial class SandboxCommandTests
{
    [Fact]
    public async Task Sandbox_PrintsUrlAndCredentials_ServesRequests_AndStopsCleanly()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var run = Program.RunAsync(["sandbox", "--port", "0", "--api-key", "clikey", "--api-secret", "cli-secret", "--balance", "USDT=500"], new CliConsole(TextWriter.Synchronized(output), error, TextReader.Null, color: false), cancel.Token);

        Uri? baseUrl = null;
        for (var i = 0; i < 200 && baseUrl is null; i++)
        {
            await Task.Delay(50);
            var match = BaseUrl().Match(output.ToString());
            if (match.Success)
            {
                baseUrl = new Uri(match.Groups[1].Value);
            }
        }

        baseUrl.ShouldNotBeNull(output.ToString() + error);
        baseUrl.Host.ShouldBe("127.0.0.1");
        output.ToString().ShouldContain("clikey");
        output.ToString().ShouldContain("HMAC-SHA256, secret cli-secret");
        output.ToString().ShouldContain("USDT=500");
        Regex.IsMatch(output.ToString(), $@"WebSocket API:\s+ws://127\.0\.0\.1:{baseUrl.Port}/ws-api/v3").ShouldBeTrue(output.ToString());

        using (var http = new HttpClient { BaseAddress = baseUrl })
        {
            (await http.GetStringAsync("/api/v3/ping")).ShouldBe("{}");
        }

        await cancel.CancelAsync();
        (await run).ShouldBe(130, "Ctrl+C (the token) stops the sandbox; every command reports it as 130");
        output.ToString().ShouldContain("Sandbox stopped.");
    }

    [Theory]
    [InlineData("--balance", "USDT", "binance-errors: 'USDT' is not a balance. Write it as ASSET=AMOUNT, e.g. USDT=100000.")]
    [InlineData("--api-key", "not ok", "binance-errors: 'not ok' is not a valid API key: use 1 to 64 letters and digits.")]
    [InlineData("--exchange-info", "/nonexistent.json", "binance-errors: --exchange-info: '/nonexistent.json' does not exist.")]
    public void Sandbox_BadInput_ExitsTwo(string option, string value, string message)
    {
        var run = CliRun.Of("sandbox", "--port", "0", option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(message);
    }

    [GeneratedRegex(@"Base URL:\s+(\S+)")]
    private static partial Regex BaseUrl();
}
