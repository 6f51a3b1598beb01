using System.Text.Json;
using System.Text.RegularExpressions;
using BinanceErrors.Http;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary><c>sandbox --venue usdm</c> (and <c>coinm</c>, <c>usdm,coinm</c>): serves /fapi (/dapi) with the wallet from <c>--balance</c>.</summary>
public sealed partial class FuturesSandboxCommandTests
{
    [Fact]
    public async Task UsdMSandbox_ServesFapi_WithTheBalanceGiven()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (run, baseUrl) = await StartAsync(["sandbox", "--venue", "usdm", "--port", "0", "--balance", "USDT=500"], output, error, cancel.Token);
        output.ToString().ShouldContain("USDⓈ-M futures (/fapi)");
        var options = new BinanceClientOptions { Venue = BinanceVenue.UsdMFutures, Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret") };
        using (var client = BinanceHttpClientFactory.Create(baseUrl, options))
        {
            (await client.GetStringAsync("/fapi/v1/ping")).ShouldBe("{}");
            var balances = JsonDocument.Parse(await client.GetStringAsync("/fapi/v2/balance")).RootElement;
            balances.EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "USDT").GetProperty("balance").GetString().ShouldBe("500.00000000");
            using var spot = await client.GetAsync("/api/v3/ping");
            ((int)spot.StatusCode).ShouldBe(404);
        }

        await cancel.CancelAsync();
        (await run).ShouldBe(130, "Ctrl+C (the token) stops the sandbox");
    }

    [Fact]
    public async Task BothFuturesVenues_AreServedOnOnePort_WithTheCoinWallet()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (run, baseUrl) = await StartAsync(["sandbox", "--venue", "usdm,coinm", "--port", "0", "--balance", "BTC=2"], output, error, cancel.Token);
        output.ToString().ShouldContain("USDⓈ-M futures (/fapi) + COIN-M futures (/dapi)");
        var options = new BinanceClientOptions { Venue = BinanceVenue.CoinMFutures, Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret") };
        using (var client = BinanceHttpClientFactory.Create(baseUrl, options))
        {
            (await client.GetStringAsync("/fapi/v1/ping")).ShouldBe("{}");
            var balances = JsonDocument.Parse(await client.GetStringAsync("/dapi/v1/balance")).RootElement;
            balances.EnumerateArray().Single(b => b.GetProperty("asset").GetString() == "BTC").GetProperty("balance").GetString().ShouldBe("2.00000000");
        }

        await cancel.CancelAsync();
        (await run).ShouldBe(130, "Ctrl+C (the token) stops the sandbox");
    }

    [Theory]
    [InlineData("coin")]
    [InlineData("spot,usdm")]
    [InlineData("usdm,usdm")]
    public async Task AnUnknownVenueList_IsAUsageError(string venue)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Program.RunAsync(["sandbox", "--venue", venue, "--port", "0"], new CliConsole(output, error, TextReader.Null, color: false), CancellationToken.None);

        code.ShouldBe(2, error.ToString());
        error.ToString().ShouldContain($"'{venue}' is not a sandbox venue");
    }

    /// <summary>Runs the command and waits for the Base URL it prints.</summary>
    private static async Task<(Task<int> Run, Uri BaseUrl)> StartAsync(string[] args, StringWriter output, StringWriter error, CancellationToken cancellationToken)
    {
        var run = Program.RunAsync(args, new CliConsole(TextWriter.Synchronized(output), error, TextReader.Null, color: false), cancellationToken);
        Uri? baseUrl = null;
        for (var i = 0; i < 400 && baseUrl is null && !run.IsCompleted; i++)
        {
            await Task.Delay(50);
            var match = BaseUrl().Match(output.ToString());
            if (match.Success)
            {
                baseUrl = new Uri(match.Groups[1].Value);
            }
        }

        baseUrl.ShouldNotBeNull(output.ToString() + error);
        return (run, baseUrl);
    }

    [GeneratedRegex(@"Base URL:\s+(http://\S+)")]
    private static partial Regex BaseUrl();
}
