using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Http.Tests;

/// <summary>Window arithmetic, header and exchangeInfo parsing, the in-memory store and the clock offset, without a network.</summary>
public sealed class LimitArithmeticTests
{
    private static readonly BinanceLimitScope Scope = new(BinanceVenue.Spot, "egress-a");

    [Theory]
    [InlineData(1_763_700_000_000, 60_000, 1_763_700_000_000, 1_763_700_060_000)]
    [InlineData(1_763_700_059_999, 60_000, 1_763_700_000_000, 1_763_700_060_000)]
    [InlineData(1_763_700_005_000, 10_000, 1_763_700_000_000, 1_763_700_010_000)]
    [InlineData(1_763_700_010_000, 10_000, 1_763_700_010_000, 1_763_700_020_000)]
    [InlineData(1_763_700_000_000, 86_400_000, 1_763_683_200_000, 1_763_769_600_000)]
    public void Windows_AreFixedAndAlignedToTheEpoch(long now, long windowMs, long start, long end)
    {
        var window = new BinanceLimitWindow(BinanceLimitKind.RequestWeight, windowMs, 10);
        window.StartOf(now).ShouldBe(start);
        window.EndOf(now).ShouldBe(end);
    }

    [Theory]
    [InlineData("1M", 60_000)]
    [InlineData("10S", 10_000)]
    [InlineData("1D", 86_400_000)]
    [InlineData("1H", 3_600_000)]
    [InlineData("5m", 300_000)]
    public void HeaderSuffixes_ReadAndWriteTheSameWindows(string suffix, long windowMs)
    {
        LimitWindowText.TryParseSuffix(suffix, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(windowMs);
        LimitWindowText.Suffix(windowMs).ShouldBe(suffix.ToUpperInvariant());
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("0M")]
    [InlineData("1X")]
    [InlineData("-1M")]
    public void BadHeaderSuffixes_AreIgnored(string suffix) => LimitWindowText.TryParseSuffix(suffix, out _).ShouldBeFalse();

    [Fact]
    public void UsageHeaders_AreReadForEveryWindowTheExchangeReports()
    {
        using var response = new HttpResponseMessage();
        // Header names and values as in the Spot docs' "LIMITS" section.
        response.Headers.TryAddWithoutValidation("X-MBX-USED-WEIGHT-1M", "42");
        response.Headers.TryAddWithoutValidation("x-mbx-order-count-10s", "3");
        response.Headers.TryAddWithoutValidation("X-MBX-ORDER-COUNT-1D", "17");
        response.Headers.TryAddWithoutValidation("X-MBX-USED-WEIGHT-1Q", "5");
        response.Headers.TryAddWithoutValidation("X-MBX-USED-WEIGHT-1S", "many");
        response.Headers.TryAddWithoutValidation("Retry-After", "7");

        UsageHeaders.Read(response.Headers).ShouldBe(
        [
            new BinanceLimitUsage(BinanceLimitKind.RequestWeight, 60_000, 42),
            new BinanceLimitUsage(BinanceLimitKind.Orders, 10_000, 3),
            new BinanceLimitUsage(BinanceLimitKind.Orders, 86_400_000, 17),
        ]);
    }

    [Fact]
    public void ExchangeInfoRateLimits_BecomeWindows_AndUnknownEntriesAreSkipped()
    {
        // The rateLimits array of the Spot docs' exchangeInfo example, plus entries that must be skipped.
        var json = """
            {"timezone":"UTC","rateLimits":[
              {"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000},
              {"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50},
              {"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000},
              {"rateLimitType":"RAW_REQUESTS","interval":"MINUTE","intervalNum":5,"limit":300000},
              {"rateLimitType":"CONNECTIONS","interval":"MINUTE","intervalNum":5,"limit":300},
              {"rateLimitType":"ORDERS","interval":"FORTNIGHT","intervalNum":1,"limit":5},
              {"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":-1}
            ]}
            """u8;

        VenueLimits.Parse(json).ShouldBe(
        [
            new VenueLimit(BinanceLimitKind.RequestWeight, 60_000, 6000),
            new VenueLimit(BinanceLimitKind.Orders, 10_000, 50),
            new VenueLimit(BinanceLimitKind.Orders, 86_400_000, 160_000),
            new VenueLimit(BinanceLimitKind.RawRequests, 300_000, 300_000),
        ]);
        VenueLimits.Parse("{\"rateLimits\":[]}"u8).ShouldBeNull();
        VenueLimits.Parse("<html>"u8).ShouldBeNull();
        VenueLimits.Parse("[1,2]"u8).ShouldBeNull();
    }

    [Fact]
    public void InMemoryStore_ReservesUntilTheWindowIsFull_ThenSaysWhenItEnds()
    {
        var store = new InMemoryBinanceLimitStore();
        BinanceLimitWindow[] windows = [new(BinanceLimitKind.RequestWeight, 10_000, 10), new(BinanceLimitKind.Orders, 10_000, 2)];
        var now = 1_763_700_003_000L;

        store.TryReserve(new(Scope, "acct", 4, 1, 1, now, windows)).CanSend.ShouldBeTrue();
        store.TryReserve(new(Scope, "acct", 4, 1, 1, now, windows)).CanSend.ShouldBeTrue();
        store.TryReserve(new(Scope, "acct", 1, 1, 1, now, windows)).ShouldBe(new BinanceLimitDecision(false, 1_763_700_010_000, "order count 10S"));
        store.TryReserve(new(Scope, "other", 1, 1, 1, now, windows)).CanSend.ShouldBeTrue("order counts are per account");
        store.TryReserve(new(Scope, null, 2, 0, 0, now, windows)).ShouldBe(new BinanceLimitDecision(false, 1_763_700_010_000, "request weight 10S"), "weight is per IP group, key or not");
        store.UsedIn(Scope, windows[0], null, now).ShouldBe(9, "a refused reservation takes nothing");
        store.TryReserve(new(Scope, null, 10, 0, 0, 1_763_700_010_000, windows)).CanSend.ShouldBeTrue("a new window starts empty");
        store.TryReserve(new(Scope with { IpGroup = "egress-b" }, null, 10, 0, 0, now, windows)).CanSend.ShouldBeTrue("another IP group has its own windows");
    }

    [Fact]
    public void InMemoryStore_TakesHigherExchangeCounts_AndHaltsAndBansTheWholeScope()
    {
        var store = new InMemoryBinanceLimitStore();
        BinanceLimitWindow[] windows = [new(BinanceLimitKind.RequestWeight, 60_000, 100)];
        var now = 1_763_700_000_000L;
        store.TryReserve(new(Scope, null, 10, 0, 0, now, windows)).CanSend.ShouldBeTrue();

        store.Observe(Scope, null, now, [new BinanceLimitUsage(BinanceLimitKind.RequestWeight, 60_000, 95)]);
        store.UsedIn(Scope, windows[0], null, now).ShouldBe(95, "traffic the store did not see");
        store.Observe(Scope, null, now, [new BinanceLimitUsage(BinanceLimitKind.RequestWeight, 60_000, 3)]);
        store.UsedIn(Scope, windows[0], null, now).ShouldBe(95, "a lower count is reservations still in flight");

        store.Halt(Scope, now + 5000, banned: false);
        store.TryReserve(new(Scope, "acct", 1, 0, 0, now, windows)).ShouldBe(new BinanceLimitDecision(false, now + 5000, "429 halt"));
        store.Halt(Scope, now + 120_000, banned: true);
        store.TryReserve(new(Scope, "any", 1, 0, 0, now + 6000, windows)).ShouldBe(new BinanceLimitDecision(true, now + 120_000, "banned"));
        store.TryReserve(new(Scope, "any", 1, 0, 0, now + 120_000, [])).CanSend.ShouldBeTrue("the ban ends when it says");
    }

    [Fact]
    public void ServerClock_MeasuresTheOffsetAtTheMidpointOfTheRoundTrip()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_763_700_000_000));
        var clock = new ServerClock(time);
        clock.IsStale(TimeSpan.FromMinutes(10)).ShouldBeTrue("never measured");

        clock.Record(serverTimeMs: 1_763_700_000_550, sentMs: 1_763_700_000_000, receivedMs: 1_763_700_000_100).ShouldBe(500);

        clock.OffsetMs.ShouldBe(500);
        clock.NowMs.ShouldBe(1_763_700_000_500);
        clock.ToLocal(1_763_700_001_500).ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1_763_700_001_000));
        clock.IsStale(TimeSpan.FromMinutes(10)).ShouldBeFalse();
        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromMilliseconds(1));
        clock.IsStale(TimeSpan.FromMinutes(10)).ShouldBeTrue();
    }

    [Fact]
    public void Registry_KeepsOneClockPerVenueHostAndTimeProvider()
    {
        using var registry = new BinanceLimitRegistry();
        var fake = new FakeTimeProvider();
        registry.Clock(BinanceVenue.Spot, "a:1", fake).ShouldBeSameAs(registry.Clock(BinanceVenue.Spot, "a:1", fake));
        registry.Clock(BinanceVenue.Spot, "a:1", fake).ShouldNotBeSameAs(registry.Clock(BinanceVenue.Spot, "a:1", TimeProvider.System));
        registry.Clock(BinanceVenue.Spot, "a:1", fake).ShouldNotBeSameAs(registry.Clock(BinanceVenue.UsdMFutures, "a:1", fake));
    }

    [Theory]
    [InlineData("symbol=BTCUSDT&newClientOrderId=a%2Bb", "newClientOrderId", "a+b")]
    [InlineData("?symbol=BTCUSDT", "symbol", "BTCUSDT")]
    [InlineData("symbol=BTCUSDT", "side", null)]
    public void QueryText_ReadsUnescapedValues(string query, string name, string? expected) => QueryText.Get(query, name).ShouldBe(expected);

    [Fact]
    public void QueryText_EditsWithoutReencoding()
    {
        var query = QueryText.Without("?symbol=BTCUSDT&timestamp=1&price=1%2E5&signature=ab", "timestamp", "signature");
        query.ShouldBe("symbol=BTCUSDT&price=1%2E5");
        QueryText.Append(query, "timestamp", "2").ShouldBe("symbol=BTCUSDT&price=1%2E5&timestamp=2");
        QueryText.Append(string.Empty, "a", "b").ShouldBe("a=b");
    }

    [Fact]
    public void AccountIds_AreStableAndRevealNothing()
    {
        var id = LimitGate.AccountId("sandboxkey");
        id.ShouldBe(LimitGate.AccountId("sandboxkey"));
        id!.Length.ShouldBe(16);
        id.ShouldNotContain("sandbox");
        LimitGate.AccountId(null).ShouldBeNull();
    }
}
