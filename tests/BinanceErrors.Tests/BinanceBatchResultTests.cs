namespace BinanceErrors.Tests;

public sealed class BinanceBatchResultTests
{
    // POST /fapi/v1/batchOrders "Response Example", verbatim (comments included), from
    // https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Place-Multiple-Orders
    // via rosssaunders/coincise a00ae58 docs/binance/usdm/endpoints/private/post_fapi_v1_batchorders.md.
    private const string DocumentedReply = """
        [
          {
            "clientOrderId": "testOrder",
            "cumQty": "0",
            "cumQuote": "0",
            "executedQty": "0",
            "orderId": 22542179,
            "avgPrice": "0.00000",
            "origQty": "10",
            "price": "0",
            "reduceOnly": false,
            "side": "BUY",
            "positionSide": "SHORT",
            "status": "NEW",
            "stopPrice": "9300", // please ignore when order type is TRAILING_STOP_MARKET
            "symbol": "BTCUSDT",
            "timeInForce": "GTC",
            "type": "TRAILING_STOP_MARKET",
            "origType": "TRAILING_STOP_MARKET",
            "activatePrice": "9020", // activation price, only return with TRAILING_STOP_MARKET order
            "priceRate": "0.3", // callback rate, only return with TRAILING_STOP_MARKET order
            "updateTime": 1566818724722,
            "workingType": "CONTRACT_PRICE",
            "priceProtect": false, // if conditional order trigger is protected
            "priceMatch": "NONE", //price match mode
            "selfTradePreventionMode": "NONE", //self trading preventation mode
            "goodTillDate": 1693207680000 //order pre-set auot cancel time for TIF GTD order
          },
          {
            "code": -2022,
            "msg": "ReduceOnly Order is rejected."
          }
        ]
        """;

    [Fact]
    public void DocumentedReply_IsClassifiedElementByElement()
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200, DocumentedReply);

        result.BatchError.ShouldBeNull();
        result.AllAccepted.ShouldBeFalse();
        result.Orders.Count.ShouldBe(2);

        var accepted = result.Orders[0];
        accepted.IsAccepted.ShouldBeTrue();
        (accepted.Index, accepted.OrderId, accepted.ClientOrderId, accepted.Status).ShouldBe((0, 22542179L, "testOrder", "NEW"));

        var refused = result.Orders[1];
        refused.IsAccepted.ShouldBeFalse();
        refused.Index.ShouldBe(1);
        refused.Error!.Code.ShouldBe(-2022);
        refused.Error.Definition!.Name.ShouldBe("REDUCE_ONLY_REJECT");
        refused.Error.Message.ShouldBe("ReduceOnly Order is rejected.");
        refused.Error.Kind.ShouldBe(BinanceErrorKind.OrderRejected);
        refused.Error.ExecutionUnknown.ShouldBeFalse();
        refused.Error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
    }

    [Fact]
    public void MinNotionalInsideABatch_IsThatOrdersOwnFilterRejection()
    {
        // enarjord/passivbot#401: -4164 as one element of a batch reply.
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 200,
            """[{"code":-4164,"msg":"Order's notional must be no smaller than 5 (unless you choose reduce only)"},{"code":-1111,"msg":"Precision is over the maximum defined for this asset."}]""");

        result.Orders.Select(o => o.Error!.Code).ShouldBe([-4164, -1111]);
        result.Orders[0].Error!.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        result.Orders[0].Error!.Arguments.ShouldHaveSingleItem().Value.ShouldBe("5");
    }

    [Theory]
    [InlineData(400, """{"code":-4082,"msg":"Invalid number of batch place orders."}""", -4082, BinanceErrorKind.InvalidRequest, false)]
    [InlineData(503, """{"code":-1008,"msg":"Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again."}""", -1008, BinanceErrorKind.ServiceUnavailable, false)]
    [InlineData(408, "", null, BinanceErrorKind.ExecutionUnknown, true)]
    [InlineData(200, "<html>gateway</html>", null, BinanceErrorKind.Unknown, false)]
    public void WholeBatchReplies_AreOneErrorForTheBatch(int status, string body, int? code, BinanceErrorKind kind, bool unknown)
    {
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, status, body);

        result.Orders.ShouldBeEmpty();
        result.BatchError.ShouldNotBeNull();
        result.BatchError.Code.ShouldBe(code);
        result.BatchError.Kind.ShouldBe(kind);
        (result.BatchError.Kind == BinanceErrorKind.ExecutionUnknown || result.BatchError.ExecutionUnknown).ShouldBe(unknown);
    }

    [Theory]
    [InlineData("""{"timestamp":1700000000000,"status":503,"error":"Service Unavailable","msg":"Service Unavailable.","path":"/fapi/v1/batchOrders"}""", RecoveryAction.RetryWithBackoff)]
    [InlineData("""{"msg":"Unknown error, please check your request or try again later.","code":-1000}""", RecoveryAction.Reconcile)]
    public void Futures503ForABatch_KeepsTheTextsDocumentedMeaningForEveryOrder(string body, RecoveryAction action)
    {
        // general-info "HTTP 503": "Service Unavailable." is a certain failure; "Unknown error, …" means sent, outcome unknown.
        var result = BinanceBatchResult.Read(BinanceVenue.UsdMFutures, 503, body);

        result.Orders.ShouldBeEmpty();
        result.BatchError!.Advice.Action.ShouldBe(action);
    }
}
