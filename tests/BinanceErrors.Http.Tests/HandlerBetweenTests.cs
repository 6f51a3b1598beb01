using BinanceErrors.Http.Tests.Fixtures;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Our handlers hand a request's resolved state to each other directly; when the application puts its own handler
/// between them, the state travels in the request's options instead and everything (signing, the -1021 resync and its
/// single retry, the limit windows) works the same.
/// </summary>
public sealed class HandlerBetweenTests
{
    /// <summary>A handler an application might add: passes every request on and notes what went through.</summary>
    private sealed class PassThroughHandler : DelegatingHandler
    {
        public List<string> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Seen)
            {
                Seen.Add(request.Method + " " + request.RequestUri!.AbsolutePath);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task HandlersBetweenOurs_SignedCallRecoversFromClockSkewWithinOneRetry()
    {
        await using var harness = await Harness.StartAsync();
        var options = harness.Options;
        var outer = new PassThroughHandler();
        var inner = new PassThroughHandler();
        inner.InnerHandler = new BinanceSigningHandler(options, harness.Registry) { InnerHandler = new SocketsHttpHandler() };
        outer.InnerHandler = new BinanceLimitHandler(options, registry: harness.Registry) { InnerHandler = inner };
        var resilience = new BinanceResilienceHandler(options, registry: harness.Registry) { InnerHandler = outer };
        using var client = new HttpClient(resilience) { BaseAddress = harness.Server.BaseAddress };

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200, "signed through the options");
        harness.Server.ShiftClock(3_600_000);
        var (status, _, response) = await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client);
        response.Dispose();

        status.ShouldBe(200);
        harness.Server.RequestCount("GET", "/api/v3/account").ShouldBe(3, "one success, one -1021, one retry after the resync");
        harness.Server.RequestCount("GET", "/api/v3/time").ShouldBe(2, "synced at start, resynced once on -1021");
        outer.Seen.Count(s => s == "GET /api/v3/account").ShouldBe(3);
        inner.Seen.Count(s => s == "GET /api/v3/account").ShouldBe(3);
        inner.Seen.Count(s => s == "GET /api/v3/time").ShouldBe(2);
    }
}
