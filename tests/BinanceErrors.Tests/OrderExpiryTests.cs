namespace BinanceErrors.Tests;

/// <summary>
/// Expired orders are read as expiries with their reason, not as errors. The documents are the documented shapes
/// (binance-spot-api-docs rest-api.md "Response RESULT", user-data-stream.md executionReport, the USDⓈ-M
/// ORDER_TRADE_UPDATE example) with the order expired as the change logs describe: status <c>EXPIRED</c> and
/// <c>expiryReason</c> / <c>eR</c> (Spot, 2026-03-26), <c>er</c> (futures).
/// </summary>
public sealed class OrderExpiryTests
{
    // A MARKET SELL answered with newOrderRespType=RESULT whose taker phase hit the Price Range Execution Rule.
    private const string PriceRangeResult = """
        {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "orderListId": -1,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "transactTime": 1507725176595,
          "price": "0.00000000",
          "origQty": "10.00000000",
          "executedQty": "4.00000000",
          "origQuoteOrderQty": "0.000000",
          "cummulativeQuoteQty": "16000.00000000",
          "status": "EXPIRED",
          "timeInForce": "GTC",
          "type": "MARKET",
          "side": "SELL",
          "workingTime": 1507725176595,
          "selfTradePreventionMode": "NONE",
          "expiryReason": "EXECUTION_RULE_PRICE_RANGE_EXCEEDED"
        }
        """;

    private const string ExecutionReport = """
        {
          "subscriptionId": 0,
          "event": {
            "e": "executionReport", "E": 1499405658658, "s": "ETHBTC", "c": "mUvoqJxFIILMdfAW5iGSOW", "S": "BUY",
            "o": "LIMIT", "f": "IOC", "q": "1.00000000", "p": "0.10264410", "P": "0.00000000", "F": "0.00000000",
            "g": -1, "C": "", "x": "EXPIRED", "X": "EXPIRED", "r": "NONE", "i": 4293153, "l": "0.00000000",
            "z": "0.40000000", "L": "0.00000000", "n": "0", "N": null, "T": 1499405658657, "t": -1, "I": 8641984,
            "w": false, "m": false, "M": false, "O": 1499405658657, "Z": "0.04105764", "Y": "0.00000000",
            "Q": "0.00000000", "V": "NONE", "eR": "UNFILLED_IOC_QUANTITY_EXPIRED"
          }
        }
        """;

    private const string FuturesOrderTradeUpdate = """
        {
          "e": "ORDER_TRADE_UPDATE", "E": 1568879465651, "T": 1568879465650,
          "o": {
            "s": "BTCUSDT", "c": "TEST", "S": "SELL", "o": "MARKET", "f": "IOC", "q": "0.001", "p": "0", "ap": "0",
            "sp": "0", "x": "EXPIRED", "X": "EXPIRED", "i": 8886774, "l": "0", "z": "0", "L": "0", "T": 1568879465650,
            "t": 0, "b": "0", "a": "9.91", "m": false, "R": false, "wt": "CONTRACT_PRICE", "ot": "MARKET", "ps": "BOTH",
            "cp": false, "rp": "0", "pP": false, "si": 0, "ss": 0, "V": "EXPIRE_TAKER", "pm": "NONE", "gtd": 0, "er": "9"
          }
        }
        """;

    [Fact]
    public void AnOrderResponse_WithTheReason_IsAnExpiry()
    {
        OrderExpiry.TryRead(BinanceVenue.Spot, PriceRangeResult, out var expiry).ShouldBeTrue();

        expiry.ShouldBe(new OrderExpiry
        {
            Venue = BinanceVenue.Spot,
            Status = "EXPIRED",
            Symbol = "BTCUSDT",
            OrderId = 28,
            ClientOrderId = "6gCrw2kRUAF9CvJDGP16IP",
            Reason = OrderExpiryReason.ExecutionRulePriceRangeExceeded,
            ReasonText = "EXECUTION_RULE_PRICE_RANGE_EXCEEDED",
        });
        expiry.Description.ShouldContain("Price Range Execution Rule");
        expiry.ToString().ShouldStartWith("BTCUSDT order 28 EXPIRED (EXECUTION_RULE_PRICE_RANGE_EXCEEDED): ");
        expiry.ToString().ShouldEndWith("Not an error.");
    }

    [Fact]
    public void AnExecutionReport_InTheWebSocketApiEnvelope_IsAnExpiry()
    {
        OrderExpiry.TryRead(BinanceVenue.Spot, ExecutionReport, out var expiry).ShouldBeTrue();

        (expiry.Symbol, expiry.OrderId, expiry.ClientOrderId, expiry.Reason)
            .ShouldBe(("ETHBTC", 4293153L, "mUvoqJxFIILMdfAW5iGSOW", OrderExpiryReason.UnfilledIocQuantityExpired));
        expiry.FuturesReason.ShouldBeNull();
    }

