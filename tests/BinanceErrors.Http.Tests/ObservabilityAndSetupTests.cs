using System.Diagnostics.Metrics;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BinanceErrors.Http.Tests;

/// <summary>Signing for every key type, metrics, logs without secrets, options validation and DI.</summary>
public sealed class ObservabilityAndSetupTests
{
    [Fact]
    public async Task RsaAndEd25519Credentials_SignRequestsTheSandboxAccepts()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var edGenerator = new Org.BouncyCastle.Crypto.Generators.Ed25519KeyPairGenerator();
        edGenerator.Init(new Org.BouncyCastle.Crypto.Parameters.Ed25519KeyGenerationParameters(new Org.BouncyCastle.Security.SecureRandom()));
        var ed = edGenerator.GenerateKeyPair();
        var edPublicPem = new string(System.Security.Cryptography.PemEncoding.Write("PUBLIC KEY", Org.BouncyCastle.X509.SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(ed.Public).GetDerEncoded()));
        var edPrivatePem = new string(System.Security.Cryptography.PemEncoding.Write("PRIVATE KEY", Org.BouncyCastle.Pkcs.PrivateKeyInfoFactory.CreatePrivateKeyInfo(ed.Private).GetDerEncoded()));

        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            ApiKeys =
            [
                new SandboxApiKey { ApiKey = "rsakey", RsaPublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() },
                new SandboxApiKey { ApiKey = "edkey", Ed25519PublicKeyPem = edPublicPem },
            ],
        });
        foreach (var credentials in new[] { BinanceCredentials.Rsa("rsakey", rsa.ExportPkcs8PrivateKeyPem()), BinanceCredentials.Ed25519("edkey", edPrivatePem) })
        {
            using var registry = new BinanceLimitRegistry();
            using var client = BinanceHttpClientFactory.Create(server.BaseAddress, new BinanceClientOptions { Credentials = credentials, LearnLimitsFromExchange = false }, registry: registry);
            var response = await client.PostAsync(Harness.LimitOrder("sig-" + credentials.KeyType), null);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Secrets_AppearInNoLogLine_NorInExceptions()
    {
        await using var harness = await Harness.StartAsync(configure: o => o.ReconcileAttempts = 1);
        harness.Server.ShiftClock(3_600_000);
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 });
        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/depth", Count = 1, Status = 502 });

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account")).Status.ShouldBe(200);
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("logged"))).Status.ShouldBe(200);
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/depth?symbol=BTCUSDT")).Status.ShouldBe(200);
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 });
        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/order", Status = 503 });
        var unknown = await Should.ThrowAsync<BinanceExecutionUnknownException>(() => harness.Time.DriveAsync(harness.Client.PostAsync(Harness.LimitOrder("logged-2"), null)));

        harness.Logs.Lines.Count.ShouldBeGreaterThan(3);
        var everything = string.Join('\n', harness.Logs.Lines) + unknown + unknown.Message + harness.Options.Credentials;
        everything.ShouldNotContain(Harness.Secret);
        everything.ShouldNotContain(Harness.ApiKey);
        everything.ShouldNotContain("signature=");
        everything.ShouldNotContain("timestamp=");
        harness.Options.Credentials!.ToString().ShouldBe("Hmac key sand…xkey");
    }

    [Fact]
    public async Task Metrics_CountErrorsRetriesReconciliationsAndWeight()
    {
        await using var harness = await Harness.StartAsync();
        var measurements = new List<(string Name, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's registry: other tests running in parallel record on meters of their own.
            if (ReferenceEquals(instrument.Meter, harness.Registry.Metrics.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();

        harness.Server.AddFault(new FaultRule { Method = "GET", Path = "/api/v3/depth", Count = 1, Status = 503, Code = -1001 });
        harness.Server.AddFault(new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 });
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/depth?symbol=BTCUSDT")).Status.ShouldBe(200);
        (await harness.SendAsync(HttpMethod.Post, Harness.LimitOrder("metered"))).Status.ShouldBe(200);
        listener.RecordObservableInstruments();

        lock (measurements)
        {
            measurements.Count(m => m.Name == "binance.client.errors").ShouldBe(2, "one -1001 and one -1007, each counted once");
            var depth = measurements.Single(m => m.Name == "binance.client.errors" && Equals(m.Tags["binance.error.code"], -1001));
            depth.Tags.ShouldBe(new Dictionary<string, object?>
            {
                ["binance.venue"] = "spot",
                ["binance.error.code"] = -1001,
                ["binance.error.kind"] = "service_unavailable",
                ["binance.recovery.action"] = "retry_with_backoff",
                ["error.type"] = "DISCONNECTED",
                ["http.response.status_code"] = 503,
                ["http.request.method"] = "GET",
                ["url.template"] = "/api/v3/depth",
            }, ignoreOrder: true);
            measurements.ShouldContain(m => m.Name == "binance.client.errors" && Equals(m.Tags["binance.error.code"], -1007) && Equals(m.Tags["binance.error.kind"], "execution_unknown") && Equals(m.Tags["url.template"], "/api/v3/order"));
            measurements.ShouldContain(m => m.Name == "binance.client.retries" && Equals(m.Tags["binance.reason"], "service_unavailable") && Equals(m.Tags["binance.venue"], "spot"));
            measurements.ShouldContain(m => m.Name == "binance.client.reconciliations" && Equals(m.Tags["binance.reconciliation.result"], "found"));
            measurements.ShouldContain(m => m.Name == "binance.client.request_weight.used" && m.Value > 0 && Equals(m.Tags["binance.rate_limit.window"], "1m"));
            measurements.ShouldNotContain(m => m.Name == "binance.client.rejections.repeated", "nothing was rejected twice");
            measurements.SelectMany(m => m.Tags.Values).OfType<string>()
                .Any(s => s.Contains(Harness.ApiKey, StringComparison.Ordinal) || s.Contains(Harness.Secret, StringComparison.Ordinal)).ShouldBeFalse();
        }
    }

    [Theory]
    [InlineData("RecvWindow", "RecvWindow must be more than 0 and at most 60 seconds")]
    [InlineData("MaxRetries", "MaxRetries must be from 0 to 10")]
    [InlineData("ReconcileAttempts", "ReconcileAttempts must be from 1 to 20")]
    [InlineData("LimitHeadroom", "LimitHeadroom must be from 0 to 0.5")]
    public void InvalidOptions_AreRefusedWithTheFullMessage(string option, string message)
    {
        var options = new BinanceClientOptions();
        switch (option)
        {
            case "RecvWindow": options.RecvWindow = TimeSpan.FromSeconds(61); break;
            case "MaxRetries": options.MaxRetries = 11; break;
            case "ReconcileAttempts": options.ReconcileAttempts = 0; break;
            default: options.LimitHeadroom = 0.9m; break;
        }

        var result = new BinanceClientOptionsValidator().Validate(null, options);
        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldStartWith(message);
        Should.Throw<ArgumentException>(() => BinanceHttpClientFactory.Create(new Uri("http://127.0.0.1:1/"), options)).Message.ShouldContain(message);
    }

    [Fact]
    public async Task DependencyInjection_AddBinanceResilience_BuildsAWorkingClient_AndValidatesOnce()
    {
        await using var server = await SandboxServer.StartAsync();
        var services = new ServiceCollection();
        services.AddMetrics();
        IHttpClientBuilder builder = services.AddHttpClient("binance", c => c.BaseAddress = server.BaseAddress)
            .AddBinanceResilience(o => o.Credentials = BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret));
        services.AddHttpClient("broken").AddBinanceResilience(o => o.RecvWindow = TimeSpan.Zero);
        services.AddHttpClient("timed", c => c.Timeout = TimeSpan.FromSeconds(42)).AddBinanceResilience();
        services.AddBinanceHttpClient("short", server.BaseAddress, o => o.LearnLimitsFromExchange = false);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        var response = await factory.CreateClient("binance").GetAsync("/api/v3/account");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await factory.CreateClient("short").GetAsync("/api/v3/ping")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        builder.Name.ShouldBe("binance");
        provider.GetServices<IValidateOptions<BinanceClientOptions>>().Count().ShouldBe(1, "four clients, one validator");
        factory.CreateClient("timed").Timeout.ShouldBe(TimeSpan.FromSeconds(42), "a timeout the user set is kept");
        factory.CreateClient("binance").Timeout.ShouldBe(Timeout.InfiniteTimeSpan);
        provider.GetRequiredService<BinanceLimitRegistry>().ShouldNotBeSameAs(BinanceLimitRegistry.Shared);
        server.RequestCount("GET", "/api/v3/exchangeInfo").ShouldBe(1, "the first client learnt the limits; the second was told not to");

        var invalid = Should.Throw<OptionsValidationException>(() => factory.CreateClient("broken").GetAsync("/api/v3/ping").GetAwaiter().GetResult());
        invalid.Failures.ShouldBe(["RecvWindow must be more than 0 and at most 60 seconds; it is 00:00:00."]);
    }
}
