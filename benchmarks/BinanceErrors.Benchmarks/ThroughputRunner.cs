using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using BinanceErrors.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// A small load generator: concurrent signed order placements against the sandbox over loopback, reported as
/// orders/s with p50/p99 latency, next to the same load against a plain Kestrel endpoint that answers <c>{}</c>.
/// Run with <c>-- throughput [seconds] [concurrency]</c>.
/// </summary>
public static class ThroughputRunner
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;

        var ceiling = await MeasureCeilingAsync(seconds, concurrency);
        var sandbox = await MeasureSandboxAsync(seconds, concurrency);
        Console.WriteLine($"| Target | Requests/s | p50 (ms) | p99 (ms) | Errors |");
        Console.WriteLine($"|---|---:|---:|---:|---:|");
        Console.WriteLine(ceiling.Row("Plain Kestrel `POST /` → `{}` (ceiling)"));
        Console.WriteLine(sandbox.Row("Sandbox `POST /api/v3/order` (signed LIMIT IOC, matching engine)"));
        Console.WriteLine($"Sandbox / ceiling: {sandbox.PerSecond / ceiling.PerSecond:P0} ({Environment.ProcessorCount} cores, {concurrency} concurrent clients, {seconds} s each)");
    }

    internal sealed record Result(double PerSecond, double P50, double P99, int Errors)
    {
        public string Row(string name) => $"| {name} | {PerSecond:N0} | {P50:0.00} | {P99:0.00} | {Errors} |";
    }

    private static async Task<Result> MeasureCeilingAsync(int seconds, int concurrency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapPost("/", () => Microsoft.AspNetCore.Http.Results.Content("{}", "application/json"));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient { BaseAddress = address };
        return await LoadAsync(seconds, concurrency, (_, _) => new HttpRequestMessage(HttpMethod.Post, "/"), http);
    }

    private static async Task<Result> MeasureSandboxAsync(int seconds, int concurrency)
    {
        var key = new SandboxApiKey { ApiKey = "loadkey", HmacSecret = "load-secret", Balances = new Dictionary<string, decimal> { ["USDT"] = 1_000_000_000_000m } };
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { ExchangeInfoJson = SandboxLimits.Relaxed(), ApiKeys = [key] });
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var secret = Encoding.UTF8.GetBytes("load-secret");
        return await LoadAsync(seconds, concurrency, (worker, i) =>
        {
            // IOC below the market: the full path (signature, limits, pre-flight, balance, matching) without an ever-growing book.
            var query = $"symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&price=29000&quantity=0.001&newClientOrderId=w{worker}-{i}&newOrderRespType=ACK&timestamp={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}";
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(query)));
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v3/order?" + query + "&signature=" + signature);
            request.Headers.Add("X-MBX-APIKEY", "loadkey");
            return request;
        }, http);
    }

    internal static async Task<Result> LoadAsync(int seconds, int concurrency, Func<int, int, HttpRequestMessage> create, HttpClient http)
    {
        // Warm up connections and JIT.
        for (var i = 0; i < 200; i++)
        {
            using var warm = await http.SendAsync(create(-1, i));
        }

        var stop = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var latencies = new List<double>();
            var errors = 0;
            for (var i = 0; stop.Elapsed < until; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(create(worker, i));
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                errors += response.IsSuccessStatusCode ? 0 : 1;
            }

            return (latencies, errors);
        }).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        return new Result(all.Length / elapsed, all[all.Length / 2], all[(int)(all.Length * 0.99)], results.Sum(r => r.errors));
    }
}
