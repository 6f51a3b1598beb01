using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BinanceErrors.Cli.Tests.Processes;

namespace BinanceErrors.Cli.Tests.Observability;

/// <summary><c>--metrics-port</c> and <c>--metrics-linger</c>: bad values, a taken port, and the sandbox's own meters served.</summary>
public sealed partial class MetricsPortTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("--metrics-linger 5", "--metrics-linger needs --metrics-port")]
    [InlineData("--metrics-port 70000", "--metrics-port must be from 0 to 65535")]
    [InlineData("--metrics-port 0 --metrics-linger -1", "--metrics-linger must be from 0 to 86400 seconds")]
    public void BadMetricsOptions_ExitTwo_WithTheReason(string options, string message)
    {
        var run = CliRun.Of(["demo", "--orders", "1", .. options.Split(' ')]);
        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain(message);
    }

    [Fact]
    public void TakenMetricsPort_ExitTwo_BeforeAnyOrder()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = CliRun.Of("demo", "--orders", "1", "--metrics-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldContain($"--metrics-port {port}: cannot listen on 127.0.0.1:{port}");
        run.Output.ShouldNotContain("Exactly once");
    }

    [Fact]
    public async Task Sandbox_ServesItsOwnMeters_ErrorAnswersIncluded()
    {
        using var cli = CliProcess.Start("sandbox", "--port", "0", "--metrics-port", "0");
        (await cli.WaitForOutputAsync("Press Ctrl+C to stop.", Timeout)).ShouldBeTrue(cli.Output + cli.Error);
        var metricsUrl = new Uri(MetricsUrl().Match(cli.Error).Groups[1].Value);
        var baseUrl = new Uri(BaseUrl().Match(cli.Output).Groups[1].Value);
        cli.Output.ShouldContain("Metrics:");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using (var unsigned = await http.GetAsync(new Uri(baseUrl, "/api/v3/account")))
        {
            ((int)unsigned.StatusCode).ShouldBe(401);
        }

        using (var ping = await http.GetAsync(new Uri(baseUrl, "/api/v3/ping")))
        {
            ping.IsSuccessStatusCode.ShouldBeTrue();
        }

        var text = await http.GetStringAsync(metricsUrl);
        text.ShouldContain("binance_sandbox_errors_total{");
        text.ShouldMatch("""binance_sandbox_errors_total\{[^}]*binance_error_code="-2014"[^}]*http_response_status_code="401"[^}]*\} 1""");
        text.ShouldMatch("""binance_sandbox_requests_total\{[^}]*http_request_method="GET"[^}]*http_response_status_code="200"[^}]*url_template="/api/v3/ping"[^}]*\} 1""");
        text.ShouldNotContain("binance_client_");

        cli.Interrupt();
        (await cli.ExitCodeAsync(Timeout)).ShouldBe(130, cli.Error);
    }

    [GeneratedRegex(@"serving Prometheus metrics at (\S+)")]
    private static partial Regex MetricsUrl();

    [GeneratedRegex(@"Base URL:\s+(\S+)")]
    private static partial Regex BaseUrl();
}
