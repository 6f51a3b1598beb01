using System.Text;

namespace BinanceErrors.Tests;

public sealed class BinanceApiExceptionTests
{
    private static BinanceError Classify(int? status, string body, RequestIntent intent = RequestIntent.Unspecified) =>
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, status, Encoding.UTF8.GetBytes(body), default, intent);

    [Theory]
    [InlineData(429, """{"code":-1003,"msg":"Too many requests queued."}""", typeof(BinanceRateLimitException))]
    [InlineData(418, """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans."}""", typeof(BinanceRateLimitException))]
    [InlineData(400, """{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""", typeof(BinanceClockSkewException))]
    [InlineData(400, """{"code":-1022,"msg":"Signature for this request is not valid."}""", typeof(BinanceAuthenticationException))]
    [InlineData(400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}""", typeof(BinanceInsufficientBalanceException))]
    [InlineData(400, """{"code":-2013,"msg":"Order does not exist."}""", typeof(BinanceOrderNotFoundException))]
    [InlineData(500, """{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}""", typeof(BinanceExecutionUnknownException))]
    [InlineData(400, """{"code":-1121,"msg":"Invalid symbol."}""", typeof(BinanceApiException))]
    public void Create_PicksTheCatchableSubclassForTheKind(int status, string body, Type expected)
    {
        var exception = BinanceApiException.Create(Classify(status, body), "demo-1");

        exception.GetType().ShouldBe(expected);
        exception.ShouldBeAssignableTo<BinanceException>();
        exception.HttpStatus.ShouldBe(status);
    }

    [Fact]
    public void ExecutionUnknown_CarriesTheClientOrderId()
    {
        var exception = BinanceApiException.Create(Classify(502, "<html><title>502</title></html>", RequestIntent.PlaceOrder), "demo-run-7");

        var unknown = exception.ShouldBeOfType<BinanceExecutionUnknownException>();
        unknown.ClientOrderId.ShouldBe("demo-run-7");
        unknown.Data["ClientOrderId"].ShouldBe("demo-run-7");
    }

    [Fact]
    public void RateLimit_ExposesRetryAfterAndBan()
    {
        var error = BinanceErrorClassifier.Classify(
            BinanceVenue.Spot,
            418,
            """{"code":-1003,"msg":"Way too much request weight used; IP banned until 4102444800000. Please use WebSocket Streams for live updates to avoid bans."}"""u8,
            new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", "120")]),
            timeProvider: new Fixtures.ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(4102444800000).AddMinutes(-2)));

        var exception = BinanceApiException.Create(error).ShouldBeOfType<BinanceRateLimitException>();

        exception.IsBan.ShouldBeTrue();
        exception.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(4102444800000));
        exception.RetryAfter.ShouldNotBeNull();
        exception.Code.ShouldBe(BinanceErrorCodes.TooManyRequests);
    }

    [Fact]
    public void ToString_ShowsCodeNameVenueAndAdvice()
    {
        var exception = BinanceApiException.Create(Classify(400, """{"code":-2010,"msg":"Account has insufficient balance for requested action."}"""));

        var text = exception.ToString();
        text.ShouldContain("-2010");
        text.ShouldContain("NEW_ORDER_REJECTED");
        text.ShouldContain("Spot");
        text.ShouldContain("Advice: do not retry; fix the request");
        exception.Message.ShouldBe("Binance spot error -2010 NEW_ORDER_REJECTED (InsufficientBalance, HTTP 400): Account has insufficient balance for requested action. Advice: do not retry; fix the request.");
    }

    [Fact]
    public void Secrets_NeverAppearInMessageOrToString()
    {
        const string apiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
        const string signature = "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71";
        var body = $$"""{"code":-1022,"msg":"Signature for this request is not valid. symbol=LTCBTC&timestamp=1499827319559&signature={{signature}} X-MBX-APIKEY: {{apiKey}} apiKey={{apiKey}}"}""";

        var error = Classify(400, body);
        var exception = BinanceApiException.Create(error);

        foreach (var text in new[] { exception.Message, exception.ToString(), error.ToString() })
        {
            text.ShouldNotContain(apiKey);
            text.ShouldNotContain(signature);
            text.ShouldContain("signature=***");
        }
    }
}
