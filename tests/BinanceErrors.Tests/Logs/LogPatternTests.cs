using BinanceErrors.Logs;

namespace BinanceErrors.Tests.Logs;

/// <summary>Each pattern the summary names, from the sequences that make it (real ones where a real log shows it), and its near misses.</summary>
public sealed class LogPatternTests
{
    // https://github.com/ccxt/ccxt/pull/2068: a bot retrying with back-off through 429s into a ban, and on during it.
    private const string Ccxt429 = "Network related error: binance 429 Too Many Requests {\"code\":-1003,\"msg\":\"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.\"} <class 'ccxt.base.errors.DDoSProtection'>";
    private const string Ccxt418 = "Network related error: binance 418 I'm a Teapot {\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1519726649240. Please use the websocket for live updates to avoid bans.\"} <class 'ccxt.base.errors.DDoSProtection'>";

    [Fact]
    public void BanAfterRateLimits_IsTheBanAndThe429sBeforeIt()
    {
        var scan = LogScan.OfLines(Ccxt429, "Sleeping for 2 seconds...", Ccxt429, "Sleeping for 4 seconds...", Ccxt418, "Sleeping for 8 seconds...", Ccxt418, "Sleeping for 16 seconds...", Ccxt418);

        var polling = scan.Pattern(LogPatternKind.BanAfterRateLimits);
        polling.Summary.ShouldBe("418 after 2 × 429: you are polling");
        polling.Count.ShouldBe(2);
        (polling.FirstLine, polling.LastLine).ShouldBe((1L, 5L));
        polling.Advice.ShouldContain("WebSocket");

        var duringBan = scan.Pattern(LogPatternKind.TrafficDuringBan);
        duringBan.Count.ShouldBe(2);
        (duringBan.FirstLine, duringBan.LastLine).ShouldBe((7L, 9L));
        scan.Summary.Patterns.ShouldNotContain(p => p.Kind == LogPatternKind.RepeatedRateLimits);
    }

