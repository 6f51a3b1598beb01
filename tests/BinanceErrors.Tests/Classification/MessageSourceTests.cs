using System.Text;

namespace BinanceErrors.Tests.Classification;

// Where a message's meaning is looked up: codes whose meaning lives in the message (-1013, -2010, …) and bodies
// without a code read the shared tables (filter failures, matching-engine texts, gateway texts); a code with its own
// documented messages is not reinterpreted by a shared text; a 5XX is an unknown outcome unless the code proves the
// request was refused or the server is only busy. Texts are the Spot and USDⓈ-M catalogs' (data/catalog/*.json).
public sealed class MessageSourceTests
{
    private static BinanceError Classify(BinanceVenue venue, int? status, string body, RequestIntent intent = RequestIntent.PlaceOrder) =>
        BinanceErrorClassifier.Classify(venue, status, Encoding.UTF8.GetBytes(body), intent: intent);

    [Fact]
    public void BodyWithoutACode_FilterFailureText_IsAFilterRejection()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"msg":"Filter failure: LOT_SIZE"}""");

        error.Code.ShouldBeNull();
        error.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        error.Filter.ShouldBe(FilterType.LotSize);
        error.Template.ShouldNotBeNull();
    }

    [Fact]
    public void UndocumentedCode_MatchingEngineText_GetsItsReason()
    {
        var error = Classify(BinanceVenue.Spot, 400, """{"code":-2999,"msg":"Unknown order sent."}""");

        error.IsKnown.ShouldBeFalse();
        error.Reason.ShouldBe(MatchingEngineReason.UnknownOrder);
        error.Kind.ShouldBe(BinanceErrorKind.OrderNotFound);
    }

    [Fact]
    public void CodeWithItsOwnMessages_IsNotReinterpretedByASharedText()
    {
        // -1121 documents its own text; a matching-engine or filter text under it changes nothing about the code.
        var engine = Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Unknown order sent."}""");
        var filter = Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Filter failure: LOT_SIZE"}""");

        engine.Reason.ShouldBeNull();
        engine.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
        engine.Template.ShouldBeNull();
        filter.Filter.ShouldBeNull();
        filter.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
    }

    [Fact]
    public void DocumentedCode_WithAGatewayText_KeepsTheCodesMeaning()
    {
        // "Service Unavailable." is a USDⓈ-M 503 text for bodies without a code; under -1121 it is still a bad symbol
        // (a documented refusal, so not an unknown outcome either).
        var error = Classify(BinanceVenue.UsdMFutures, 503, """{"code":-1121,"msg":"Service Unavailable."}""");
        var bare = Classify(BinanceVenue.UsdMFutures, 503, """{"msg":"Service Unavailable."}""");

        error.Kind.ShouldBe(BinanceErrorKind.InvalidSymbol);
        error.Template.ShouldBeNull();
        bare.Kind.ShouldBe(BinanceErrorKind.ServiceUnavailable);
        bare.Template!.Text.ShouldBe("Service Unavailable.");
    }

    [Theory]
    [InlineData(503, """{"code":-1008,"msg":"Server is currently overloaded with other requests. Please try again in a few minutes."}""", BinanceErrorKind.ServiceUnavailable, RecoveryAction.RetryWithBackoff)]
    [InlineData(500, """{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}""", BinanceErrorKind.ServiceUnavailable, RecoveryAction.RetryWithBackoff)]
    [InlineData(500, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""", BinanceErrorKind.InsufficientBalance, RecoveryAction.DoNotRetry)]
    [InlineData(504, """{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}""", BinanceErrorKind.ExecutionUnknown, RecoveryAction.Reconcile)]
    [InlineData(500, """{"code":-1000,"msg":"An unknown error occurred while processing the request."}""", BinanceErrorKind.ExecutionUnknown, RecoveryAction.Reconcile)]
    [InlineData(599, """{"code":-1006,"msg":"An unexpected response was received from the message bus. Execution status unknown."}""", BinanceErrorKind.ExecutionUnknown, RecoveryAction.Reconcile)]
    [InlineData(408, """{"code":-1121,"msg":"Invalid symbol."}""", BinanceErrorKind.InvalidSymbol, RecoveryAction.DoNotRetry)]
    public void ServerErrorOnAnOrder_IsAnUnknownOutcome_UnlessTheCodeSaysOtherwise(int status, string body, BinanceErrorKind kind, RecoveryAction action)
    {
        var error = Classify(BinanceVenue.Spot, status, body);

        error.Kind.ShouldBe(kind);
        error.Advice.Action.ShouldBe(action);
        error.ExecutionUnknown.ShouldBe(kind == BinanceErrorKind.ExecutionUnknown);
    }

    [Fact]
    public void RateLimitCodeOnA5xx_IsStillARateLimit()
    {
        // Spot -1003 weight text as documented, arriving with a 503 from a gateway.
        var error = Classify(BinanceVenue.Spot, 503, """{"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.GetArgument("limit").ShouldBe("6000");
    }
}
