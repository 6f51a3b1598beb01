using System.Globalization;
using System.Text;
using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;
using BinanceErrors.Http.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// The per-call core is not bound to HTTP: here it runs over a second transport shaped like the WebSocket API (a
/// request is a method with parameters, an answer a frame with a status, a result or error object and
/// <c>rateLimits</c>). The frames are answered in process by the test; everything else is the library's: the limit
/// registry and store an HTTP client of the same IP group uses, the classifier, the attempt timer on a fake clock, the
/// Polly host and the reconciliation of an unknown outcome by client order id.
/// </summary>
public sealed class CallCoreTransportTests
{
    private const string IpGroup = "egress-a";

    [Fact]
    public async Task BanFrame_StopsRestOfTheSameIpGroup_WithoutSendingIt()
    {
        await using var harness = await Harness.StartAsync(configure: o => o.IpGroup = IpGroup);
        var until = harness.Time.GetUtcNow().AddMinutes(10).ToUnixTimeMilliseconds();
        var frames = new FrameTransport(_ => Task.FromResult(new Frame(418, $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{until}}. Please use WebSocket Streams for live updates to avoid bans."}""")));
        var core = frames.Core(harness.Options, harness.Registry);

        var outcome = await core.AttemptAsync(frames.Request("ticker.price"), frames.State("ticker.price", 2, RequestIntent.Read), CancellationToken.None);

