using System.Text;
using BinanceErrors.Http.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Http.Tests;

/// <summary>The in-process alert hook on fake time: thresholds per code and per kind, sliding windows, isolation, DI.</summary>
public sealed class BinanceErrorAlertsTests
{
    private static readonly BinanceError ClockSkew = Classify(BinanceVenue.Spot, 400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");
    private static readonly BinanceError Rejected = Classify(BinanceVenue.Spot, 400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""");
    private static readonly BinanceError WeightLimit = Classify(BinanceVenue.Spot, 429, """{"code":-1003,"msg":"Too many requests queued."}""");
    private static readonly BinanceError OrderLimit = Classify(BinanceVenue.Spot, 429, """{"code":-1015,"msg":"Too many new orders."}""");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private readonly BinanceLimitRegistry _registry = new();
    private readonly CollectingLoggerProvider _logs = new();
    private readonly List<BinanceErrorAlertEventArgs> _raised = [];

    [Fact]
    public void CodeThreshold_RaisesOnceWhenPassed_AndAgainOnlyAfterFallingBack()
    {
        using var alerts = Start(o => o.ForCode(-1021, 2, TimeSpan.FromMinutes(1)));
        Record(ClockSkew, ClockSkew);
        _raised.ShouldBeEmpty("two is the threshold, not above it");

        _time.Advance(TimeSpan.FromSeconds(10));
        Record(ClockSkew);
        var alert = _raised.ShouldHaveSingleItem();
        alert.Count.ShouldBe(3);
        alert.LastError.Code.ShouldBe(-1021);
        alert.RaisedAt.ShouldBe(_time.GetUtcNow());
        alert.Threshold.Code.ShouldBe(-1021);
        _logs.Lines.ShouldHaveSingleItem().ShouldContain("Warning");
        _logs.Lines.Single().ShouldContain("code -1021 3 times within 60 s, above the threshold 2");
        _logs.Lines.Single().ShouldContain("Venue=Spot");

        Record(ClockSkew, ClockSkew);
        _raised.Count.ShouldBe(1, "still above: no second alert");

        // The window slides past them all; one alone is below again, and passing again raises again.
        _time.Advance(TimeSpan.FromMinutes(1));
        Record(ClockSkew);
        _raised.Count.ShouldBe(1);
        Record(ClockSkew, ClockSkew);
        _raised.Count.ShouldBe(2);
    }

    [Fact]
    public void Window_ExpiresErrorsOlderThanIt()
    {
        using var alerts = Start(o => o.ForCode(-1021, 2, TimeSpan.FromMinutes(1)));
        Record(ClockSkew);
        _time.Advance(TimeSpan.FromSeconds(31));
        Record(ClockSkew);
        _time.Advance(TimeSpan.FromSeconds(29));
        Record(ClockSkew);
        _raised.ShouldBeEmpty("the first left the window at exactly one minute");

        // At 91 s the one of 31 s leaves too: 60 s and 91 s are two. A second at 91 s makes three within a minute.
        _time.Advance(TimeSpan.FromSeconds(31));
        Record(ClockSkew);
        _raised.ShouldBeEmpty();
        Record(ClockSkew);
        _raised.ShouldHaveSingleItem().Count.ShouldBe(3);
    }

    [Fact]
    public void EveryCodeThreshold_CountsEachCodeApart()
    {
        using var alerts = Start(o => o.ForEveryCode(2, TimeSpan.FromMinutes(10)));
        Record(ClockSkew, ClockSkew, Rejected, Rejected, WeightLimit, WeightLimit);
        _raised.ShouldBeEmpty("six errors, but no code above two");

        Record(Rejected);
        var alert = _raised.ShouldHaveSingleItem();
        alert.LastError.Code.ShouldBe(-2010);
        alert.Count.ShouldBe(3);
    }

    [Fact]
    public void KindThreshold_CountsTheKindsCodesTogether_AndVenuesApart()
    {
        OrderLimit.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        using var alerts = Start(o => o.ForKind(BinanceErrorKind.RateLimited, 1, TimeSpan.FromMinutes(10)));
        Record(WeightLimit, ClockSkew, Classify(BinanceVenue.UsdMFutures, 429, """{"code":-1003,"msg":"Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}"""));
        _raised.ShouldBeEmpty("one per venue; the -1021 is another kind");

        Record(OrderLimit);
        var alert = _raised.ShouldHaveSingleItem();
        alert.Count.ShouldBe(2);
        alert.LastError.Venue.ShouldBe(BinanceVenue.Spot);
        _logs.Lines.Single().ShouldContain("kind RateLimited 2 times");
    }

    [Fact]
    public void Dispose_StopsListening()
    {
        var alerts = Start(o => o.ForCode(-2010, 0, TimeSpan.FromMinutes(1)));
        alerts.Dispose();
        Record(Rejected);
        _raised.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(-1, 60)]
    [InlineData(5, 0)]
    public void InvalidThresholds_AreRefused(int count, int windowSeconds) =>
        Should.Throw<ArgumentException>(() => new BinanceErrorAlerts(_registry, new BinanceErrorAlertOptions().ForCode(-1021, count, TimeSpan.FromSeconds(windowSeconds))))
            .Message.ShouldContain("Count must be from 0 to 100000 and Window more than zero");

    [Fact]
    public async Task AddBinanceErrorAlerts_ListensToTheContainersRegistry_FromHostStart_OnTheContainersClock()
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_logs))
            .AddSingleton<TimeProvider>(_time)
            .AddBinanceErrorAlerts(o => o.ForCode(-1021, 1, TimeSpan.FromMinutes(5)));
        services.AddHttpClient("spot").AddBinanceResilience();
        await using var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var registry = provider.GetRequiredService<BinanceLimitRegistry>();
        var alerts = provider.GetRequiredService<BinanceErrorAlerts>();
        alerts.Raised += (_, e) => _raised.Add(e);
        Record(registry, ClockSkew);
        _time.Advance(TimeSpan.FromMinutes(4));
        Record(registry, ClockSkew);
        _raised.ShouldHaveSingleItem().RaisedAt.ShouldBe(_time.GetUtcNow());
        _logs.Lines.ShouldContain(l => l.Contains("BinanceErrors.Http.BinanceErrorAlerts", StringComparison.Ordinal) && l.Contains("above the threshold 1", StringComparison.Ordinal));
    }

    private BinanceErrorAlerts Start(Action<BinanceErrorAlertOptions> configure)
    {
        var options = new BinanceErrorAlertOptions();
        configure(options);
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs));
        var alerts = new BinanceErrorAlerts(_registry, options, _time, factory.CreateLogger<BinanceErrorAlerts>());
        alerts.Raised += (sender, e) =>
        {
            sender.ShouldBeSameAs(alerts);
            _raised.Add(e);
        };
        return alerts;
    }

    private void Record(params BinanceError[] errors) => Record(_registry, errors);

    private void Record(BinanceLimitRegistry registry, params BinanceError[] errors)
    {
        foreach (var error in errors)
        {
            registry.Metrics.Error(error, "POST", "/api/v3/order", "symbol=BTCUSDT", _time);
        }
    }

    private static BinanceError Classify(BinanceVenue venue, int status, string body) =>
        BinanceErrorClassifier.Classify(venue, status, Encoding.UTF8.GetBytes(body));
}
