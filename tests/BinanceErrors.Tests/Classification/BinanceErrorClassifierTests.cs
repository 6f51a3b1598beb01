using System.Text;
using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

/// <summary>The kinds and actions for their defining cases, with bodies quoted from the official docs and examples.</summary>
public sealed class BinanceErrorClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 20, 500, TimeSpan.Zero);
    private static readonly ManualTimeProvider Clock = new(Now);

    private static BinanceError Classify(
        BinanceVenue venue,
        int? status,
        string body,
        RequestIntent intent = RequestIntent.Unspecified,
        params (string Name, string Value)[] headers) =>
        TestResponse.Classify(venue, status, body, intent, Clock, headers);

    // Appendix A of the Spot behaviour notes: scenario → HTTP, code, msg.
    [Theory]
    [InlineData(400, -1121, "Invalid symbol.", BinanceErrorKind.InvalidSymbol)]
    [InlineData(400, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.", BinanceErrorKind.InvalidRequest)]
    [InlineData(400, -1103, "An unknown parameter was sent.", BinanceErrorKind.InvalidRequest)]
    [InlineData(400, -1106, "Parameter 'timeInForce' sent when not required.", BinanceErrorKind.InvalidRequest)]
    [InlineData(400, -1111, "Parameter 'price' has too much precision.", BinanceErrorKind.InvalidRequest)]
    [InlineData(400, -1117, "Invalid side.", BinanceErrorKind.InvalidRequest)]
    [InlineData(400, -1022, "Signature for this request is not valid.", BinanceErrorKind.Authentication)]
    [InlineData(401, -2015, "Invalid API-key, IP, or permissions for action.", BinanceErrorKind.Authentication)]
    [InlineData(401, -2014, "API-key format invalid.", BinanceErrorKind.Authentication)]
    [InlineData(400, -1013, "Filter failure: LOT_SIZE", BinanceErrorKind.FilterRejected)]
    [InlineData(400, -2010, "Account has insufficient balance for requested action.", BinanceErrorKind.InsufficientBalance)]
    [InlineData(400, -2010, "Order would immediately match and take.", BinanceErrorKind.OrderRejected)]
    [InlineData(400, -2010, "Order would trigger immediately.", BinanceErrorKind.OrderRejected)]
    [InlineData(400, -2010, "Duplicate order sent.", BinanceErrorKind.OrderRejected)]
    [InlineData(400, -2010, "Market is closed.", BinanceErrorKind.OrderRejected)]
    [InlineData(400, -2011, "Unknown order sent.", BinanceErrorKind.OrderNotFound)]
    [InlineData(400, -2011, "Order was not canceled due to cancel restrictions.", BinanceErrorKind.CancelRejected)]
    [InlineData(400, -2013, "Order does not exist.", BinanceErrorKind.OrderNotFound)]
    [InlineData(400, -2039, "Client order ID is not correct for this order ID.", BinanceErrorKind.InvalidRequest)]
    [InlineData(400, -2026, "Order was canceled or expired with no executed qty over 90 days ago and has been archived.", BinanceErrorKind.OrderNotFound)]
    [InlineData(400, -2010, "The relationship of the prices for the orders is not correct.", BinanceErrorKind.OrderRejected)]
    [InlineData(400, -2010, "This symbol is restricted for this account.", BinanceErrorKind.PermissionDenied)]
    public void SpotScenarios_ClassifyToTheirKind_AndAreNotRetried(int status, int code, string msg, BinanceErrorKind kind)
    {
        var error = Classify(BinanceVenue.Spot, status, CatalogRoundTripTests.Body(code, msg) is var b ? Encoding.UTF8.GetString(b) : "");

        error.Code.ShouldBe(code);
        error.IsKnown.ShouldBeTrue();
        error.Kind.ShouldBe(kind);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
        error.ExecutionUnknown.ShouldBeFalse();
        error.Template.ShouldNotBeNull();
    }

    [Fact]
    public void Spot_InsufficientBalance_HasReasonAndTheExactMessageString()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""");

        error.Reason.ShouldBe(MatchingEngineReason.InsufficientBalance);
        error.Name.ShouldBe("NEW_ORDER_REJECTED");
        error.Message.ShouldBe("Account has insufficient balance for requested action.");
    }

    [Fact]
    public void Http429_WeightLimit_IsRateLimited_RetryAfterTheHeader_WithLimitAndInterval()
    {
        var error = Classify(
            BinanceVenue.Spot,
            429,
            """{"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}""",
            RequestIntent.Read,
            ("Retry-After", "30"));

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        error.Advice.Until.ShouldBe(Now.AddSeconds(30));
        error.GetArgument("limit").ShouldBe("6000");
        error.GetArgument("interval").ShouldBe("1 MINUTE");
    }

    [Fact]
    public void Http429_OrderCountWithoutRetryAfter_WaitsForTheWindowToEnd()
    {
        // Binance.US sends the order-count 429 without Retry-After; the window is in the message.
        var error = Classify(BinanceVenue.BinanceUs, 429, """{"code":-1015,"msg":"Too many new orders; current limit is 1 orders per 10 SECOND."}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromMilliseconds(9500)); // now is hh:mm:20.500, the 10 s window ends at :30
        error.GetArgument("limit").ShouldBe("1");
    }

    [Fact]
    public void Http418_BanMessage_HaltsUntilTheStatedInstant()
    {
        var error = Classify(
            BinanceVenue.Spot,
            418,
            """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1795257660000. Please use WebSocket Streams for live updates to avoid bans."}""",
            RequestIntent.Read,
            ("Retry-After", "120"));

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.Advice.Action.ShouldBe(RecoveryAction.HaltUntil);
        error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1795257660000));
        error.Advice.Until.ShouldBe(error.BannedUntil);
        error.Advice.RetryAfter.ShouldBe(error.BannedUntil!.Value - Now);
    }

    [Theory]
    [InlineData(BinanceVenue.UsdMFutures, "Way too many requests; IP(203.0.113.7) banned until 1615183669840. Please use the websocket for live updates to avoid bans.")]
    [InlineData(BinanceVenue.Spot, "Way too much request weight used; IP banned until 1615183669840. Please use the websocket for live updates to avoid bans.")]
    [InlineData(BinanceVenue.UsdMFutures, "Way too many requests; IP banned until 1615183669840. Please use the websocket for live updates to avoid bans")]
    [InlineData(BinanceVenue.Spot, "way too much request weight used;  ip banned until 1615183669840.. please use websocket streams for live updates to avoid bans.")]
    public void BanVariants_AreAllReadAsBans_WithTheirEnd(BinanceVenue venue, string message)
    {
        var error = Classify(venue, 418, CatalogRoundTripTests.Body(-1003, message) is var b ? Encoding.UTF8.GetString(b) : "");

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1615183669840));
        error.GetArgument("bannedUntil").ShouldBe("1615183669840");
    }

    [Fact]
    public void Http418_WithoutBody_HaltsForRetryAfter()
    {
        var error = Classify(BinanceVenue.Spot, 418, "", RequestIntent.Read, ("Retry-After", "300"));

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.BodyKind.ShouldBe(ResponseBodyKind.Empty);
        error.Advice.Until.ShouldBe(Now.AddMinutes(5));
    }

    [Fact]
    public void OlderWording_CurrentLimitPerMinute_StillYieldsTheLimit()
    {
        var error = Classify(BinanceVenue.Spot, 429, """{"code":-1003,"msg":"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API."}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Template!.Form.ShouldBe(MessageForm.Legacy);
        error.GetArgument("limit").ShouldBe("1200");
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromMilliseconds(39500)); // until the minute ends
    }

    [Fact]
    public void BlogVariant_WithNoTemplate_StillYieldsLimitAndInterval()
    {
        // From the blog fixture: a wording that mixes two templates.
        var error = Classify(BinanceVenue.Spot, 429, """{"code": -1003, "msg": "Too many requests; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Template.ShouldBeNull();
        error.Definition!.Name.ShouldBe("TOO_MANY_REQUESTS");
        error.GetArgument("limit").ShouldBe("6000");
        error.GetArgument("interval").ShouldBe("1 MINUTE");
    }

    [Theory]
    [InlineData("Timestamp for this request is outside of the recvWindow.")]
    [InlineData("Timestamp for this request was 1000ms ahead of the server's time.")]
    public void ClockSkew_BothVariants_ResyncThenRetry(string message)
    {
        var error = Classify(BinanceVenue.Spot, 400, Encoding.UTF8.GetString(CatalogRoundTripTests.Body(-1021, message)), RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(BinanceErrorKind.ClockSkew);
        error.Advice.Action.ShouldBe(RecoveryAction.ResyncClockThenRetry);
        error.Template!.Text.ShouldBe(message);
    }

    [Theory]
    [InlineData(-1006, "An unexpected response was received from the message bus. Execution status unknown.")]
    [InlineData(-1007, "Timeout waiting for response from backend server. Send status unknown; execution status unknown.")]
    public void ExecutionUnknownCodes_ReconcileOrders_RetryReads(int code, string message)
    {
        var body = Encoding.UTF8.GetString(CatalogRoundTripTests.Body(code, message));

        var placed = Classify(BinanceVenue.Spot, 500, body, RequestIntent.PlaceOrder);
        placed.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        placed.ExecutionUnknown.ShouldBeTrue();
        placed.Advice.Action.ShouldBe(RecoveryAction.Reconcile);

        var withoutStatus = Classify(BinanceVenue.Spot, null, body, RequestIntent.CancelOrder);
        withoutStatus.Advice.Action.ShouldBe(RecoveryAction.Reconcile);

        var read = Classify(BinanceVenue.Spot, 500, body, RequestIntent.Read);
        read.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        read.Advice.Action.ShouldBe(RecoveryAction.RetryWithBackoff);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public void Http5xx_HtmlOrEmpty_IsExecutionUnknown_NeverABlindRetryOfAnOrder(int status)
    {
        var html = Classify(BinanceVenue.Spot, status, $"<html><head><title>{status} Bad Gateway</title></head><body>cloudfront</body></html>", RequestIntent.PlaceOrder);
        html.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        html.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
        html.BodyKind.ShouldBe(ResponseBodyKind.Html);
        html.Message.ShouldBe($"{status} Bad Gateway");
        html.Code.ShouldBeNull();

        var empty = Classify(BinanceVenue.Spot, status, "", RequestIntent.Unspecified);
        empty.Advice.Action.ShouldBe(RecoveryAction.Reconcile);

        Classify(BinanceVenue.Spot, status, "", RequestIntent.Read).Advice.Action.ShouldBe(RecoveryAction.RetryWithBackoff);
    }

    [Fact]
    public void Http403_WafHtml_IsAccessBlocked_AndBacksOff()
    {
        var error = Classify(BinanceVenue.Spot, 403, "<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1></BODY></HTML>", RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(BinanceErrorKind.AccessBlocked);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryWithBackoff);
        error.ExecutionUnknown.ShouldBeFalse();
        error.Message.ShouldBe("ERROR: The request could not be satisfied");
    }

    [Fact]
    public void Http451_GeoBlock_IsAccessBlocked_DoNotRetry()
    {
        var error = Classify(BinanceVenue.Spot, 451, """{"code":0,"msg":"Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms."}""");

        error.Kind.ShouldBe(BinanceErrorKind.AccessBlocked);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
    }

    [Fact]
    public void Spot2021_Http409_IsPartiallyFailed_WithBothHalves_AndReconciles()
    {
        const string body = """{"code":-2021,"msg":"Order cancel-replace partially failed.","data":{"cancelResult":"SUCCESS","newOrderResult":"FAILURE","cancelResponse":{"symbol":"BTCUSDT","origClientOrderId":"DnLo3vTAQcjha43lAZhZ0y","orderId":9,"orderListId":-1,"clientOrderId":"osxN3JXAtJvKvCqGeMWMVR","transactTime":1684804350068,"price":"0.01000000","origQty":"0.000100","executedQty":"0.00000000","cummulativeQuoteQty":"0.00000000","status":"CANCELED","timeInForce":"GTC","type":"LIMIT","side":"SELL","selfTradePreventionMode":"NONE"},"newOrderResponse":{"code":-2010,"msg":"Order would immediately match and take."}}}""";

        var error = Classify(BinanceVenue.Spot, 409, body, RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(BinanceErrorKind.PartiallyFailed);
        error.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
        error.CancelReplace.ShouldNotBeNull();
        error.CancelReplace.CancelResult.ShouldBe(CancelReplaceLegResult.Success);
        error.CancelReplace.NewOrderResult.ShouldBe(CancelReplaceLegResult.Failure);
        error.CancelReplace.NewOrderErrorCode.ShouldBe(-2010);
        error.CancelReplace.CancelResponseJson!.ShouldContain("\"status\":\"CANCELED\"");
    }

    [Fact]
    public void Spot2022_QuotedExample_BothHalvesFailed()
    {
        // spot-spec §1, verbatim.
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-2022,"msg":"Order cancel-replace failed.","data":{"cancelResult":"FAILURE","newOrderResult":"NOT_ATTEMPTED","cancelResponse":{"code":-2011,"msg":"Unknown order sent."},"newOrderResponse":null}}""");

        error.Kind.ShouldBe(BinanceErrorKind.OrderRejected);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
        error.CancelReplace!.CancelResult.ShouldBe(CancelReplaceLegResult.Failure);
        error.CancelReplace.NewOrderResult.ShouldBe(CancelReplaceLegResult.NotAttempted);
        error.CancelReplace.CancelErrorCode.ShouldBe(-2011);
        error.CancelReplace.NewOrderResponseJson.ShouldBeNull();
    }

    [Fact]
    public void Code2021_MeansImmediateTriggerOnUsdM()
    {
        var error = Classify(BinanceVenue.UsdMFutures, 400, """{"code":-2021,"msg":"Order would immediately trigger."}""", RequestIntent.PlaceOrder);

        error.Name.ShouldBe("ORDER_WOULD_IMMEDIATELY_TRIGGER");
        error.Kind.ShouldBe(BinanceErrorKind.OrderRejected);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
    }

    [Fact]
    public void UsdM4164_MinNotional_IsAFilterRejection_WithTheMinimum()
    {
        var error = Classify(BinanceVenue.UsdMFutures, 400, """{"code":-4164,"msg":"Order's notional must be no smaller than 100 (unless you choose reduce only)"}""");

        error.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        error.Filter.ShouldBe(FilterType.MinNotional);
        error.GetArgument("minNotional").ShouldBe("100");
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
    }

    [Theory]
    [InlineData("""{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}""", BinanceErrorKind.ServiceUnavailable, RecoveryAction.RetryWithBackoff)]
    [InlineData("""{"timestamp":1700000000000,"status":503,"error":"Service Unavailable","msg":"Service Unavailable.","path":"/fapi/v1/order"}""", BinanceErrorKind.ServiceUnavailable, RecoveryAction.RetryWithBackoff)]
    [InlineData("""{"msg":"Unknown error, please check your request or try again later.","code":-1000}""", BinanceErrorKind.ExecutionUnknown, RecoveryAction.Reconcile)]
    [InlineData("""{"timestamp":1700000000000,"status":503,"error":"Service Unavailable","message":"Unknown error, please check your request or try again later.","path":"/fapi/v1/order"}""", BinanceErrorKind.ExecutionUnknown, RecoveryAction.Reconcile)]
    // A code whose own text says "not processed" (-1001) beside the text USDⓈ-M documents as an unknown outcome: the
    // text wins, so the order is looked up, never resent on the code's word (the sandbox sent exactly this and a chaos
    // run placed orders twice). A -1001 with its own text, or "Service Unavailable.", stays a safe retry.
    [InlineData("""{"code":-1001,"msg":"Unknown error, please check your request or try again later."}""", BinanceErrorKind.ExecutionUnknown, RecoveryAction.Reconcile)]
    [InlineData("""{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}""", BinanceErrorKind.ServiceUnavailable, RecoveryAction.RetryWithBackoff)]
    [InlineData("""{"code":-1001,"msg":"Service Unavailable."}""", BinanceErrorKind.ServiceUnavailable, RecoveryAction.RetryWithBackoff)]
    public void UsdM503_MessageDecidesBetweenNotExecutedAndUnknown(string body, BinanceErrorKind kind, RecoveryAction action)
    {
        var error = Classify(BinanceVenue.UsdMFutures, 503, body, RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(kind);
        error.Advice.Action.ShouldBe(action);
    }

    [Theory]
    // "Request occur unknown error." is documented for any 5XX (no status of its own): with -1001 it is an unknown
    // outcome from 500 to 599, and outside the 5XX range the code keeps its own meaning.
    [InlineData(499, BinanceErrorKind.ServiceUnavailable)]
    [InlineData(500, BinanceErrorKind.ExecutionUnknown)]
    [InlineData(599, BinanceErrorKind.ExecutionUnknown)]
    [InlineData(400, BinanceErrorKind.ServiceUnavailable)]
    public void AnUnknownOutcomeText_BesideADocumentedCode_CountsOnlyOnA5xx(int status, BinanceErrorKind kind)
    {
        var error = Classify(BinanceVenue.UsdMFutures, status, """{"code":-1001,"msg":"Request occur unknown error."}""", RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(kind);
        error.Advice.Action.ShouldBe(kind == BinanceErrorKind.ExecutionUnknown ? RecoveryAction.Reconcile : RecoveryAction.RetryWithBackoff);
    }

    [Theory]
    [InlineData(BinanceVenue.UsdMFutures)]
    [InlineData(BinanceVenue.CoinMFutures)]
    public void FuturesWebSocket503_WithDisconnectedCode_AndTheUnknownText_IsAnUnknownOutcome(BinanceVenue venue)
    {
        // The same answer as a WebSocket API frame: the status is in the frame.
        var frame = """{"id":"7","status":503,"error":{"code":-1001,"msg":"Unknown error, please check your request or try again later."}}""";

        var error = BinanceErrorClassifier.Classify(venue, null, frame, default, RequestIntent.PlaceOrder);

        error.Code.ShouldBe(-1001);
        error.Kind.ShouldBe(BinanceErrorKind.ExecutionUnknown);
        error.ExecutionUnknown.ShouldBeTrue();
        error.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
    }

    [Fact]
    public void Spot503_WithDisconnectedCode_KeepsTheCodesMeaning()
    {
        // Spot documents no 503 texts: its -1001 stays a request that was not processed.
        var error = Classify(BinanceVenue.Spot, 503, """{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}""", RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(BinanceErrorKind.ServiceUnavailable);
        error.ExecutionUnknown.ShouldBeFalse();
    }

    [Fact]
    public void Unknown1000_OnAnOrder_IsReconciled()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""", RequestIntent.PlaceOrder);

        error.Kind.ShouldBe(BinanceErrorKind.Unknown);
        error.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
        error.ExecutionUnknown.ShouldBeTrue();
    }

    [Fact]
    public void UnknownCode_FallsBackToUnknownKind_WithoutDefinition()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-1999,"msg":"Something new."}""");

        error.Code.ShouldBe(-1999);
        error.IsKnown.ShouldBeFalse();
        error.Kind.ShouldBe(BinanceErrorKind.Unknown);
        error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
    }

    [Fact]
    public void KnownCode_UnmatchedMessage_FallsBackToTheDefinition()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Symbol XYZ is not valid here."}""");

        error.Template.ShouldBeNull();
        error.Definition!.Name.ShouldBe("BAD_SYMBOL");
        error.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
    }

    [Fact]
    public void WebSocketEnvelope_IsReadLikeARestBody()
    {
        var error = Classify(BinanceVenue.Spot, null, """{"id":"7e1d2f","status":400,"error":{"code":-2010,"msg":"Account has insufficient balance for requested action."},"rateLimits":[{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":13}]}""");

        error.HttpStatus.ShouldBe(400);
        error.Code.ShouldBe(-2010);
        error.Kind.ShouldBe(BinanceErrorKind.InsufficientBalance);
    }

    [Fact]
    public void PrettyPrintedJson_WithExtraFields_AndStringCode_IsRead()
    {
        var error = Classify(BinanceVenue.Spot, 400, "\uFEFF{\n  \"extra\": [1, {\"a\": null}],\n  \"code\": \"-1121\",\n  \"msg\":   \"Invalid symbol.\"\n}\n");

        error.Code.ShouldBe(-1121);
        error.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
    }

    [Theory]
    // A matching-engine text without a code: its own kind when it names one, otherwise a refused order (it comes
    // with -2010 and the other rejection codes). With a code, the code's kind stands.
    [InlineData(BinanceVenue.Spot, "Market is closed.", null, MatchingEngineReason.MarketClosed, BinanceErrorKind.OrderRejected)]
    [InlineData(BinanceVenue.BinanceUs, "Market is closed.", null, MatchingEngineReason.MarketClosed, BinanceErrorKind.OrderRejected)]
    [InlineData(BinanceVenue.Spot, "Duplicate order sent.", null, MatchingEngineReason.DuplicateOrder, BinanceErrorKind.OrderRejected)]
    [InlineData(BinanceVenue.Spot, "Unknown order sent.", null, MatchingEngineReason.UnknownOrder, BinanceErrorKind.OrderNotFound)]
    [InlineData(BinanceVenue.Spot, "Account has insufficient balance for requested action.", null, MatchingEngineReason.InsufficientBalance, BinanceErrorKind.InsufficientBalance)]
    [InlineData(BinanceVenue.Spot, "Market is closed.", -2011, MatchingEngineReason.MarketClosed, BinanceErrorKind.CancelRejected)]
    [InlineData(BinanceVenue.Spot, "Market is closed.", -2010, MatchingEngineReason.MarketClosed, BinanceErrorKind.OrderRejected)]
    public void AMatchingEngineText_WithOrWithoutACode_HasAKind(BinanceVenue venue, string message, int? code, MatchingEngineReason reason, BinanceErrorKind kind)
    {
        foreach (var body in code is { } c ? [$$"""{"code":{{c}},"msg":"{{message}}"}"""] : new[] { message, $$"""{"msg":"{{message}}"}""" })
        {
            var error = Classify(venue, 400, body);

            (error.Reason, error.Kind, error.Advice.Action).ShouldBe((reason, kind, RecoveryAction.DoNotRetry), body);
        }
    }

    [Fact]
    public void TruncatedJson_KeepsWhatWasRead()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-2010,"msg":"Account has insuff""");

        error.Code.ShouldBe(-2010);
        error.BodyTruncated.ShouldBeTrue();
        error.Kind.ShouldBe(BinanceErrorKind.OrderRejected);
    }

    [Fact]
    public void PlainText_AndInvalidUtf8_NeverThrow()
    {
        var text = Classify(BinanceVenue.Spot, 400, "Bad Request\nsecond line");
        text.BodyKind.ShouldBe(ResponseBodyKind.Text);
        text.Message.ShouldBe("Bad Request");

        var bytes = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, new byte[] { 0x7B, 0x22, 0x63, 0x6F, 0x64, 0x65, 0x22, 0x3A, 0xFF, 0xFE, 0xC3 });
        bytes.Kind.ShouldBe(BinanceErrorKind.Unknown);

        var invalidString = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, "{\"code\":-1100,\"msg\":\"bad \xff\xfe\"}"u8.ToArray().Select(b => b).ToArray());
        invalidString.Code.ShouldBe(-1100);
    }

    [Fact]
    public void HugeBody_IsReadOnlyUpToItsPrefix()
    {
        var huge = Encoding.UTF8.GetBytes("""{"code":-1121,"msg":"Invalid symbol.","pad":" """ + new string('x', 5_000_000) + "\"}");

        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, huge);

        error.Code.ShouldBe(-1121);
        error.BodyTruncated.ShouldBeTrue();
    }

    [Fact]
    public void StringBodyOverload_MatchesTheByteOverload()
    {
        const string body = """{"code":-1013,"msg":"Filter failure: PERCENT_PRICE_BY_SIDE"}""";

        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, body);

        error.Filter.ShouldBe(FilterType.PercentPriceBySide);
        error.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, (string?)null).BodyKind.ShouldBe(ResponseBodyKind.Empty);
    }

    [Fact]
    public void LegacyFilterNames_MapToTheCurrentType()
    {
        var error = Classify(BinanceVenue.BinanceUs, 400, """{"code":-1013,"msg":"Filter failure: MAX_ALGO_ORDERS"}""");

        error.Filter.ShouldBe(FilterType.MaxNumAlgoOrders);
    }

    [Fact]
    public void MessagesWithoutTrailingPeriod_AsOnBinanceUs_StillMatch()
    {
        var error = Classify(BinanceVenue.BinanceUs, 400, """{"code":-2011,"msg":"Unknown order sent"}""");

        error.Reason.ShouldBe(MatchingEngineReason.UnknownOrder);
        error.Kind.ShouldBe(BinanceErrorKind.OrderNotFound);
        error.Message.ShouldBe("Unknown order sent");
    }

    [Fact]
    public void RetryAfterAsHttpDate_IsRelativeToTheClock()
    {
        var error = Classify(BinanceVenue.Spot, 429, """{"code":-1003,"msg":"Too many requests queued."}""", RequestIntent.Read, ("Retry-After", Now.AddSeconds(45).ToString("r", System.Globalization.CultureInfo.InvariantCulture)));

        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(44.5));
    }

    [Fact]
    public void ToString_ShowsCodeNameVenueAndAdvice()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");

        error.ToString().ShouldBe("-1021 INVALID_TIMESTAMP (spot, HTTP 400, ClockSkew): Timestamp for this request is outside of the recvWindow. -> resync the clock offset, re-sign and retry once");
    }
}