        outcome.Result!.Status.ShouldBe(418);
        var refused = await Should.ThrowAsync<BinanceRateLimitException>(() => harness.Client.GetAsync("/api/v3/ping"));
        refused.IsBan.ShouldBeTrue();
        refused.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(until));
        harness.Server.TotalRequests.ShouldBe(0, "REST of the same IP group is refused before it is sent");
    }

    [Fact]
    public async Task RateLimitsOfAFrame_CountInTheWindowsRestReservesIn()
    {
        await using var harness = await Harness.StartAsync(configure: o =>
        {
            o.IpGroup = IpGroup;
            o.WaitForLimits = false;
        });
        var frames = new FrameTransport(_ => Task.FromResult(new Frame(200, """{"symbol":"BTCUSDT","price":"29000.00"}""", [new BinanceLimitUsage(BinanceLimitKind.RequestWeight, 60_000, 5690)])));
        var core = frames.Core(harness.Options, harness.Registry);

        (await core.AttemptAsync(frames.Request("ticker.price"), frames.State("ticker.price", 2, RequestIntent.Read), CancellationToken.None)).Result!.Status.ShouldBe(200);

        var store = (InMemoryBinanceLimitStore)harness.Registry.Store;
        store.UsedIn(new BinanceLimitScope(BinanceVenue.Spot, IpGroup), new BinanceLimitWindow(BinanceLimitKind.RequestWeight, 60_000, 6000), null, harness.Time.GetUtcNow().ToUnixTimeMilliseconds())
            .ShouldBe(5690, "the frame's count was taken (a higher count wins)");
        var refused = await Should.ThrowAsync<BinanceRateLimitException>(() => harness.Client.GetAsync("/api/v3/account"));
        refused.IsBan.ShouldBeFalse("5690 + 20 is over 6000 less 5% headroom, and the client may not wait");
        harness.Server.RequestCount("GET", "/api/v3/account").ShouldBe(0);
    }

    [Fact]
    public async Task StepsRunInOrder_LimitsBeforeTheTimerAndTheSignatureAfterAnyWait()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = Harness.NewOptions(time, BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret));
        options.RequestWeightLimits.Add(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromSeconds(10), 10));
        options.LimitHeadroom = 0;
        using var registry = new BinanceLimitRegistry();
        var frames = new FrameTransport(_ => Task.FromResult(new Frame(200, "{}")));
        var core = frames.Core(options, registry);
        (await core.AttemptAsync(frames.Request("account.status"), frames.State("account.status", 10, RequestIntent.Read, signed: true), CancellationToken.None)).Result!.Status.ShouldBe(200);

        // The window is full: the next request waits for it, and is signed when it leaves, not when it was made.
        var request = frames.Request("account.status");
        var pending = core.AttemptAsync(request, frames.State("account.status", 10, RequestIntent.Read, signed: true), CancellationToken.None).AsTask();
        pending.IsCompleted.ShouldBeFalse();
        request.Timestamp.ShouldBeNull("not signed while waiting");
        var windowEnd = (time.GetUtcNow().ToUnixTimeMilliseconds() / 10_000 * 10_000) + 10_000;
        time.Advance(TimeSpan.FromMilliseconds(windowEnd - time.GetUtcNow().ToUnixTimeMilliseconds()));

        (await pending).Result!.Status.ShouldBe(200);
        request.Timestamp.ShouldBe(windowEnd);
        frames.Sent.Count.ShouldBe(2);
    }

    [Fact]
    public async Task OrderWithNoAnswer_TimesOutOnTheFakeClock_AndIsReconciledByClientOrderId_NeverResent()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = Harness.NewOptions(time, BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret));
        options.AttemptTimeout = TimeSpan.FromSeconds(10);
        using var registry = new BinanceLimitRegistry();
        var placed = new SemaphoreSlim(0);
        var frames = new FrameTransport(request => request.Method switch
        {
            "time" => Task.FromResult(new Frame(200, $$"""{"serverTime":{{time.GetUtcNow().ToUnixTimeMilliseconds()}}}""")),
            "order.place" => NeverAnswered(placed),
            "order.status" => Task.FromResult(new Frame(200, $$"""{"symbol":"BTCUSDT","orderId":12,"clientOrderId":"{{request.Parameters["origClientOrderId"]}}","status":"FILLED"}""")),
            _ => throw new InvalidOperationException(request.Method),
        });
        var core = frames.Core(options, registry);
        var host = new CallHost<FrameRequest, Frame>(core, NullLogger.Instance);
        var call = new FrameCall(frames, core, "order.place", new() { ["symbol"] = "BTCUSDT", ["side"] = "BUY", ["type"] = "MARKET", ["quantity"] = "0.001", ["newClientOrderId"] = "frame-1" });

        var running = host.RunAsync(call, CancellationToken.None);
        (await placed.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue("the order was sent");
        time.Advance(options.AttemptTimeout);
        var answer = await running.WaitAsync(TimeSpan.FromSeconds(30));

        answer.Status.ShouldBe(200);
        answer.Json.ShouldContain("\"status\":\"FILLED\"");
        answer.Reconciled.ShouldBe("found");
        frames.Sent.Count(r => r.Method == "order.place").ShouldBe(1, "an unknown outcome is looked up, never resent blindly");
        frames.Sent.Single(r => r.Method == "order.status").Parameters["origClientOrderId"].ShouldBe("frame-1");
        call.LastError.ShouldBeNull("no answer is not an error answer");
    }

    [Fact]
    public async Task NoAnswer_IsAnAttemptTimeout_OnTheOptionsClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = Harness.NewOptions(time, credentials: null);
        options.AttemptTimeout = TimeSpan.FromSeconds(5);
        using var registry = new BinanceLimitRegistry();
        var sent = new SemaphoreSlim(0);
        var frames = new FrameTransport(_ => NeverAnswered(sent));
        var core = frames.Core(options, registry);

        var attempt = core.AttemptAsync(frames.Request("depth"), frames.State("depth", 2, RequestIntent.Read), CancellationToken.None).AsTask();
        (await sent.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue();
        time.Advance(TimeSpan.FromSeconds(4));
        attempt.IsCompleted.ShouldBeFalse("4 s of a 5 s timeout");
        time.Advance(TimeSpan.FromSeconds(1));

        var outcome = await attempt.WaitAsync(TimeSpan.FromSeconds(30));
        var timeout = outcome.Exception.ShouldBeOfType<TimeoutRejectedException>();
        timeout.Timeout.ShouldBe(TimeSpan.FromSeconds(5));
        frames.IsNoAnswer(timeout).ShouldBeTrue();
    }

    private static async Task<Frame> NeverAnswered(SemaphoreSlim sent, CancellationToken cancellationToken = default)
    {
        sent.Release();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>A request as the WebSocket API has them: a method and its parameters; the id is the transport's.</summary>
    public sealed class FrameRequest(string method, Dictionary<string, string> parameters)
    {
        public string Method { get; } = method;

        public Dictionary<string, string> Parameters { get; } = parameters;

        public long? Timestamp => Parameters.TryGetValue("timestamp", out var t) ? long.Parse(t, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>An answer frame: the status, the result (or error) object, the counts; and how the core settled it.</summary>
    public sealed record Frame(int Status, string Json, IReadOnlyList<BinanceLimitUsage>? RateLimits = null)
    {
        public string? Reconciled { get; set; }
    }

    /// <summary>The send step over frames, answered in process by <paramref name="answer"/>.</summary>
    private sealed class FrameTransport(Func<FrameRequest, Task<Frame>> answer) : ICallTransport<FrameRequest, Frame>, IResponseReader<Frame>, IRequestSigner<FrameRequest>
    {
        private static readonly Uri Endpoint = new("wss://ws-api.test/ws-api/v3");
        private BinanceClientOptions? _options;
        private BinanceLimitRegistry? _registry;

        public List<FrameRequest> Sent { get; } = [];

        public CallCore<FrameRequest, Frame> Core(BinanceClientOptions options, BinanceLimitRegistry registry)
        {
            (_options, _registry) = (options, registry);
            return new CallCore<FrameRequest, Frame>(options, registry, NullLogger.Instance, CallSteps.All, this, this, this);
        }

        public FrameRequest Request(string method, Dictionary<string, string>? parameters = null) => new(method, parameters ?? []);

        public CallState State(string method, int weight, RequestIntent intent, bool signed = false) => new(Facts(method, weight, intent, signed));

        public static RequestFacts Facts(string method, int weight, RequestIntent intent, bool signed) =>
            new(new EndpointInfo(weight, signed, intent), Endpoint.Authority, weight, signed, intent == RequestIntent.PlaceOrder ? OrderCountCost.One : OrderCountCost.None, UserStream: false, method, Endpoint);

        public Task<Frame> SendAsync(FrameRequest request, CallState state, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add(request);
            }

            return answer(request).WaitAsync(cancellationToken);
        }

        public bool IsNoAnswer(Exception exception) => exception is TimeoutRejectedException or OperationCanceledException or IOException;

        public Outgoing<FrameRequest> ServerTime(CallState like) => new(Request("time"), State("time", 1, RequestIntent.Read));

        public Outgoing<FrameRequest> ExchangeInfo(CallState like) => new(Request("exchangeInfo"), State("exchangeInfo", 20, RequestIntent.Read));

        public bool Succeeded(Frame response) => response.Status == 200;

        public ValueTask<BinanceError> ClassifyAsync(Frame response, RequestIntent intent, CancellationToken cancellationToken) =>
            new(BinanceErrorClassifier.Classify(_options!.Venue, response.Status, Encoding.UTF8.GetBytes(response.Json), default, intent, _options.TimeProvider));

        public int ReadUsage(Frame response, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more)
        {
            more = null;
            var counts = response.RateLimits ?? [];
            for (var i = 0; i < counts.Count; i++)
            {
                found[i] = counts[i];
            }

            return counts.Count;
        }

        public ValueTask<ReadOnlyMemory<byte>> ReadResultAsync(Frame response, CancellationToken cancellationToken) => new(Encoding.UTF8.GetBytes(response.Json));

        public void Release(Frame response)
        {
        }

        public ValueTask SignAsync(FrameRequest request, CallState state, CancellationToken cancellationToken)
        {
            if (state.Signed)
            {
                var timestamp = state.Clock(_registry!, _options!.Venue, _options.TimeProvider).NowMs;
                request.Parameters["timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture);
                request.Parameters["signature"] = _options.Credentials!.Sign(string.Join('&', request.Parameters.Where(p => p.Key != "signature").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>An order call over frames: a fresh request per attempt, looked up with <c>order.status</c> by client order id.</summary>
    private sealed class FrameCall : ExchangeCall<FrameRequest, Frame>
    {
        private readonly FrameTransport _frames;
        private readonly Dictionary<string, string> _parameters;

        public FrameCall(FrameTransport frames, CallCore<FrameRequest, Frame> core, string method, Dictionary<string, string> parameters)
            : base(FrameTransport.Facts(method, 1, RequestIntent.PlaceOrder, signed: true), core)
        {
            _frames = frames;
            _parameters = parameters;
            Symbol = parameters["symbol"];
            ClientOrderId = parameters["newClientOrderId"];
        }

        public override long RecvWindowMs => 5000;

        public override Outgoing<FrameRequest> LookUp() =>
            new(_frames.Request("order.status", new() { ["symbol"] = Symbol!, ["origClientOrderId"] = ClientOrderId! }), _frames.State("order.status", 4, RequestIntent.Read, signed: true));

        public override BinanceOrderIntent Intent(DateTimeOffset now) => throw new NotSupportedException("not journalled");

        public override Frame Settled(Frame response, string result, bool reconciled)
        {
            response.Reconciled = reconciled ? result : null;
            return response;
        }

        protected override FrameRequest NextAttempt() => _frames.Request(Operation, new(_parameters));
    }
}
