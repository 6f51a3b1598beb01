using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BinanceErrors.Cli.Tests.Observability;

/// <summary>deploy/prometheus's rules, checked and unit-tested by Prometheus's own promtool.</summary>
public sealed partial class AlertRuleTests
{
    [Fact]
    public async Task Rules_PassPromtoolCheck()
    {
        var (code, output) = await PromtoolAsync("check", "rules", Path.Combine(PrometheusServer.RulesDirectory, "binance-errors.rules.yml"));
        code.ShouldBe(0, output);
        output.ShouldContain("SUCCESS");
    }

    [Fact]
    public async Task Rules_PassTheirPromtoolUnitTests()
    {
        var tests = Directory.GetFiles(PrometheusServer.RulesDirectory, "*test*.yml");
        tests.ShouldNotBeEmpty();
        var (code, output) = await PromtoolAsync(["test", "rules", .. tests]);
        code.ShouldBe(0, output);
        output.ShouldContain("SUCCESS");
    }

    [Fact]
    public void EveryAlert_HasUnitTests_ThatSeeItFireAndStayQuiet()
    {
        var rules = File.ReadAllText(Path.Combine(PrometheusServer.RulesDirectory, "binance-errors.rules.yml"));
        var tests = string.Concat(Directory.GetFiles(PrometheusServer.RulesDirectory, "*test*.yml").Select(File.ReadAllText));
        var alerts = AlertName().Matches(rules).Select(m => m.Groups[1].Value).ToArray();
        alerts.Length.ShouldBe(8);
        foreach (var alert in alerts)
        {
            // Each alert is expected to fire somewhere (exp_alerts with labels) and not to fire somewhere (exp_alerts: []).
            var blocks = Regex.Matches(tests, $@"alertname: {alert}\s+exp_alerts:(?<body>[^\n]*)");
            blocks.ShouldContain(b => b.Groups["body"].Value.Trim() == "[]", $"{alert} has no case where it stays quiet");
            blocks.ShouldContain(b => b.Groups["body"].Value.Trim() == string.Empty, $"{alert} has no case where it fires");
        }
    }

    [Fact]
    public async Task Dashboard_QueriesParse_AndReadOnlyDocumentedSeries()
    {
        var dashboard = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Mcp.McpToolTests.RepositoryRoot(), "deploy", "grafana", "binance-errors.json"))).RootElement;
        dashboard.GetProperty("uid").GetString().ShouldBe("binance-errors");
        var queries = dashboard.GetProperty("panels").EnumerateArray()
            .Where(p => p.TryGetProperty("targets", out _))
            .SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString()!))
            .ToArray();
        queries.Length.ShouldBeGreaterThan(15);

        // Grafana's variables as Grafana would expand them, then each query as a recording rule for promtool to parse.
        var rules = new System.Text.StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (var i = 0; i < queries.Length; i++)
        {
            var expr = queries[i].Replace("$__rate_interval", "1m", StringComparison.Ordinal).Replace("$job", ".*", StringComparison.Ordinal).Replace("$instance", ".*", StringComparison.Ordinal);
            rules.Append("      - record: dashboard:query").Append(i).Append("\n        expr: '").Append(expr.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
        }

        var file = Path.Combine(Path.GetTempPath(), $"dashboard-{Guid.NewGuid():N}.rules.yml");
        await File.WriteAllTextAsync(file, rules.ToString());
        try
        {
            var (code, output) = await PromtoolAsync("check", "rules", file);
            code.ShouldBe(0, output);
        }
        finally
        {
            File.Delete(file);
        }

        var documented = File.ReadAllText(Path.Combine(Mcp.McpToolTests.RepositoryRoot(), "docs", "observability.md"));
        foreach (var series in queries.SelectMany(q => SeriesName().Matches(q).Select(m => m.Value)).Distinct())
        {
            var name = series.EndsWith("_bucket", StringComparison.Ordinal) ? series[..^"bucket".Length] + "*" : series;
            documented.ShouldContain("`" + name + "`", Case.Sensitive, $"{series} is read by the dashboard but not documented");
        }
    }

    private static async Task<(int Code, string Output)> PromtoolAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(PrometheusServer.Binary("promtool")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"\bbinance_(client|sandbox)_[a-z_]+")]
    private static partial Regex SeriesName();

    [GeneratedRegex(@"- alert: (\w+)")]
    private static partial Regex AlertName();
}
