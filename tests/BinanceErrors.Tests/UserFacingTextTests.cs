using System.Text;

namespace BinanceErrors.Tests;

/// <summary>What users read: advice sentences and exception messages, for every kind of advice and missing field.</summary>
public sealed class UserFacingTextTests
{
    [Theory]
    [InlineData(RecoveryAction.DoNotRetry, "do not retry; fix the request", false)]
    [InlineData(RecoveryAction.RetryWithBackoff, "retry with exponential backoff", true)]
    [InlineData(RecoveryAction.RetryAfter, "retry after the limit window resets", true)]
    [InlineData(RecoveryAction.ResyncClockThenRetry, "resync the clock offset, re-sign and retry once", true)]
    [InlineData(RecoveryAction.Reconcile, "reconcile: look the order up by client order id before anything else", false)]
    [InlineData(RecoveryAction.HaltUntil, "halt all traffic", false)]
    public void Advice_InWords_AndWhetherTheSameRequestMayBeSentAgain(RecoveryAction action, string text, bool allowsRetry)
    {
        var advice = new RecoveryAdvice(action);

        advice.ToString().ShouldBe(text);
        advice.AllowsRetry.ShouldBe(allowsRetry);
    }

    [Theory]
    [InlineData(1000, "retry after 1 s")]
    [InlineData(999, "retry after 999 ms")]
    [InlineData(1, "retry after 1 ms")]
    [InlineData(1500, "retry after 1.5 s")]
    [InlineData(120_000, "retry after 120 s")]
    [InlineData(1234, "retry after 1.234 s")]
    public void RetryAfter_ShowsMillisecondsBelowOneSecond_AndSecondsFromOneSecond(int milliseconds, string text)
    {
        new RecoveryAdvice(RecoveryAction.RetryAfter, TimeSpan.FromMilliseconds(milliseconds)).ToString().ShouldBe(text);
    }

    [Fact]
    public void HaltUntil_ShowsTheUtcInstant()
    {
        var until = new DateTimeOffset(2026, 11, 30, 4, 5, 6, 789, TimeSpan.FromHours(2));

        new RecoveryAdvice(RecoveryAction.HaltUntil, Until: until).ToString().ShouldBe("halt all traffic until 2026-11-30 02:05:06.789Z");
    }

    [Fact]
    public void DoNotRetry_IsTheFixTheRequestAdvice()
    {
        RecoveryAdvice.DoNotRetry.ShouldBe(new RecoveryAdvice(RecoveryAction.DoNotRetry));
        RecoveryAdvice.DoNotRetry.AllowsRetry.ShouldBeFalse();
    }