    [Fact]
    public void ABanWithout429sBeforeIt_IsNoPollingPattern()
    {
        LogScan.OfLines(Ccxt418).Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void TheBanEnds_WhenItsTimeHasPassed_SoALaterBanIsANewOne()
    {
        // Ban until 1519726649240 = 2018-02-27T10:17:29.240Z; the third line is after it.
        var scan = LogScan.OfLines(
            "2018-02-27T10:15:00Z " + Ccxt429,
            "2018-02-27T10:15:10Z " + Ccxt418,
            "2018-02-27T10:20:00Z " + Ccxt418);

        scan.Pattern(LogPatternKind.BanAfterRateLimits).Summary.ShouldBe("418 after 1 × 429: you are polling");
        scan.Summary.Patterns.ShouldNotContain(p => p.Kind == LogPatternKind.TrafficDuringBan);
    }

    [Fact]
    public void RepeatedRateLimits_ThreeOrMoreWithoutABan()
    {
        LogScan.OfLines(Ccxt429, Ccxt429).Summary.Patterns.ShouldBeEmpty();

        var scan = LogScan.OfLines(Ccxt429, Ccxt429, Ccxt429);

        scan.Pattern(LogPatternKind.RepeatedRateLimits).Summary.ShouldBe("3 × 429 and no ban yet: the next step is a ban");
    }

    [Fact]
    public void ClockDrift_IsRecurring1021_WithItsAverageInterval()
    {
        // The -1021 line is the hummingbot/python-binance form from https://github.com/CyberPunkMetalHead/Binance-volatility-trading-bot/issues/21.
        const string skew = "APIError(code=-1021): Timestamp for this request is outside of the recvWindow.";
        var scan = LogScan.OfLines(
            "2024-03-01 10:00:00,000 - bot - ERROR - " + skew,
            "2024-03-01 10:03:00,000 - bot - INFO - bought",
            "2024-03-01 10:04:00,000 - bot - ERROR - " + skew,
            "2024-03-01 10:08:00,000 - bot - ERROR - " + skew);

        var drift = scan.Pattern(LogPatternKind.ClockDrift);
        drift.Summary.ShouldBe("-1021 3 times, every 4 min on average (2024-03-01T10:00:00.000 to 2024-03-01T10:08:00.000): the clock drifts");
        (drift.FirstLine, drift.LastLine, drift.Count).ShouldBe((1L, 4L, 3L));
        drift.Advice.ShouldContain("recvWindow");
    }

    [Fact]
    public void ClockDrift_NeedsThreeOccurrences_AndSaysSoWithoutTimes()
    {
        const string skew = "APIError(code=-1021): Timestamp for this request was 1000ms ahead of the server's time.";
        LogScan.OfLines(skew, skew).Summary.Patterns.ShouldBeEmpty();

        LogScan.OfLines(skew, skew, skew).Pattern(LogPatternKind.ClockDrift).Summary
            .ShouldBe("-1021 3 times: the clock drifts (or recvWindow is too small for the latency)");
    }

    [Fact]
    public void SizingLoop_Is2010AfterARunOf1013()
    {
        const string lotSize = "binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: LOT_SIZE";
        const string balance = "binance.exceptions.BinanceAPIException: APIError(code=-2010): Account has insufficient balance for requested action.";

        var scan = LogScan.OfLines(lotSize, lotSize, lotSize, lotSize, balance);

        var loop = scan.Pattern(LogPatternKind.SizingLoop);
        loop.Summary.ShouldBe("-2010 after -1013 × 4: a sizing bug retried in a loop");
        (loop.FirstLine, loop.LastLine).ShouldBe((1L, 5L));
        loop.Advice.ShouldContain("stepSize");
        scan.Summary.Patterns.ShouldNotContain(p => p.Kind == LogPatternKind.RejectionLoop);

        LogScan.OfLines(lotSize, lotSize, balance).Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void RejectionLoop_IsTheSameRejectionFiveTimesInARow()
    {
        // https://github.com/ccxt/binance-trade-bot/issues/159: the same -2013 every few seconds.
        const string notExist = "{\"log\":\"2021-03-01 04:32:30,244 - crypto_trader_logger - INFO - APIError(code=-2013): Order does not exist.\\n\",\"stream\":\"stderr\",\"time\":\"2021-03-01T04:32:30.244799819Z\"}";
        var scan = LogScan.OfLines(notExist, notExist, notExist, notExist, notExist);

        var loop = scan.Pattern(LogPatternKind.RejectionLoop);
        loop.Summary.ShouldBe("-2013 NO_SUCH_ORDER 5 times in a row: a rejection retried unchanged");
        loop.Count.ShouldBe(5);

        LogScan.OfLines(notExist, notExist, notExist, notExist).Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void RetryableErrors_RepeatedAreNoRejectionLoop()
    {
        const string disconnected = "APIError(code=-1001): Internal error; unable to process your request. Please try again.";

        LogScan.OfLines(Enumerable.Repeat(disconnected, 6).ToArray()).Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void AnUnknownOutcomeOnAnOrder_WithNoLookupAfter_IsReported()
    {
        var scan = LogScan.OfLines(
            "2024-03-01 10:00:00 DEBUG POST https://api.binance.com/api/v3/order symbol=BTCUSDT side=BUY",
            "2024-03-01 10:00:10 ERROR binance 503 Service Unavailable {\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server. Send status unknown; execution status unknown.\"}",
            "2024-03-01 10:00:11 INFO retrying");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Intent.ShouldBe(RequestIntent.PlaceOrder);
        occurrence.Error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        var pattern = scan.Pattern(LogPatternKind.UnknownOutcomeNotReconciled);
        pattern.Summary.ShouldBe("1 order request with an unknown outcome (5XX, -1006, -1007) and no lookup after: an order may exist that the bot does not know");
        pattern.Advice.ShouldContain("origClientOrderId");
    }

    [Fact]
    public void AnUnknownOutcome_FollowedByALookup_IsReconciled()
    {
        var scan = LogScan.OfLines(
            "2024-03-01 10:00:00 DEBUG POST https://api.binance.com/api/v3/order symbol=BTCUSDT side=BUY",
            "2024-03-01 10:00:10 ERROR binance 502 Bad Gateway",
            "2024-03-01 10:00:11 DEBUG GET https://api.binance.com/api/v3/order?symbol=BTCUSDT&origClientOrderId=abc");

        scan.Occurrences.ShouldHaveSingleItem().Error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        scan.Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void AnUnknownOutcomeOnARead_IsNoOrderRisk()
    {
        var scan = LogScan.OfLines(
            "2024-03-01 10:00:00 DEBUG GET https://api.binance.com/api/v3/depth?symbol=BTCUSDT",
            "2024-03-01 10:00:10 ERROR binance 504 Gateway Timeout");

        scan.Occurrences.ShouldHaveSingleItem().Intent.ShouldBe(RequestIntent.Read);
        scan.Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void TheSummary_CountsByCodeAndKind_AndKnowsTheFirstAndLastTimes()
    {
        var scan = LogScan.OfLines(
            "2024-03-01 10:00:00 x APIError(code=-1013): Filter failure: LOT_SIZE",
            "2024-03-01 10:05:00 x APIError(code=-2010): Account has insufficient balance for requested action.",
            "2024-03-01 10:06:00 x APIError(code=-1013): Filter failure: MIN_NOTIONAL",
            "no time here x APIError(code=-1013): Filter failure: LOT_SIZE");

        var summary = scan.Summary;
        summary.Occurrences.ShouldBe(4);
        summary.Lines.ShouldBe(4);
        (summary.FirstLine, summary.LastLine).ShouldBe((1L, 4L));
        summary.FirstSeen.ToString().ShouldBe("2024-03-01T10:00:00.000");
        summary.LastSeen.ToString().ShouldBe("2024-03-01T10:06:00.000");
        var filter = summary.ByCode[0];
        (filter.Code, filter.Count, filter.FirstLine, filter.LastLine, filter.Name).ShouldBe((-1013, 3L, 1L, 4L, "INVALID_MESSAGE"));
        filter.LastSeen.ToString().ShouldBe("2024-03-01T10:06:00.000");
        summary.ByCode[1].Code.ShouldBe(-2010);
        summary.ByKind.ShouldBe([new LogKindCount(BinanceErrorKind.FilterRejected, 3), new LogKindCount(BinanceErrorKind.InsufficientBalance, 1)]);
    }
}
