using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// The classifier at its edges: HTTP status ranges, the digits of a ban instant, rate-limit windows, Retry-After in
/// both forms and out of range, and the advice for each kind and intent. Bodies quote the official docs.
/// </summary>
public sealed class ClassifierEdgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 20, 500, TimeSpan.Zero);

    private static BinanceError Classify(
        int? status,
        string body,
        RequestIntent intent = RequestIntent.Unspecified,
        BinanceVenue venue = BinanceVenue.Spot,
        DateTimeOffset? now = null,
        params (string Name, string Value)[] headers) =>
        TestResponse.Classify(venue, status, body, intent, new ManualTimeProvider(now ?? Now), headers);

    [Theory]
    [InlineData(408, BinanceErrorKind.ExecutionUnknown)]
    [InlineData(499, BinanceErrorKind.Unknown)]
    [InlineData(500, BinanceErrorKind.ExecutionUnknown)]
    [InlineData(599, BinanceErrorKind.ExecutionUnknown)]
    [InlineData(600, BinanceErrorKind.Unknown)]
    [InlineData(401, BinanceErrorKind.Authentication)]
    [InlineData(403, BinanceErrorKind.AccessBlocked)]
    [InlineData(404, BinanceErrorKind.Unknown)]
    [InlineData(429, BinanceErrorKind.RateLimited)]
    [InlineData(418, BinanceErrorKind.IpBanned)]
    [InlineData(451, BinanceErrorKind.AccessBlocked)]
    public void StatusWithoutBody_DecidesTheKind(int status, BinanceErrorKind kind)
    {
        Classify(status, "", RequestIntent.PlaceOrder).Kind.ShouldBe(kind);
    }

    [Fact]
    public void StatusWithACode_LeavesTheCodeInCharge()
    {
        // 401 and 403 decide only when no code came; 409 is PartiallyFailed only for the code that means it.
        Classify(401, """{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}""").Kind.ShouldBe(BinanceErrorKind.Authentication);
        Classify(403, """{"code":-1121,"msg":"Invalid symbol."}""").Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
        Classify(401, """{"code":-1121,"msg":"Invalid symbol."}""").Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
        Classify(409, """{"code":-1121,"msg":"Invalid symbol."}""").Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
    }

    [Fact]
    public void ServerError_WithACodeThatProvesRefusal_KeepsThatKind()
    {
        // A 5XX whose code says the request was refused (not executed) is not an unknown outcome.
        var refused = Classify(500, """{"code":-1121,"msg":"Invalid symbol."}""", RequestIntent.PlaceOrder);
        refused.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
        refused.ExecutionUnknown.ShouldBeFalse();

        var skew = Classify(500, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""", RequestIntent.PlaceOrder);
        skew.Kind.ShouldBe(BinanceErrorKind.ClockSkew);

        var unknownCode = Classify(502, """{"code":-1999,"msg":"Something new."}""", RequestIntent.PlaceOrder);
        unknownCode.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        unknownCode.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
    }

    [Theory]
    [InlineData("1795257660", 1795257660000L)] // 10 digits: seconds
    [InlineData("17952576600", 17952576600000L)] // 11 digits: still seconds
    [InlineData("179525766000", 179525766000L)] // 12 digits: milliseconds
    [InlineData("1795257660000", 1795257660000L)] // 13 digits: milliseconds, as the exchange sends
    [InlineData("17952576600000", 17952576600000L)] // 14 digits: milliseconds
    [InlineData("179525766000000", 179525766000L)] // 15 digits: microseconds
    [InlineData("1795257660000000", 1795257660000L)] // 16 digits: microseconds
    public void BanInstant_DigitsDecideTheUnit(string digits, long expectedMilliseconds)
    {
        // The clock an hour before the stated end, so the three-day bound on bans does not apply.
        var end = DateTimeOffset.FromUnixTimeMilliseconds(expectedMilliseconds);
        var error = Classify(418, $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{digits}}. Please use WebSocket Streams for live updates to avoid bans."}""", now: end.AddHours(-1));

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.BannedUntil.ShouldBe(end);
    }

    [Theory]
    [InlineData("Way too much request weight used; IP banned until 99999999999999. Please use WebSocket Streams for live updates to avoid bans.")] // year 5138
    [InlineData("Way too many requests; IP(1.2.3.4) banned until 99999999999999. Please use the websocket for live updates to avoid bans.")] // untemplated scan
    public void BanInstant_BeyondTheLongestBan_IsBoundedLikeRetryAfter(string message)
    {
        // Binance bans last from 2 minutes to 3 days; a stated end further away halts for 3 days, as a Retry-After
        // header that long is read: one bound for both (BinanceResponseHeaders.MaxRetryAfter).
        var error = Classify(418, $$"""{"code":-1003,"msg":"{{message}}"}""");

        BinanceResponseHeaders.MaxRetryAfter.ShouldBe(TimeSpan.FromDays(3));
        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.BannedUntil.ShouldBe(Now + TimeSpan.FromDays(3));
        error.Advice.Until.ShouldBe(Now + TimeSpan.FromDays(3));
        error.GetArgument("bannedUntil").ShouldBe("99999999999999"); // the text keeps what was sent

        // Exactly three days away is a real ban end and is kept to the millisecond.
        var longest = Now + TimeSpan.FromDays(3);
        var real = Classify(418, $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{longest.ToUnixTimeMilliseconds()}}. Please use WebSocket Streams for live updates to avoid bans."}""");
        real.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(longest.ToUnixTimeMilliseconds()));
    }

    [Fact]
    public void BanInstant_InThePast_HaltsForZero_AndBeyondTheCalendar_FallsBackToTheDefault()
    {
        var past = Classify(418, """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1600000000000. Please use WebSocket Streams for live updates to avoid bans."}""");
        past.Advice.Action.ShouldBe(RecoveryAction.HaltUntil);
        past.Advice.RetryAfter.ShouldBe(TimeSpan.Zero);
        past.Advice.Until.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1600000000000));

        // 18 digits read as microseconds are past the year 9999: no usable instant.
        var beyond = Classify(418, """{"code":-1003,"msg":"Way too much request weight used; IP banned until 999999999999999999. Please use WebSocket Streams for live updates to avoid bans."}""");
        beyond.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        beyond.BannedUntil.ShouldBe(Now.AddMinutes(2)); // no usable instant: the default two-minute halt
    }

    [Fact]
    public void BanWithoutAnInstant_HaltsForRetryAfterOrTwoMinutes()
    {
        Classify(418, "").BannedUntil.ShouldBe(Now.AddMinutes(2));
        Classify(418, "", headers: ("Retry-After", "30")).BannedUntil.ShouldBe(Now.AddSeconds(30));
        Classify(418, """{"code":-1003,"msg":"IP banned until soon."}""").BannedUntil.ShouldBe(Now.AddMinutes(2));
    }

    [Fact]
    public void BanInstantInTheMessage_IsABanWhateverTheStatus()
    {
        var error = Classify(429, """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1795257660000. Please use WebSocket Streams for live updates to avoid bans."}""");

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.Advice.Until.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1795257660000));
    }

    [Theory]
    [InlineData("1 orders per 10 SECOND", 9500)] // now is hh:mm:20.500
    [InlineData("1 orders per 1 SECOND", 500)]
    [InlineData("50 orders per 1 MINUTE", 39500)]
    [InlineData("50 orders per 2 MINUTES", 99500)]
    [InlineData("50 orders per 1 HOUR", 3579500)]
    [InlineData("200000 orders per 1 DAY", 50379500)]
    [InlineData("10 orders per SECOND", 500)]
    [InlineData("10 orders per 100000 SECOND", 44779500)] // 1795255220500 ms since the epoch; 100000 s windows
    public void OrderRateLimit_WaitsForTheWindowToEnd(string limit, long milliseconds)
    {
        // now = 2026-11-21T10:00:20.5Z; windows are aligned to the Unix epoch.
        var error = Classify(429, $$"""{"code":-1015,"msg":"Too many new orders; current limit is {{limit}}."}""", venue: BinanceVenue.BinanceUs);

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        var expected = TimeSpan.FromMilliseconds(milliseconds);
        error.Advice.RetryAfter.ShouldBe(expected);
        error.Advice.Until.ShouldBe(Now + expected);
    }

    [Theory]
    [InlineData("10 orders per 0 SECOND")]
    [InlineData("10 orders per 100001 SECOND")]
    [InlineData("10 orders per 1 FORTNIGHT")]
    [InlineData("10 orders per x SECOND")]
    public void OrderRateLimit_WithAWindowThatIsNotOne_BacksOff(string limit)
    {
        var error = Classify(429, $$"""{"code":-1015,"msg":"Too many new orders; current limit is {{limit}}."}""", venue: BinanceVenue.BinanceUs);

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryWithBackoff);
        error.Advice.RetryAfter.ShouldBeNull();
    }

    [Fact]
    public void RateLimit_AtTheStartOfAWindow_WaitsTheWholeWindow()
    {
        var error = Classify(429, """{"code":-1015,"msg":"Too many new orders; current limit is 1 orders per 10 SECOND."}""", venue: BinanceVenue.BinanceUs, now: new DateTimeOffset(2026, 11, 21, 10, 0, 30, TimeSpan.Zero));

        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 45 ", 45)]
    [InlineData("259200", 259200)]
    [InlineData("259201", 259200)] // longer than the longest ban (3 days) is a broken header: clamped
    [InlineData("604800", 259200)]
    [InlineData("99999999999", 259200)]
    public void RetryAfterSeconds_AreTakenAtMostThreeDays(string header, int seconds)
    {
        var error = Classify(429, "", headers: ("retry-after", header));

        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("Sat, 21 Nov 2026 10:00:50 GMT", 29500)]
    [InlineData("Sat, 21 Nov 2026 10:00:00 GMT", 0)] // in the past: no wait
    [InlineData("Sat, 12 Dec 2026 10:00:00 GMT", 259200000)] // three weeks: three days at most
    public void RetryAfterDates_AreRelativeToTheClock(string header, long milliseconds)
    {
        var error = Classify(503, "", RequestIntent.Read, headers: ("Retry-After", header));

        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromMilliseconds(milliseconds));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("")]
    public void RetryAfterThatIsNeither_IsIgnored(string header)
    {
        var error = Classify(503, "", RequestIntent.Read, headers: ("Retry-After", header));

        error.Advice.Action.ShouldBe(RecoveryAction.RetryWithBackoff);
        error.Advice.RetryAfter.ShouldBeNull();
    }

    [Fact]
    public void RetryAfter_FromMultiValueHeaders_TakesTheFirst()
    {
        var headers = new BinanceResponseHeaders([new KeyValuePair<string, IEnumerable<string>>("Retry-After", ["7", "9"])]);

        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 429, ReadOnlySpan<byte>.Empty, headers, RequestIntent.Read, new ManualTimeProvider(Now));

        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        new BinanceResponseHeaders([new KeyValuePair<string, IEnumerable<string>>("Retry-After", [])]).TryGetValue("retry-after", out _).ShouldBeFalse();
        default(BinanceResponseHeaders).TryGetValue("Retry-After", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(RequestIntent.Read, RecoveryAction.RetryAfter)]
    [InlineData(RequestIntent.PlaceOrder, RecoveryAction.Reconcile)]
    [InlineData(RequestIntent.CancelOrder, RecoveryAction.Reconcile)]
    [InlineData(RequestIntent.Unspecified, RecoveryAction.Reconcile)]
    public void UnknownOutcome_IsReconciledUnlessTheRequestOnlyRead(RequestIntent intent, RecoveryAction action)
    {
        var error = Classify(504, "", intent, headers: ("Retry-After", "3"));

        error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        error.Advice.Action.ShouldBe(action);
        error.ExecutionUnknown.ShouldBeTrue();
    }

    [Theory]
    [InlineData(RequestIntent.Read, RecoveryAction.RetryAfter, false)]
    [InlineData(RequestIntent.PlaceOrder, RecoveryAction.Reconcile, true)]
    public void Unknown1000_IsRepeatedForReads_AndReconciledForWrites(RequestIntent intent, RecoveryAction action, bool executionUnknown)
    {
        var error = Classify(400, """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""", intent, headers: ("Retry-After", "2"));

        error.Kind.ShouldBe(BinanceErrorKind.Unknown);
        error.Advice.Action.ShouldBe(action);
        error.ExecutionUnknown.ShouldBe(executionUnknown);
    }

    [Fact]
    public void AccessBlocked_By403_BacksOffForRetryAfter_By451_NeverRetries()
    {
        var waf = Classify(403, "<html><body>403 Forbidden</body></html>", headers: ("Retry-After", "60"));
        waf.Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.RetryAfter, TimeSpan.FromSeconds(60), Now.AddSeconds(60)));

        var geo = Classify(451, "", headers: ("Retry-After", "60"));
        geo.Advice.ShouldBe(RecoveryAdvice.DoNotRetry);
    }

    [Fact]
    public void ServiceUnavailable_BacksOff_OrWaitsForRetryAfter()
    {
        const string body = """{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}""";

        Classify(503, body, RequestIntent.PlaceOrder, BinanceVenue.UsdMFutures).Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.RetryWithBackoff));
        Classify(503, body, RequestIntent.PlaceOrder, BinanceVenue.UsdMFutures, headers: ("Retry-After", "5")).Advice
            .ShouldBe(new RecoveryAdvice(RecoveryAction.RetryAfter, TimeSpan.FromSeconds(5), Now.AddSeconds(5)));
    }

    [Fact]
    public void RateLimitWithoutAnyWindow_BacksOff()
    {
        var error = Classify(429, """{"code":-1003,"msg":"Too many requests."}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.RetryWithBackoff));
    }

    [Fact]
    public void StatusTakenFromTheBody_WhenTheCallerHasNone()
    {
        var error = Classify(null, """{"timestamp":1700000000000,"status":503,"error":"Service Unavailable","msg":"Service Unavailable.","path":"/fapi/v1/order"}""", venue: BinanceVenue.UsdMFutures);

        error.HttpStatus.ShouldBe(503);
        error.Kind.ShouldBe(BinanceErrorKind.ServiceUnavailable);
    }
}
