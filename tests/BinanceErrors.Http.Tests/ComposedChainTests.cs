using BinanceErrors.Http.Internal;
using BinanceErrors.Http.Tests.Fixtures;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// Handlers of ours that an application composes itself from the public constructors: each runs the steps of the
/// per-call core that no handler of ours before it ran on the attempt, so every request is reserved against the limits
/// once and signed once, whichever of the handlers are there. Weight is read back from the registry's store, which the
/// sandbox's own <c>X-MBX-USED-WEIGHT-1M</c> count can raise but never lower: a request reserved twice shows twice its
/// weight, one never reserved and never observed shows none.
/// </summary>
public sealed class ComposedChainTests
{
    private static readonly int AccountWeight = EndpointTable.Find(HttpMethod.Get, "/api/v3/account").Weight;
    private static readonly int TimeWeight = EndpointTable.Find(HttpMethod.Get, "/api/v3/time").Weight;
    private static readonly BinanceLimitWindow Minute = new(BinanceLimitKind.RequestWeight, 60_000, 6000);

    [Fact]
    public async Task LimitAndSigningHandlers_WithoutTheResilienceHandler_ReserveOnceAndSignOnce()
    {
        await using var harness = await Harness.StartAsync();
        var signing = new BinanceSigningHandler(harness.Options, harness.Registry) { InnerHandler = new SocketsHttpHandler() };
        var limits = new BinanceLimitHandler(harness.Options, registry: harness.Registry) { InnerHandler = signing };
        using var client = new HttpClient(limits) { BaseAddress = harness.Server.BaseAddress };

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200, "signed by the signing handler");
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200);

        UsedWeight(harness).ShouldBe(2 * AccountWeight, "each request reserved once by the limit handler");
        harness.Server.RequestCount("GET", "/api/v3/account").ShouldBe(2);
        harness.Server.RequestCount("GET", "/api/v3/time").ShouldBe(0, "no resilience handler, no clock sync");
    }

    [Fact]
    public async Task SigningHandlerAlone_SignsAndReservesNothing()
    {
        await using var harness = await Harness.StartAsync();
        using var client = new HttpClient(new BinanceSigningHandler(harness.Options, harness.Registry) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = harness.Server.BaseAddress,
        };

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200);

        UsedWeight(harness).ShouldBe(0, "no limit step in the chain");
    }

    [Fact]
    public async Task ResilienceHandlerAlone_RunsEveryStep_ClockLimitsAndSigning()
    {
        await using var harness = await Harness.StartAsync();
        using var client = new HttpClient(new BinanceResilienceHandler(harness.Options, registry: harness.Registry) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = harness.Server.BaseAddress,
        };

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200, "signed by the resilience handler's core");
        harness.Server.AddFault(new BinanceErrors.Sandbox.FaultRule { Method = "GET", Path = "/api/v3/account", Count = 1, Status = 400, Code = -1021 });
        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200, "-1021, resync, retry");

        harness.Server.RequestCount("GET", "/api/v3/account").ShouldBe(3);
        harness.Server.RequestCount("GET", "/api/v3/time").ShouldBe(2);
        UsedWeight(harness).ShouldBe((3 * AccountWeight) + (2 * TimeWeight), "every attempt and every time request reserved once");
    }

    [Fact]
    public async Task OurChain_WithTheApplicationsHandlersBetweenOurs_ReservesOnce()
    {
        await using var harness = await Harness.StartAsync();
        var signing = new BinanceSigningHandler(harness.Options, harness.Registry) { InnerHandler = new SocketsHttpHandler() };
        var between = new PassThroughHandler { InnerHandler = signing };
        var limits = new BinanceLimitHandler(harness.Options, registry: harness.Registry) { InnerHandler = between };
        using var client = new HttpClient(new BinanceResilienceHandler(harness.Options, registry: harness.Registry) { InnerHandler = limits })
        {
            BaseAddress = harness.Server.BaseAddress,
        };

        (await harness.SendAsync(HttpMethod.Get, "/api/v3/account", client)).Status.ShouldBe(200);

        UsedWeight(harness).ShouldBe(AccountWeight + TimeWeight, "the resilience handler's core reserved; the limit handler saw it had");
        between.SignedRequests.ShouldBe(1, "the core signs before the send step, so the handler between sees the signed request");
    }

    private static long UsedWeight(Harness harness)
    {
        var store = (InMemoryBinanceLimitStore)harness.Registry.Store;
        var scope = new BinanceLimitScope(BinanceVenue.Spot, harness.Server.BaseAddress.Authority);
        return store.UsedIn(scope, Minute, null, harness.Time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    /// <summary>A handler an application might put between ours: passes every request on and counts the signed ones.</summary>
    private sealed class PassThroughHandler : DelegatingHandler
    {
        private int _signed;

        public int SignedRequests => Volatile.Read(ref _signed);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Query.Contains("signature=", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _signed);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