    [Fact]
    public void Exception_Data_CarriesTheFieldsLogsIndexBy()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}"""u8);

        var exception = BinanceApiException.Create(error);

        exception.Data["Venue"].ShouldBe("spot");
        exception.Data["Code"].ShouldBe(-2010);
        exception.Data["Name"].ShouldBe("NEW_ORDER_REJECTED");
        exception.Data["HttpStatus"].ShouldBe(400);
        exception.Data["Kind"].ShouldBe("InsufficientBalance");
        exception.Data["Action"].ShouldBe("DoNotRetry");
    }

    [Fact]
    public void Exception_Message_WithoutCodeStatusOrText_SaysSo()
    {
        var error = new BinanceError { Venue = BinanceVenue.UsdMFutures, Kind = BinanceErrorKind.Unknown, Advice = RecoveryAdvice.DoNotRetry };

        new BinanceApiException(error).Message.ShouldBe("Binance usdm error no code (Unknown). Advice: do not retry; fix the request.");
    }

    [Fact]
    public void Exception_Message_WithStatusButNoCode_NamesTheStatus()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 404, ReadOnlySpan<byte>.Empty);

        var message = new BinanceApiException(error).Message;

        message.ShouldStartWith("Binance spot error no code (");
        message.ShouldContain(", HTTP 404)");
        message.ShouldEndWith(". Advice: " + error.Advice + ".");
    }

    [Fact]
    public void Exception_Message_DropsTheMessagesOwnFinalPeriod()
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, """{"code":-1121,"msg":"Invalid symbol."}"""u8);

        new BinanceApiException(error).Message.ShouldBe("Binance spot error -1121 BAD_SYMBOL (InvalidSymbol, HTTP 400): Invalid symbol. Advice: do not retry; fix the request.");
    }

    [Fact]
    public void Create_RejectsNull()
    {
        Should.Throw<ArgumentNullException>(() => BinanceApiException.Create(null!)).ParamName.ShouldBe("error");
        Should.Throw<ArgumentNullException>(() => new BinanceApiException(null!, null)).ParamName.ShouldBe("error");
    }

    [Fact]
    public void Batch_AllAccepted_IsFalseForAWholeBatchError()
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 400, """{"code":-1102,"msg":"Mandatory parameter 'batchOrders' was not sent, was empty/null, or malformed."}""");

        result.BatchError.ShouldNotBeNull();
        result.Orders.ShouldBeEmpty();
        result.AllAccepted.ShouldBeFalse();
    }

    [Theory]
    [InlineData(199)]
    [InlineData(300)]
    [InlineData(400)]
    [InlineData(503)]
    public void Batch_AnArrayOutside2xx_IsAboutTheWholeBatch(int status)
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, status, """[{"orderId":1,"clientOrderId":"a","status":"NEW"}]""");

        result.BatchError.ShouldNotBeNull();
        result.BatchError.HttpStatus.ShouldBe(status);
        result.Orders.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(200)]
    [InlineData(299)]
    public void Batch_AnArrayIn2xx_IsPerOrder(int status)
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, status, """[{"orderId":1,"clientOrderId":"a","status":"NEW"}]""");

        result.BatchError.ShouldBeNull();
        result.Orders.Single().OrderId.ShouldBe(1);
        result.AllAccepted.ShouldBeTrue();
    }

    [Fact]
    public void Batch_TrailingCommaAndComments_AreRead()
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200, """
            [
              {"orderId": 7, "clientOrderId": "x", "status": "NEW"}, // placed
              {"code": -2019, "msg": "Margin is insufficient."},
            ]
            """);

        result.BatchError.ShouldBeNull();
        result.Orders.Count.ShouldBe(2);
        result.Orders[0].OrderId.ShouldBe(7);
        result.Orders[1].Error!.Code.ShouldBe(-2019);
    }

    [Fact]
    public void Batch_OrderFieldsOfTheWrongType_AreNullNotAnException()
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200, """[{"orderId":"12","clientOrderId":123,"status":5},{"orderId":3}]""");

        result.Orders.Count.ShouldBe(2);
        result.Orders[0].IsAccepted.ShouldBeTrue();
        result.Orders[0].OrderId.ShouldBeNull();
        result.Orders[0].ClientOrderId.ShouldBeNull();
        result.Orders[0].Status.ShouldBeNull();
        result.Orders[1].OrderId.ShouldBe(3);
        result.Orders[1].ClientOrderId.ShouldBeNull();
        result.Orders[1].Status.ShouldBeNull();
    }

    [Fact]
    public void Batch_Equality_HandlesNullAndTellsResultsApart()
    {
        var accepted = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200, """[{"orderId":1,"clientOrderId":"a","status":"NEW"}]""");
        var refused = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 400, """{"code":-1102,"msg":"Mandatory parameter 'batchOrders' was not sent, was empty/null, or malformed."}""");
        var otherRefusal = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""");

        accepted.Equals(null).ShouldBeFalse();
        refused.Equals(null).ShouldBeFalse();
        accepted.ShouldNotBe(refused);
        refused.ShouldNotBe(otherRefusal);

        // Hash codes follow what differs, so results key dictionaries well: the batch error and each order.
        new[] { accepted, refused, otherRefusal }.Select(r => r.GetHashCode()).Distinct().Count().ShouldBe(3);
        BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200, """[{"orderId":2}]""").GetHashCode()
            .ShouldNotBe(BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200, """[{"orderId":3}]""").GetHashCode());
    }

    [Fact]
    public void Classify_TextAndBytes_Agree()
    {
        const string body = """{"code":-1013,"msg":"Filter failure: LOT_SIZE"}""";

        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, body)
            .ShouldBe(BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, Encoding.UTF8.GetBytes(body)));
    }
}
