using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace BinanceErrors.Cli.Tests.Observability;

/// <summary>
/// A real Prometheus server (Debian's <c>prometheus</c>) on a free loopback port with a data directory of its own,
/// loading deploy/prometheus's rules and scraping the given targets at short intervals; stopped (SIGTERM) and its
/// directory removed with the test. A missing binary fails the test loudly.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public static string RulesDirectory => Path.Combine(Mcp.McpToolTests.RepositoryRoot(), "deploy", "prometheus");

    public static string Binary(string name) =>
        new[] { "/usr/bin/" + name, "/usr/local/bin/" + name }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} is not installed. Install it with 'apt-get install -y prometheus' (.ci/run does this).");

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts Prometheus scraping each job's loopback port, and waits until it is ready.</summary>
    public static async Task<PrometheusServer> StartAsync(IReadOnlyDictionary<string, int> jobs, TimeSpan interval)
    {
        var directory = Directory.CreateTempSubdirectory("prometheus-test-").FullName;
        var ms = ((int)interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        var config = new System.Text.StringBuilder()
            .AppendLine("global:")
            .AppendLine("  scrape_interval: " + ms)
            .AppendLine("  scrape_timeout: " + ms)
            .AppendLine("  evaluation_interval: " + ms)
            .AppendLine("rule_files:")
            .AppendLine("  - " + Path.Combine(RulesDirectory, "binance-errors.rules.yml"))
            .AppendLine("scrape_configs:");
        foreach (var (job, target) in jobs)
        {
            config.AppendLine("  - job_name: " + job)
                .AppendLine("    static_configs:")
                .AppendLine("      - targets: ['127.0.0.1:" + target.ToString(CultureInfo.InvariantCulture) + "']");
        }

        var configPath = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(configPath, config.ToString());
        var port = FreePort();
        var info = new ProcessStartInfo(Binary("prometheus")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--config.file=" + configPath, "--storage.tsdb.path=" + Path.Combine(directory, "data"),
            "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture), "--log.level=warn",
        })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("prometheus did not start.");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        var ready = await Polling.UntilAsync(
            async () =>
            {
                try
                {
                    using var response = await server._http.GetAsync(new Uri("-/ready", UriKind.Relative));
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(60),
            () => process.HasExited);
        if (!ready)
        {
            await server.DisposeAsync();
            lock (log)
            {
                throw new InvalidOperationException("prometheus did not become ready:\n" + log);
            }
        }

        return server;
    }

    /// <summary>GET /api/v1/… and the <c>data</c> element of a successful answer.</summary>
    public async Task<JsonElement> ApiAsync(string pathAndQuery)
    {
        using var response = await _http.GetAsync(new Uri("api/v1/" + pathAndQuery, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var root = JsonDocument.Parse(body).RootElement;
        root.GetProperty("status").GetString().ShouldBe("success", body);
        return root.GetProperty("data").Clone();
    }

    /// <summary>An instant query's result vector.</summary>
    public async Task<JsonElement[]> QueryAsync(string promql) =>
        [.. (await ApiAsync("query?query=" + Uri.EscapeDataString(promql))).GetProperty("result").EnumerateArray()];

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            // SIGTERM: Prometheus shuts down cleanly on it.
            using var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            await term.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
