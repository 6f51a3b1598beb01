using System.Text;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// The cancel-replace <c>data</c> object in each of its documented shapes, filter type names both ways, and what the
/// error text keeps out (secrets) when an error is shown.
/// </summary>
public sealed class CancelReplaceAndNamesTests
{
    private static CancelReplaceOutcome? Outcome(string data) =>
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, Encoding.UTF8.GetBytes($$"""{"code":-2022,"msg":"Order cancel-replace failed.","data":{{data}}}""")).CancelReplace;

    [Theory]
    [InlineData("SUCCESS", CancelReplaceLegResult.Success)]
    [InlineData("FAILURE", CancelReplaceLegResult.Failure)]
    [InlineData("NOT_ATTEMPTED", CancelReplaceLegResult.NotAttempted)]
    [InlineData("success", CancelReplaceLegResult.Unknown)]
    public void LegResults_EveryValue(string text, CancelReplaceLegResult expected)
    {
        var outcome = Outcome($$"""{"cancelResult":"{{text}}","newOrderResult":"{{text}}"}""")!;

        outcome.CancelResult.ShouldBe(expected);
        outcome.NewOrderResult.ShouldBe(expected);
    }

    [Fact]
    public void EitherResultAlone_IsEnough_AndTheOtherIsUnknown()
    {
        var newOnly = Outcome("""{"newOrderResult":"NOT_ATTEMPTED"}""")!;
        newOnly.NewOrderResult.ShouldBe(CancelReplaceLegResult.NotAttempted);
        newOnly.CancelResult.ShouldBe(CancelReplaceLegResult.Unknown);

        var cancelOnly = Outcome("""{"cancelResult":"FAILURE","newOrderResult":7}""")!;
        cancelOnly.CancelResult.ShouldBe(CancelReplaceLegResult.Failure);
        cancelOnly.NewOrderResult.ShouldBe(CancelReplaceLegResult.Unknown);

        Outcome("""{"orderId":1}""").ShouldBeNull();
    }

    [Fact]
    public void Responses_AreKeptRaw_WithTheirCodes_OnlyWhenTheyAreObjects()
    {
        var outcome = Outcome("""{"cancelResult":"FAILURE","newOrderResult":"FAILURE","cancelResponse":{"code":-2011,"msg":"Unknown order sent."},"newOrderResponse":{"code":"-2010","msg":"x"}}""")!;

        outcome.CancelResponseJson.ShouldBe("""{"code":-2011,"msg":"Unknown order sent."}""");
        outcome.CancelErrorCode.ShouldBe(-2011);
        outcome.NewOrderResponseJson.ShouldBe("""{"code":"-2010","msg":"x"}""");
        outcome.NewOrderErrorCode.ShouldBeNull(); // a code in a string is not the exchange's shape here

        var arrays = Outcome("""{"cancelResult":"FAILURE","cancelResponse":[1],"newOrderResponse":"none"}""")!;
        arrays.CancelResponseJson.ShouldBeNull();
        arrays.CancelErrorCode.ShouldBeNull();
        arrays.NewOrderResponseJson.ShouldBeNull();

        Outcome("""{"cancelResult":"SUCCESS","cancelResponse":{"orderId":9}}""")!.CancelErrorCode.ShouldBeNull();
        Outcome("""{"cancelResult":"SUCCESS","cancelResponse":{"code":12345678901}}""")!.CancelErrorCode.ShouldBeNull();
    }

    [Fact]
    public void InvalidUtf8InsideData_LeavesTheHalvesUnknown_AndTheErrorStillClassifies()
    {
        var body = Encoding.UTF8.GetBytes("""{"code":-2022,"msg":"Order cancel-replace failed.","data":{"cancelResult":"X","newOrderResult":"FAILURE"}}""");
        body[Array.LastIndexOf(body, (byte)'X')] = 0xFF;

        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, body);

        error.Code.ShouldBe(-2022);
        error.CancelReplace.ShouldBeNull();
    }

    [Fact]
    public void FilterTypeNames_RoundTrip_AndLegacyNamesParse()
    {
        FilterTypeNames.All.Count.ShouldBe(21);
        foreach (var (type, name) in FilterTypeNames.All)
        {
            FilterTypeNames.TryParse(name, out var parsed).ShouldBeTrue(name);
            parsed.ShouldBe(type);
            type.ToWireName().ShouldBe(name);
        }

        FilterTypeNames.TryParse("MAX_ALGO_ORDERS", out var legacy).ShouldBeTrue();
        legacy.ShouldBe(FilterType.MaxNumAlgoOrders);
        FilterTypeNames.TryParse("EXCHANGE_MAX_ALGO_ORDERS", out legacy).ShouldBeTrue();
        legacy.ShouldBe(FilterType.ExchangeMaxNumAlgoOrders);
        FilterType.MaxNumAlgoOrders.ToWireName().ShouldBe("MAX_NUM_ALGO_ORDERS");
        FilterTypeNames.TryParse("lot_size", out _).ShouldBeFalse();
        FilterType.Unknown.ToWireName().ShouldBe("UNKNOWN");
    }

    [Theory]
    [InlineData("signature=abc123&timestamp=1", "signature=***&timestamp=1")]
    [InlineData("SECRETKEY=s3cr3t rest", "SECRETKEY=*** rest")]
    [InlineData("listenKey=pqkey end", "listenKey=*** end")]
    [InlineData("api_key=k1;x", "api_key=***")]
    [InlineData("X-MBX-APIKEY : abc def", "X-MBX-APIKEY : *** def")]
    [InlineData("token 012345678901234567890123456789012345678901234567 end", "token *** end")] // 48 characters
    [InlineData("token 01234567890123456789012345678901234567890123456 end", "token 01234567890123456789012345678901234567890123456 end")] // 47
    public void ShownErrors_KeepSecretsOut(string message, string shown)
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, 400, $$"""{"code":-1022,"msg":"{{message.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""");

        error.ToString().ShouldContain(": " + shown + " -> ");
    }
}
