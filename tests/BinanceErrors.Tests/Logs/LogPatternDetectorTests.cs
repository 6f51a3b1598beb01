using System.Globalization;
using BinanceErrors.Logs;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// The pattern counters at their limits: how long a run must be, when a ban ends, how an interval is worded, how
/// several episodes add up, and what the per-code and per-kind counts are ordered by.
/// </summary>
public sealed class LogPatternDetectorTests
{
    // ccxt's 429 and 418 lines (https://github.com/ccxt/ccxt/pull/2068); the ban ends at 1519726649240 = 2018-02-27T10:17:29.240Z.
    private const string Ccxt429 = "Network related error: binance 429 Too Many Requests {\"code\":-1003,\"msg\":\"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.\"} <class 'ccxt.base.errors.DDoSProtection'>";
    private const string Ccxt418 = "Network related error: binance 418 I'm a Teapot {\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1519726649240. Please use the websocket for live updates to avoid bans.\"} <class 'ccxt.base.errors.DDoSProtection'>";

    // The python-binance -1021 line (https://github.com/CyberPunkMetalHead/Binance-volatility-trading-bot/issues/21).
    private const string Skew = "APIError(code=-1021): Timestamp for this request is outside of the recvWindow.";

    private const string LotSize = "binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: LOT_SIZE";
    private const string MinNotional = "binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: MIN_NOTIONAL";
    private const string Balance = "binance.exceptions.BinanceAPIException: APIError(code=-2010): Account has insufficient balance for requested action.";
    private const string NotExist = "binance.exceptions.BinanceAPIException: APIError(code=-2013): Order does not exist.";

    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(89, "89 s")]
    [InlineData(90, "2 min")]
    [InlineData(89 * 60, "89 min")]
    [InlineData(90 * 60, "1.5 h")]
    [InlineData(47 * 3600, "47 h")]
    [InlineData(48 * 3600, "2 days")]
    [InlineData(84 * 3600, "3.5 days")]
    public void ClockDrift_SaysTheAverageIntervalInAFittingUnit(int seconds, string every)
    {
        var start = new DateTime(2024, 3, 1, 10, 0, 0);
        var times = Enumerable.Range(0, 3).Select(i => start.AddSeconds(i * seconds)).ToArray();

        var scan = LogScan.OfLines([.. times.Select(t => t.ToString("yyyy-MM-dd HH:mm:ss,fff", CultureInfo.InvariantCulture) + " - bot - ERROR - " + Skew)]);

        scan.Pattern(LogPatternKind.ClockDrift).Summary.ShouldBe(
            $"-1021 3 times, every {every} on average ({times[0]:yyyy-MM-dd'T'HH:mm:ss.fff} to {times[2]:yyyy-MM-dd'T'HH:mm:ss.fff}): the clock drifts");
    }

    [Fact]
    public void ClockDrift_AllAtOneTime_OrWithOneTime_HasNoInterval()
    {
        const string NoInterval = "-1021 3 times: the clock drifts (or recvWindow is too small for the latency)";
        var sameTime = LogScan.OfLines("2024-03-01 10:00:00 " + Skew, "2024-03-01 10:00:00 " + Skew, "2024-03-01 10:00:00 " + Skew);
        var oneTime = LogScan.OfLines(Skew, "2024-03-01 10:00:00 " + Skew, Skew);

        sameTime.Pattern(LogPatternKind.ClockDrift).Summary.ShouldBe(NoInterval);
        oneTime.Pattern(LogPatternKind.ClockDrift).Summary.ShouldBe(NoInterval);
    }

    [Fact]
    public void ClockDrift_IntervalIsFromTheFirstToTheLastTimedOne()
    {
        // Four -1021s, the second without a time: from 10:00 to 10:09 over three intervals is 3 min.
        var scan = LogScan.OfLines("2024-03-01 10:00:00 " + Skew, "x " + Skew, "2024-03-01 10:04:00 " + Skew, "2024-03-01 10:09:00 " + Skew);

        var drift = scan.Pattern(LogPatternKind.ClockDrift);
        drift.Summary.ShouldBe("-1021 4 times, every 3 min on average (2024-03-01T10:00:00.000 to 2024-03-01T10:09:00.000): the clock drifts");
        (drift.Count, drift.FirstLine, drift.LastLine).ShouldBe((4L, 1L, 4L));
    }

    [Fact]
    public void OneMoreRequestDuringABan_IsSaidInTheSingular()
    {
        var scan = LogScan.OfLines(Ccxt429, Ccxt418, Ccxt418);

        var during = scan.Pattern(LogPatternKind.TrafficDuringBan);
        during.Summary.ShouldBe("1 more request answered 418 during the ban: each one can lengthen it");
        (during.Count, during.FirstLine, during.LastLine).ShouldBe((1L, 3L, 3L));
        during.Advice.ShouldBe("While the IP is banned, send nothing until the ban ends (the 'banned until' time or Retry-After): repeated bans grow from 2 minutes up to 3 days.");
    }

    [Fact]
    public void MoreRequestsDuringABan_AreSaidInThePlural()
    {
        var scan = LogScan.OfLines(Ccxt429, Ccxt418, Ccxt418, Ccxt418);

        scan.Pattern(LogPatternKind.TrafficDuringBan).Summary.ShouldBe("2 more requests answered 418 during the ban: each one can lengthen it");
    }

    [Fact]
    public void A418DuringTheBan_DoesNotMoveItsEnd()
    {
        // The second 418 states a later end (10:22:29.240Z) but comes during the ban that ends at 10:17:29.240Z: the
        // third, at 10:18, is a new ban, not more traffic during the first.
        var later = Ccxt418.Replace("1519726649240", "1519726949240", StringComparison.Ordinal);

        var scan = LogScan.OfLines("2018-02-27T10:15:10Z " + Ccxt418, "2018-02-27T10:16:00Z " + later, "2018-02-27T10:18:00Z " + Ccxt418);

        var during = scan.Pattern(LogPatternKind.TrafficDuringBan);
        (during.Count, during.FirstLine, during.LastLine).ShouldBe((1L, 2L, 2L));
    }

    [Fact]
    public void ACodeUnderDifferentStatuses_IsCountedOnce_WithoutAStatus()
    {
        // -1003 answered with 429, then with 418: one code, counted twice; the status keys only errors without a code.
        var scan = LogScan.OfLines(Ccxt429, Ccxt418);

        scan.Summary.ByCode.Select(c => (c.Code, c.HttpStatus, c.Count, c.FirstLine, c.LastLine)).ShouldBe([(-1003, null, 2L, 1L, 2L)]);
    }

    [Fact]
    public void ARejectionWithArguments_RepeatedWithOtherValues_IsStillOneRun()
    {
        // The -4164 text with the notional the symbol needs (alpha-rptr's 100, and 20): one template, one run. (5.0 is a
        // template of its own.)
        const string Hundred = "binance.exceptions.BinanceAPIException: APIError(code=-4164): Order's notional must be no smaller than 100 (unless you choose reduce only)";
        const string Twenty = "binance.exceptions.BinanceAPIException: APIError(code=-4164): Order's notional must be no smaller than 20 (unless you choose reduce only)";

        var scan = LogScan.OfLines(Hundred, Twenty, Hundred, Twenty, Hundred);

        var loop = scan.Pattern(LogPatternKind.RejectionLoop);
        (loop.Count, loop.FirstLine, loop.LastLine).ShouldBe((5L, 1L, 5L));
        loop.Summary.ShouldBe("-4164 MIN_NOTIONAL 5 times in a row: a rejection retried unchanged");
    }

    [Theory]
    [InlineData("2018-02-27T10:17:29.239Z", true)]
    [InlineData("2018-02-27T10:17:29.240Z", false)]
    public void TheBanEnds_AtTheStatedTime(string second, bool during)
    {
        var scan = LogScan.OfLines("2018-02-27T10:15:00Z " + Ccxt429, "2018-02-27T10:15:10Z " + Ccxt418, second + " " + Ccxt418);

        scan.Summary.Patterns.Any(p => p.Kind == LogPatternKind.TrafficDuringBan).ShouldBe(during);
    }

    [Theory]
    [InlineData("2024-03-01 10:01:59", true)]
    [InlineData("2024-03-01 10:02:00", false)]
    public void ABanWithoutAStatedEnd_EndsAfterItsRetryAfter(string second, bool during)
    {
        const string Teapot = " binance GET https://api.binance.com/api/v3/depth 418 I'm a teapot Retry-After: 120";

        var scan = LogScan.OfLines("2024-03-01 10:00:00" + Teapot, second + Teapot);

        scan.Occurrences[0].Error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        scan.Summary.Patterns.Any(p => p.Kind == LogPatternKind.TrafficDuringBan).ShouldBe(during);
    }

    [Fact]
    public void SeveralBansAfter429s_AreCountedAsEpisodes()
    {
        var scan = LogScan.OfLines(
            "2018-02-27T10:15:00Z " + Ccxt429,
            "2018-02-27T10:15:10Z " + Ccxt418,
            "2018-02-27T10:20:00Z " + Ccxt429,
            "2018-02-27T10:20:05Z " + Ccxt429,
            "2018-02-27T10:20:10Z " + Ccxt418);

        var polling = scan.Pattern(LogPatternKind.BanAfterRateLimits);
        polling.Summary.ShouldBe("2 bans (418) after 3 × 429 in all: you are polling");
        (polling.Count, polling.FirstLine, polling.LastLine).ShouldBe((3L, 1L, 5L));
        polling.Advice.ShouldStartWith("Requests kept coming after the exchange answered 429, so it banned the IP (418).");
    }

    [Fact]
    public void RepeatedRateLimits_AfterABan_CountOnlyThe429sSinceIt()
    {
        var scan = LogScan.OfLines(Ccxt418, "ok", Ccxt429, Ccxt429, Ccxt429);

        var repeated = scan.Pattern(LogPatternKind.RepeatedRateLimits);
        repeated.Summary.ShouldBe("3 × 429 and no ban yet: the next step is a ban");
        (repeated.Count, repeated.FirstLine, repeated.LastLine).ShouldBe((3L, 3L, 5L));
        repeated.Advice.ShouldStartWith("Honour Retry-After on every 429");
        scan.Summary.Patterns.ShouldNotContain(p => p.Kind == LogPatternKind.BanAfterRateLimits);
    }

    [Fact]
    public void RateLimitsThatEndInABan_AreNotAlsoAWarning()
    {
        var scan = LogScan.OfLines(Ccxt429, Ccxt429, Ccxt429, Ccxt418);

        scan.Summary.Patterns.Select(p => p.Kind).ShouldBe([LogPatternKind.BanAfterRateLimits]);
        scan.Pattern(LogPatternKind.BanAfterRateLimits).Summary.ShouldBe("418 after 3 × 429: you are polling");
    }

    [Fact]
    public void SizingLoop_StartsAtThree1013s()
    {
        var scan = LogScan.OfLines("ok", LotSize, LotSize, LotSize, Balance);

        var loop = scan.Pattern(LogPatternKind.SizingLoop);
        loop.Summary.ShouldBe("-2010 after -1013 × 3: a sizing bug retried in a loop");
        (loop.Count, loop.FirstLine, loop.LastLine).ShouldBe((3L, 2L, 5L));
    }

    [Fact]
    public void SizingLoop_EndingInABalanceMessageWithoutCode_NamesIt()
    {
        // ccxt prints the message alone (https://github.com/freqtrade/freqtrade/issues/3499).
        var scan = LogScan.OfLines(LotSize, LotSize, LotSize, "ccxt.base.errors.InsufficientFunds: binance Account has insufficient balance for requested action.");

        scan.Pattern(LogPatternKind.SizingLoop).Summary.ShouldBe("insufficient balance after -1013 × 3: a sizing bug retried in a loop");
    }

    [Fact]
    public void AFilterRun_IsOneFilter_ADifferentFilterStartsANewRun()
    {
        // -1013 for LOT_SIZE then for MIN_NOTIONAL: two runs of two, neither a sizing loop.
        LogScan.OfLines(LotSize, LotSize, MinNotional, MinNotional, Balance).Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void RejectionLoop_SaysTheKindAndTheCodesHint()
    {
        var scan = LogScan.OfLines(Enumerable.Repeat(NotExist, 5).ToArray());

        var loop = scan.Pattern(LogPatternKind.RejectionLoop);
        var definition = BinanceErrorCatalog.For(BinanceVenue.Spot).Definitions.Single(d => d.Code == -2013);
        loop.Advice.ShouldBe("The exchange refuses this request for a reason a retry cannot change (OrderNotFound); stop resending it and fix the request. " + definition.Hint);
    }

    [Fact]
    public void RejectionLoops_OfOneCode_AddUp_AndARunCutByAnotherErrorStartsAgain()
    {
        var lines = Enumerable.Repeat(NotExist, 5).Append(LotSize).Concat(Enumerable.Repeat(NotExist, 6)).Append(Balance)
            .Concat(Enumerable.Repeat(NotExist, 4)).ToArray();

        var scan = LogScan.OfLines(lines);

        var loop = scan.Pattern(LogPatternKind.RejectionLoop);
        loop.Summary.ShouldBe("-2013 NO_SUCH_ORDER 11 times in a row: a rejection retried unchanged");
        (loop.Count, loop.FirstLine, loop.LastLine).ShouldBe((11L, 1L, 12L));
    }

    [Fact]
    public void RejectionLoop_OfAMessageWithoutCode_IsNamedByItsReason()
    {
        // Binance is named on the first line only; the matching engine's text has no one code.
        var lines = new[] { "binance connected" }.Concat(Enumerable.Repeat("ERROR order rejected: Account has insufficient balance for requested action.", 5)).ToArray();

        var scan = LogScan.OfLines(lines);

        scan.Occurrences[0].Error.Code.ShouldBeNull();
        scan.Summary.ByCode.Single().Name.ShouldBe("InsufficientBalance");
        var loop = scan.Pattern(LogPatternKind.RejectionLoop);
        loop.Summary.ShouldBe("InsufficientBalance 5 times in a row: a rejection retried unchanged");
        loop.Advice.ShouldBe("The exchange refuses this request for a reason a retry cannot change (InsufficientBalance); stop resending it and fix the request.");
    }

    [Fact]
    public void RejectionLoop_OfAMessageWithoutCode_IsNamedByItsReason_NotItsKind()
    {
        // The matching engine's "Unknown order sent." has no one code (-2011 and -2013 send it): its reason, not its kind (OrderNotFound).
        var lines = new[] { "binance connected" }.Concat(Enumerable.Repeat("ERROR cancel rejected: Unknown order sent.", 5)).ToArray();

        var scan = LogScan.OfLines(lines);

        scan.Occurrences[0].Error.Kind.ShouldBe(BinanceErrorKind.OrderNotFound);
        scan.Pattern(LogPatternKind.RejectionLoop).Summary.ShouldBe("UnknownOrder 5 times in a row: a rejection retried unchanged");
    }

    [Fact]
    public void UnknownErrors_AndBans_RepeatedAreNoRejectionLoop()
    {
        // A code no catalog has, in a Binance body: classified Unknown.
        const string Unknown = "binance {\"code\":-29999,\"msg\":\"Something new.\"}";

        LogScan.OfLines(Enumerable.Repeat(Unknown, 5).ToArray()).Summary.Patterns.ShouldBeEmpty();
        LogScan.OfLines(Enumerable.Repeat("binance 403 Forbidden", 5).ToArray()).Summary.Patterns.ShouldBeEmpty();
    }

    [Fact]
    public void UnknownOutcomes_AreCountedUntilALookup()
    {
        const string Post = "2024-03-01 10:00:00 DEBUG POST https://api.binance.com/api/v3/order symbol=BTCUSDT side=BUY";
        const string Timeout = "2024-03-01 10:00:10 ERROR binance 503 Service Unavailable {\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server. Send status unknown; execution status unknown.\"}";
        const string Lookup = "2024-03-01 10:00:11 DEBUG GET https://api.binance.com/api/v3/order?symbol=BTCUSDT&origClientOrderId=abc";

        var scan = LogScan.OfLines(Post, Timeout, Lookup, Post, Timeout, Post, Timeout);

        var pattern = scan.Pattern(LogPatternKind.UnknownOutcomeNotReconciled);
        pattern.Summary.ShouldBe("2 order requests with an unknown outcome (5XX, -1006, -1007) and no lookup after: an order may exist that the bot does not know");
        (pattern.Count, pattern.FirstLine, pattern.LastLine).ShouldBe((2L, 5L, 7L));
    }

    [Fact]
    public void ByCode_IsMostFrequentFirst_ThenByFirstLine_AndStatusesWithoutCodeAreKeyedByStatus()
    {
        var scan = LogScan.OfLines(
            "x " + Balance,
            "2024-03-01 10:00:00 binance GET https://api.binance.com/api/v3/depth 503 Service Unavailable",
            "x " + LotSize,
            "2024-03-01 10:05:00 " + LotSize,
            "2024-03-01 10:06:00 binance GET https://api.binance.com/api/v3/depth 502 Bad Gateway",
            "x " + Balance,
            "2024-03-01 10:07:00 binance GET https://api.binance.com/api/v3/depth 503 Service Unavailable",
            "y " + LotSize);

        var byCode = scan.Summary.ByCode;
        byCode.Select(c => (c.Code, c.HttpStatus, c.Count, c.FirstLine, c.LastLine)).ShouldBe(
        [
            (-1013, null, 3L, 3L, 8L),
            (-2010, null, 2L, 1L, 6L),
            (null, 503, 2L, 2L, 7L),
            (null, 502, 1L, 5L, 5L),
        ]);
        byCode[0].Name.ShouldBe("INVALID_MESSAGE");
        byCode[1].Name.ShouldBe("NEW_ORDER_REJECTED");
        byCode[2].Name.ShouldBeNull();
        (byCode[0].FirstSeen?.ToString(), byCode[0].LastSeen?.ToString()).ShouldBe(("2024-03-01T10:05:00.000", "2024-03-01T10:05:00.000"));
        (byCode[1].FirstSeen, byCode[1].LastSeen).ShouldBe((null, null));
        (byCode[2].FirstSeen?.ToString(), byCode[2].LastSeen?.ToString()).ShouldBe(("2024-03-01T10:00:00.000", "2024-03-01T10:07:00.000"));
        byCode[2].Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);

        // Equal counts by kind: in the kinds' order, not in the order they were first seen.
        scan.Summary.ByKind.ShouldBe(
        [
            new LogKindCount(BinanceErrorKind.FilterRejected, 3),
            new LogKindCount(BinanceErrorKind.ExecutionUnknown, 3),
            new LogKindCount(BinanceErrorKind.InsufficientBalance, 2),
        ]);
        (scan.Summary.FirstSeen?.ToString(), scan.Summary.LastSeen?.ToString()).ShouldBe(("2024-03-01T10:00:00.000", "2024-03-01T10:07:00.000"));
    }

    [Fact]
    public void ACleanLog_HasAnEmptySummary()
    {
        var summary = LogScan.OfLines("2024-03-01 10:00:00 INFO started", "2024-03-01 10:00:01 INFO bought").Summary;

        (summary.Lines, summary.Occurrences, summary.FirstLine, summary.LastLine, summary.FirstSeen, summary.LastSeen).ShouldBe((2L, 0L, (long?)null, (long?)null, (LogTimestamp?)null, (LogTimestamp?)null));
        summary.ByCode.ShouldBeEmpty();
        summary.ByKind.ShouldBeEmpty();
        summary.Patterns.ShouldBeEmpty();
    }
}
