using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BinanceErrors.Http;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// The pipeline's overhead on a real request to the in-process sandbox on loopback: a bare HttpClient against the
/// full handler chain (limits, header tracking, classification wiring, Polly), and a signed request signed by hand
/// against one signed by the pipeline.
/// </summary>
public class PipelineBenchmarks
{
    private SandboxServer _sandbox = null!;
    private HttpClient _bare = null!;
    private HttpClient _pipeline = null!;
    private byte[] _secret = [];

    [GlobalSetup]
    public async Task Setup()
    {
        // Limits far above what a benchmark sends, so neither side waits.
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { ExchangeInfoJson = SandboxLimits.Relaxed() });
        _bare = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        var options = new BinanceClientOptions { Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret") };
        options.RequestWeightLimits.Clear();
        options.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromMinutes(1), 100_000_000));
        _pipeline = BinanceHttpClientFactory.Create(_sandbox.BaseAddress, options);
        _secret = Encoding.UTF8.GetBytes("sandbox-secret");
        (await _pipeline.GetAsync("/api/v3/account")).EnsureSuccessStatusCode();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _bare.Dispose();
        _pipeline.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BareGetTime()
    {
        using var response = await _bare.GetAsync("/api/v3/time");
        return (int)response.StatusCode;
    }

    [Benchmark]
    public async Task<int> PipelineGetTime()
    {
        using var response = await _pipeline.GetAsync("/api/v3/time");
        return (int)response.StatusCode;
    }

    [Benchmark]
    public async Task<int> SignedByHandGetAccount()
    {
        var query = "recvWindow=5000&timestamp=" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(query)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v3/account?" + query + "&signature=" + signature);
        request.Headers.Add("X-MBX-APIKEY", "sandboxkey");
        using var response = await _bare.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Benchmark]
    public async Task<int> PipelineSignedGetAccount()
    {
        using var response = await _pipeline.GetAsync("/api/v3/account");
        return (int)response.StatusCode;
    }
}
