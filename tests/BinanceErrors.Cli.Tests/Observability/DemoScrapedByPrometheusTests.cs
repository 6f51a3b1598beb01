using System.Globalization;
using System.Text.Json;
using BinanceErrors.Cli.Tests.Processes;

namespace BinanceErrors.Cli.Tests.Observability;

/// <summary>
/// The acceptance of the alert rules: a real Prometheus loads them and scrapes two demos run as real processes, one
/// with the scripted faults (429s, a 418 ban) and one with <c>--faults none</c>; the ban alert fires for the first
/// and no alert at all for the second.
/// </summary>
public sealed class DemoScrapedByPrometheusTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task ScriptedFaults_FireTheBanAlert_AndACleanRunFiresNone()
    {
        var faultsPort = PrometheusServer.FreePort();
        var cleanPort = PrometheusServer.FreePort();
        await using var prometheus = await PrometheusServer.StartAsync(
            new Dictionary<string, int> { ["demo-faults"] = faultsPort, ["demo-clean"] = cleanPort },
            TimeSpan.FromMilliseconds(250));

        // The rules loaded, all of them healthy.
        var rules = (await prometheus.ApiAsync("rules")).GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("rules").EnumerateArray()).ToArray();
        rules.Count(r => r.GetProperty("type").GetString() == "alerting").ShouldBe(8);
        rules.ShouldAllBe(r => r.GetProperty("health").GetString() != "err");

        // The script's 11 steps end with the 418 ban (step 8 is the 429); the clean run places orders with no fault.
        using var faults = CliProcess.Start("demo", "--orders", "11", "--json", "--metrics-port", faultsPort.ToString(CultureInfo.InvariantCulture), "--metrics-linger", "120");
        using var clean = CliProcess.Start("demo", "--orders", "11", "--faults", "none", "--json", "--metrics-port", cleanPort.ToString(CultureInfo.InvariantCulture), "--metrics-linger", "120");

        (await Polling.UntilAsync(async () => (await FiredAsync(prometheus, "demo-faults")).Contains("BinanceIpBanned"), Deadline))
            .ShouldBeTrue($"BinanceIpBanned never fired.\nfaults demo stdout:\n{faults.Output}\nstderr:\n{faults.Error}");

        // The clean run must be over and scraped, and the rules evaluated after that, before "none fired" means anything.
        (await clean.WaitForOutputAsync("\"limitStoreShared\"", Deadline)).ShouldBeTrue(clean.Error);
        var cleanDone = await ServerTimeAsync(prometheus);
        var scraped = 0d;
        (await Polling.UntilAsync(async () => (scraped = await LastScrapeAsync(prometheus, "demo-clean")) > cleanDone, Deadline))
            .ShouldBeTrue("Prometheus did not scrape the clean demo after it finished");
        (await Polling.UntilAsync(async () => await LastEvaluationAsync(prometheus) > scraped, Deadline))
            .ShouldBeTrue("Prometheus did not evaluate the rules after that scrape");
        (await prometheus.QueryAsync("binance_client_clock_resyncs_total{job=\"demo-clean\"}")).ShouldNotBeEmpty("the clean demo's metrics were scraped");
        (await FiredAsync(prometheus, "demo-clean")).ShouldBeEmpty();

        // The faulty run also counted its 429 and 418 as the exchange answered them.
        (await faults.WaitForOutputAsync("\"limitStoreShared\"", Deadline)).ShouldBeTrue(faults.Error);
        (await Polling.UntilAsync(async () => (await prometheus.QueryAsync("binance_client_errors_total{job=\"demo-faults\",http_response_status_code=\"418\"}")).Length == 1, Deadline)).ShouldBeTrue();
        (await prometheus.QueryAsync("binance_client_errors_total{job=\"demo-faults\",http_response_status_code=\"429\",binance_error_code=\"-1003\"}")).ShouldNotBeEmpty();

        // Ctrl+C ends the linger; the run's own exit code stands.
        faults.Interrupt();
        clean.Interrupt();
        (await faults.ExitCodeAsync(TimeSpan.FromSeconds(30))).ShouldBe(0, faults.Error);
        (await clean.ExitCodeAsync(TimeSpan.FromSeconds(30))).ShouldBe(0, clean.Error);
    }

    /// <summary>Every alert that was firing for a job at any evaluation in the last 30 minutes (ALERTS is written at each one).</summary>
    private static async Task<string[]> FiredAsync(PrometheusServer prometheus, string job) =>
        [.. (await prometheus.QueryAsync($"max by (alertname) (max_over_time(ALERTS{{alertstate=\"firing\",job=\"{job}\"}}[30m]))"))
            .Select(r => r.GetProperty("metric").GetProperty("alertname").GetString()!)];

    private static async Task<double> ServerTimeAsync(PrometheusServer prometheus) =>
        Value((await prometheus.ApiAsync("query?query=time()")).GetProperty("result"));

    private static async Task<double> LastScrapeAsync(PrometheusServer prometheus, string job) =>
        (await prometheus.QueryAsync($"timestamp(up{{job=\"{job}\"}} == 1)")) is [var sample] ? Value(sample.GetProperty("value")) : 0;

    private static async Task<double> LastEvaluationAsync(PrometheusServer prometheus)
    {
        var group = (await prometheus.ApiAsync("rules")).GetProperty("groups")[0];
        return DateTimeOffset.Parse(group.GetProperty("lastEvaluation").GetString()!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() / 1000d;
    }

    private static double Value(JsonElement pair) => double.Parse(pair[1].GetString()!, CultureInfo.InvariantCulture);
}