    [Fact]
    public void AFuturesOrderTradeUpdate_ReadsTheNumericReason()
    {
        OrderExpiry.TryRead(BinanceVenue.UsdMFutures, FuturesOrderTradeUpdate, out var expiry).ShouldBeTrue();

        (expiry.Symbol, expiry.OrderId, expiry.FuturesReason, expiry.ReasonText, expiry.Reason)
            .ShouldBe(("BTCUSDT", 8886774L, FuturesOrderExpiryReason.UnfilledMarketQuantity, "9", (OrderExpiryReason?)null));
        expiry.Description.ShouldContain("MARKET order");
    }

    [Theory]
    [InlineData("NONE", OrderExpiryReason.None)]
    [InlineData("REJECTED", OrderExpiryReason.Rejected)]
    [InlineData("EXCHANGE_CANCELED", OrderExpiryReason.ExchangeCanceled)]
    [InlineData("OCO_TRIGGER", OrderExpiryReason.OcoTrigger)]
    [InlineData("OTO_PHASE_ONE_EXPIRED", OrderExpiryReason.OtoPhaseOneExpired)]
    [InlineData("UNFILLED_IOC_QUANTITY_EXPIRED", OrderExpiryReason.UnfilledIocQuantityExpired)]
    [InlineData("UNFILLED_FOK_ORDER_EXPIRED", OrderExpiryReason.UnfilledFokOrderExpired)]
    [InlineData("INSUFFICIENT_LIQUIDITY", OrderExpiryReason.InsufficientLiquidity)]
    [InlineData("EXECUTION_RULE_PRICE_RANGE_EXCEEDED", OrderExpiryReason.ExecutionRulePriceRangeExceeded)]
    [InlineData("SOMETHING_NEW", OrderExpiryReason.Unknown)]
    public void EveryDocumentedSpotReason_IsRead(string text, OrderExpiryReason reason)
    {
        OrderExpiry.TryRead(BinanceVenue.Spot, $$"""{"symbol":"BTCUSDT","orderId":1,"status":"EXPIRED","expiryReason":"{{text}}"}""", out var expiry).ShouldBeTrue();

        expiry.Reason.ShouldBe(reason);
        expiry.ReasonText.ShouldBe(text);
        expiry.Description.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void EveryDocumentedFuturesReason_IsRead_AndAnUndocumentedNumberIsKeptAsText()
    {
        foreach (var reason in Enum.GetValues<FuturesOrderExpiryReason>())
        {
            var number = ((int)reason).ToString(System.Globalization.CultureInfo.InvariantCulture);
            OrderExpiry.TryRead(BinanceVenue.UsdMFutures, FuturesOrderTradeUpdate.Replace("\"er\": \"9\"", $"\"er\": {number}", StringComparison.Ordinal), out var expiry).ShouldBeTrue();
            expiry.FuturesReason.ShouldBe(reason);
            expiry.Description.ShouldNotContain("does not know");
        }

        OrderExpiry.TryRead(BinanceVenue.UsdMFutures, FuturesOrderTradeUpdate.Replace("\"er\": \"9\"", "\"er\": \"42\"", StringComparison.Ordinal), out var unknown).ShouldBeTrue();
        (unknown.FuturesReason, unknown.ReasonText).ShouldBe(((FuturesOrderExpiryReason?)null, "42"));
        unknown.Description.ShouldContain("(42)");
    }

    [Fact]
    public void OrderLists_Arrays_CancelReplace_AndWebSocketResults_AreSearched()
    {
        const string OcoResult = """
            {"orderListId":1,"contingencyType":"OCO","listStatusType":"ALL_DONE","listOrderStatus":"ALL_DONE","symbol":"LTCBTC",
             "orders":[{"symbol":"LTCBTC","orderId":2,"clientOrderId":"a"},{"symbol":"LTCBTC","orderId":3,"clientOrderId":"b"}],
             "orderReports":[
               {"symbol":"LTCBTC","orderId":2,"clientOrderId":"a","status":"EXPIRED","expiryReason":"OCO_TRIGGER"},
               {"symbol":"LTCBTC","orderId":3,"clientOrderId":"b","status":"FILLED"}]}
            """;
        OrderExpiry.ReadAll(BinanceVenue.Spot, OcoResult).Select(e => (e.OrderId, e.Reason)).ShouldBe([(2L, (OrderExpiryReason?)OrderExpiryReason.OcoTrigger)]);

        const string AllOrders = """
            [{"symbol":"BTCUSDT","orderId":5,"status":"FILLED"},{"symbol":"BTCUSDT","orderId":6,"status":"EXPIRED","expiryReason":"UNFILLED_FOK_ORDER_EXPIRED"},
             {"symbol":"BTCUSDT","orderId":7,"status":"EXPIRED_IN_MATCH"}]
            """;
        var all = OrderExpiry.ReadAll(BinanceVenue.Spot, AllOrders);
        all.Select(e => (e.OrderId, e.Status)).ShouldBe([(6L, "EXPIRED"), (7L, "EXPIRED_IN_MATCH")]);
        all[1].Reason.ShouldBeNull();
        all[1].Description.ShouldContain("self-trade prevention");

        const string CancelReplace = """
            {"cancelResult":"SUCCESS","newOrderResult":"SUCCESS",
             "cancelResponse":{"symbol":"BTCUSDT","orderId":8,"status":"CANCELED"},
             "newOrderResponse":{"symbol":"BTCUSDT","orderId":9,"status":"EXPIRED","expiryReason":"INSUFFICIENT_LIQUIDITY"}}
            """;
        OrderExpiry.ReadAll(BinanceVenue.Spot, CancelReplace).Single().OrderId.ShouldBe(9);

        const string WebSocketApi = """{"id":"56374a46","status":200,"result":{"symbol":"BTCUSDT","orderId":10,"status":"EXPIRED","expiryReason":"UNFILLED_IOC_QUANTITY_EXPIRED"}}""";
        OrderExpiry.ReadAll(BinanceVenue.Spot, WebSocketApi).Single().OrderId.ShouldBe(10);
    }

    [Theory]
    [InlineData("""{"symbol":"BTCUSDT","orderId":1,"status":"FILLED"}""")]
    [InlineData("""{"symbol":"BTCUSDT","orderId":1,"status":"CANCELED"}""")]
    [InlineData("""{"code":-2010,"msg":"Account has insufficient balance for requested action."}""")]
    [InlineData("""{"id":"1","status":200,"result":{"serverTime":1656400526260}}""")]
    [InlineData("""{"e":"executionReport","s":"BTCUSDT","X":"NEW","x":"NEW","i":1}""")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    public void DocumentsWithoutAnExpiredOrder_HoldNone_AndNeverThrow(string json)
    {
        OrderExpiry.TryRead(BinanceVenue.Spot, json, out var expiry).ShouldBeFalse();
        expiry.ShouldBeNull();
        OrderExpiry.ReadAll(BinanceVenue.Spot, json).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(FuturesOrderExpiryReason.None, "The order expired; the exchange gave no particular reason.")]
    [InlineData(FuturesOrderExpiryReason.SelfTradePrevention, "Self-trade prevention expired the order so the account would not trade against itself.")]
    [InlineData(FuturesOrderExpiryReason.UnfilledIocQuantity, "The part of the IOC order that could not fill at once was canceled.")]
    [InlineData(FuturesOrderExpiryReason.UnfilledIocSelfTradePrevention, "The part of the IOC order that self-trade prevention kept from filling was canceled.")]
    [InlineData(FuturesOrderExpiryReason.ReduceOnlyKnockedOut, "The reduce-only order was knocked out by a higher-priority reduce-only order, or would have opened a reversed position.")]
    [InlineData(FuturesOrderExpiryReason.Liquidation, "The order expired while the account was liquidated.")]
    [InlineData(FuturesOrderExpiryReason.GteConditionUnsatisfied, "The order's GTE condition (good till the position ends) was no longer met.")]
    [InlineData(FuturesOrderExpiryReason.SymbolDelisted, "The symbol was delisted.")]
    [InlineData(FuturesOrderExpiryReason.StopOrderTriggered, "The initial order was canceled after its take-profit / stop-loss order triggered.")]
    [InlineData(FuturesOrderExpiryReason.UnfilledMarketQuantity, "The part of the MARKET order that could not fill was canceled.")]
    [InlineData(FuturesOrderExpiryReason.UnfilledFokOrder, "The FOK order could not fill completely and was canceled.")]
    [InlineData(FuturesOrderExpiryReason.PostOnlyWouldTake, "The post-only order would have traded as a taker and was canceled.")]
    public void EachFuturesReason_IsDescribedAsDocumented(FuturesOrderExpiryReason reason, string description)
    {
        var number = ((int)reason).ToString(System.Globalization.CultureInfo.InvariantCulture);
        OrderExpiry.TryRead(BinanceVenue.CoinMFutures, FuturesOrderTradeUpdate.Replace("\"er\": \"9\"", $"\"er\": {number}", StringComparison.Ordinal), out var expiry).ShouldBeTrue();

        expiry.Description.ShouldBe(description);
        expiry.ToString().ShouldBe($"BTCUSDT order 8886774 EXPIRED ({number}): {description} Not an error.");
    }

    [Theory]
    [InlineData(OrderExpiryReason.None, "The order expired; the exchange gave no particular reason.")]
    [InlineData(OrderExpiryReason.Rejected, "A contingent order, or an order of an OTO list, was refused by the matching engine when it was to be placed (lack of funds or a filter, typically).")]
    [InlineData(OrderExpiryReason.ExchangeCanceled, "Binance canceled the order.")]
    [InlineData(OrderExpiryReason.OcoTrigger, "The other order of its OCO started working, or the whole OCO expired.")]
    [InlineData(OrderExpiryReason.OtoPhaseOneExpired, "The working order of its order list expired, and the whole list with it.")]
    [InlineData(OrderExpiryReason.UnfilledIocQuantityExpired, "The part of the IOC order that did not fill at once expired.")]
    [InlineData(OrderExpiryReason.UnfilledFokOrderExpired, "The FOK order could not fill completely, so none of it did.")]
    [InlineData(OrderExpiryReason.InsufficientLiquidity, "The book had not enough orders to match this one.")]
    [InlineData(OrderExpiryReason.ExecutionRulePriceRangeExceeded, "The taker order would have traded outside the Price Range Execution Rule's band around the reference price, so its rest expired.")]
    [InlineData(OrderExpiryReason.Unknown, "The order expired for a reason this version does not know.")]
    public void EachSpotReason_IsDescribedAsDocumented(OrderExpiryReason reason, string description)
    {
        new OrderExpiry { Venue = BinanceVenue.Spot, Status = "EXPIRED", Reason = reason }.Description.ShouldBe(description);
    }

    [Theory]
    // The order is named by its id, else by its client order id, else not at all; the symbol and the reason only when sent.
    [InlineData("""{"symbol":"BTCUSDT","orderId":1,"clientOrderId":"x","status":"EXPIRED"}""",
        "BTCUSDT order 1 EXPIRED: The order expired; the exchange gave no reason. Not an error.")]
    [InlineData("""{"symbol":"BTCUSDT","clientOrderId":"web_1","status":"EXPIRED_IN_MATCH"}""",
        "BTCUSDT order 'web_1' EXPIRED_IN_MATCH: The order expired by self-trade prevention. Not an error.")]
    [InlineData("""{"orderId":7,"status":"EXPIRED","expiryReason":"NONE"}""",
        "order 7 EXPIRED (NONE): The order expired; the exchange gave no particular reason. Not an error.")]
    [InlineData("""{"symbol":"BTCUSDT","status":"EXPIRED"}""",
        "BTCUSDT order EXPIRED: The order expired; the exchange gave no reason. Not an error.")]
    // Fields of the wrong type are not read: a numeric client order id, a text order id, a numeric Spot reason.
    [InlineData("""{"symbol":"BTCUSDT","orderId":"7","clientOrderId":12,"status":"EXPIRED","expiryReason":3}""",
        "BTCUSDT order EXPIRED: The order expired; the exchange gave no reason. Not an error.")]
    public void AnExpiry_ReadsAsOneLine(string json, string line)
    {
        OrderExpiry.TryRead(BinanceVenue.Spot, json, out var expiry).ShouldBeTrue();

        expiry.ToString().ShouldBe(line);
    }

    [Fact]
    public void AFuturesReasonThatIsNeitherTextNorNumber_IsNoReason()
    {
        OrderExpiry.TryRead(BinanceVenue.UsdMFutures, FuturesOrderTradeUpdate.Replace("\"er\": \"9\"", "\"er\": true", StringComparison.Ordinal), out var expiry).ShouldBeTrue();

        (expiry.FuturesReason, expiry.ReasonText).ShouldBe(((FuturesOrderExpiryReason?)null, (string?)null));
        expiry.Description.ShouldBe("The order expired; the exchange gave no reason.");
    }

    [Theory]
    // A combined stream's envelope ({"stream":…,"data":…}) holds the event under "data".
    [InlineData("""{"stream":"abc","data":{"e":"executionReport","s":"ETHBTC","X":"EXPIRED","i":5,"c":"c1","eR":"OCO_TRIGGER"}}""", 5L)]
    // An ORDER_TRADE_UPDATE whose "o" is no object holds no order.
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","o":"EXPIRED"}""", null)]
    // An object with a status but neither an order id nor a symbol is no order (a WebSocket API envelope, a status page).
    [InlineData("""{"status":"EXPIRED"}""", null)]
    [InlineData("""{"orderId":4,"status":"EXPIRED"}""", 4L)]
    public void EnvelopesAndNonOrders_AreToldApart(string json, long? orderId)
    {
        var found = OrderExpiry.TryRead(BinanceVenue.Spot, json, out var expiry);

        found.ShouldBe(orderId is not null);
        expiry?.OrderId.ShouldBe(orderId);
    }
}
