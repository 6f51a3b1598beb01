using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

// A client sees the same error text many times, with different statuses, headers, intents and bodies around it. Each
// classification must answer for its own response: what an earlier response with the same text got (its message
// spelling, Retry-After, cancel-replace data, intent) never carries over to a later one. Texts are the Spot and
// USDⓈ-M catalogs' (data/catalog/*.json, from the venues' error-code pages).
public sealed class RepeatedResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    private static BinanceError Classify(
        BinanceVenue venue,
        int status,
        string body,
        RequestIntent intent = RequestIntent.Unspecified,
        params (string Name, string Value)[] headers) =>
        TestResponse.Classify(venue, status, body, intent, new ManualTimeProvider(Now), headers);

    [Fact]
    public void SameTextInAnotherSpelling_KeepsItsOwnSpelling()
    {
        var exact = Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Invalid symbol."}""");
        var shouted = Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"INVALID SYMBOL."}""");
        var unpunctuated = Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Invalid symbol"}""");

        exact.Message.ShouldBe("Invalid symbol.");
        shouted.Message.ShouldBe("INVALID SYMBOL.");
        unpunctuated.Message.ShouldBe("Invalid symbol");
        shouted.Template.ShouldBeSameAs(exact.Template);
        unpunctuated.Template.ShouldBeSameAs(exact.Template);
    }

    [Fact]
    public void SameTextWithAndWithoutRetryAfter_EachGetsItsOwnAdvice()
    {
        // USDⓈ-M -1008 (ServiceUnavailable): backs off, or waits for Retry-After when the response has one.
        const string body = """{"code":-1008,"msg":"Server is currently overloaded with other requests. Please try again in a few minutes."}""";

        var plain = Classify(BinanceVenue.UsdMFutures, 503, body, RequestIntent.Read);
        var withHeader = Classify(BinanceVenue.UsdMFutures, 503, body, RequestIntent.Read, ("Retry-After", "7"));
        var plainAgain = Classify(BinanceVenue.UsdMFutures, 503, body, RequestIntent.Read);

        plain.Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.RetryWithBackoff));
        withHeader.Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.RetryAfter, TimeSpan.FromSeconds(7), Now.AddSeconds(7)));
        plainAgain.Advice.ShouldBe(plain.Advice);
    }

    [Fact]
    public void SameTextWithAndWithoutCancelReplaceData_OnlyTheOneWithDataHasBothHalves()
    {
        // spot-spec §1: the -2022 example where both halves failed, and the same text without its data.
        const string bare = """{"code":-2022,"msg":"Order cancel-replace failed."}""";
        const string withData = """{"code":-2022,"msg":"Order cancel-replace failed.","data":{"cancelResult":"FAILURE","newOrderResult":"NOT_ATTEMPTED","cancelResponse":{"code":-2011,"msg":"Unknown order sent."},"newOrderResponse":null}}""";

        Classify(BinanceVenue.Spot, 400, bare).CancelReplace.ShouldBeNull();
        var full = Classify(BinanceVenue.Spot, 400, withData);
        Classify(BinanceVenue.Spot, 400, bare).CancelReplace.ShouldBeNull();

        full.CancelReplace.ShouldNotBeNull();
        full.CancelReplace.CancelResult.ShouldBe(CancelReplaceLegResult.Failure);
    }

    [Fact]
    public void SameTextCutShort_IsMarkedTruncated_OnlyThen()
    {
        const string whole = """{"code":-1121,"msg":"Invalid symbol."}""";
        const string cut = """{"code":-1121,"msg":"Invalid symbol.","sym""";

        Classify(BinanceVenue.Spot, 400, whole).BodyTruncated.ShouldBeFalse();
        var truncated = Classify(BinanceVenue.Spot, 400, cut);
        Classify(BinanceVenue.Spot, 400, whole).BodyTruncated.ShouldBeFalse();

        truncated.BodyTruncated.ShouldBeTrue();
        truncated.Message.ShouldBe("Invalid symbol.");
        truncated.Name.ShouldBe("BAD_SYMBOL");
    }

    [Theory]
    [InlineData(RequestIntent.Read, RequestIntent.PlaceOrder)]
    [InlineData(RequestIntent.PlaceOrder, RequestIntent.Read)]
    public void SameUnknownOutcomeForAReadAndAWrite_RetriesTheReadAndReconcilesTheWrite(RequestIntent first, RequestIntent second)
    {
        // -1007 on a 408: the timeout may or may not have executed the request.
        const string body = """{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}""";

        var one = Classify(BinanceVenue.Spot, 408, body, first);
        var two = Classify(BinanceVenue.Spot, 408, body, second);

        foreach (var (error, intent) in new[] { (one, first), (two, second) })
        {
            error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
            error.ExecutionUnknown.ShouldBeTrue();
            error.Advice.Action.ShouldBe(intent == RequestIntent.Read ? RecoveryAction.RetryWithBackoff : RecoveryAction.Reconcile);
        }
    }

    [Fact]
    public void SameTextUnderAnotherStatus_KeepsItsStatus()
    {
        const string body = """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""";

        var badRequest = Classify(BinanceVenue.Spot, 400, body, RequestIntent.PlaceOrder);
        var serverError = Classify(BinanceVenue.Spot, 502, body, RequestIntent.PlaceOrder);

        badRequest.HttpStatus.ShouldBe(400);
        serverError.HttpStatus.ShouldBe(502);
        serverError.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        badRequest.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
    }

    [Fact]
    public void BanInstantInTheMessage_WinsOverRetryAfter()
    {
        // Spot -1003 ban text as documented in the Spot error-code list; the ban ends an hour after Now.
        var end = Now.AddHours(1);
        var body = $$"""{"code":-1003,"msg":"Way too much request weight used; IP banned until {{end.ToUnixTimeMilliseconds()}}. Please use WebSocket Streams for live updates to avoid bans."}""";

        var error = Classify(BinanceVenue.Spot, 418, body, headers: ("Retry-After", "120"));

        error.BannedUntil.ShouldBe(end);
        error.Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.HaltUntil, TimeSpan.FromHours(1), end));
    }

    [Theory]
    [InlineData(RequestIntent.Read, RecoveryAction.RetryAfter)]
    [InlineData(RequestIntent.CancelOrder, RecoveryAction.Reconcile)]
    public void UnknownOutcome_WithRetryAfter_ReadWaitsForIt_WriteReconciles(RequestIntent intent, RecoveryAction action)
    {
        var error = Classify(BinanceVenue.Spot, 504, "", intent, ("Retry-After", "3"));

        error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        error.Advice.Action.ShouldBe(action);
        error.Advice.RetryAfter.ShouldBe(action == RecoveryAction.RetryAfter ? TimeSpan.FromSeconds(3) : null);
    }

    [Fact]
    public void Unknown1000_OnARead_WithRetryAfter_WaitsForIt()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""", RequestIntent.Read, ("Retry-After", "5"));

        error.Kind.ShouldBe(BinanceErrorKind.Unknown);
        error.ExecutionUnknown.ShouldBeFalse();
        error.Advice.ShouldBe(new RecoveryAdvice(RecoveryAction.RetryAfter, TimeSpan.FromSeconds(5), Now.AddSeconds(5)));
    }

    [Fact]
    public void Conflict409_WithACodeThatIsNotAPartialFailure_KeepsTheCodesKind()
    {
        var error = Classify(BinanceVenue.Spot, 409, """{"code":-2022,"msg":"Order cancel-replace failed."}""");

        error.Kind.ShouldBe(BinanceErrorKind.OrderRejected);
        error.Advice.ShouldBe(RecoveryAdvice.DoNotRetry);
    }
}
