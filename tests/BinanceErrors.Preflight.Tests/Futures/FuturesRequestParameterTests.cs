using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>Building USDⓈ-M requests from <c>name=value</c> pairs: every parameter under its Binance name, the first occurrence wins.</summary>
public sealed class FuturesRequestParameterTests
{
    [Fact]
    public void Order_ReadsEveryParameterItModels()
    {
        var order = FuturesOrderRequest.FromParameters([
            new("symbol", "BTCUSDT"), new("side", "SELL"), new("positionSide", "SHORT"), new("type", "LIMIT"), new("timeInForce", "GTD"),
            new("quantity", "0.002"), new("reduceOnly", "true"), new("price", "60000.10"), new("newClientOrderId", "c-1"), new("stopPrice", "59000"),
            new("closePosition", "false"), new("activationPrice", "61000"), new("callbackRate", "1.5"), new("workingType", "MARK_PRICE"),
            new("priceProtect", "TRUE"), new("newOrderRespType", "RESULT"), new("priceMatch", "OPPONENT"), new("selfTradePreventionMode", "NONE"),
            new("goodTillDate", "1798761600000"), new("timestamp", "1"),
        ]);

        order.ShouldBe(new FuturesOrderRequest
        {
            Symbol = "BTCUSDT", Side = "SELL", PositionSide = "SHORT", Type = "LIMIT", TimeInForce = "GTD", Quantity = "0.002", ReduceOnly = "true",
            Price = "60000.10", NewClientOrderId = "c-1", StopPrice = "59000", ClosePosition = "false", ActivationPrice = "61000", CallbackRate = "1.5",
            WorkingType = "MARK_PRICE", PriceProtect = "TRUE", NewOrderRespType = "RESULT", PriceMatch = "OPPONENT", SelfTradePreventionMode = "NONE",
            GoodTillDate = "1798761600000",
        });
    }

    [Fact]
    public void AlgoOrder_ReadsEveryParameterItModels()
    {
        var order = FuturesAlgoOrderRequest.FromParameters([
            new("algoType", "CONDITIONAL"), new("symbol", "BTCUSDT"), new("side", "BUY"), new("positionSide", "LONG"), new("type", "STOP"),
            new("timeInForce", "GTC"), new("quantity", "0.002"), new("price", "61000"), new("triggerPrice", "60900"), new("workingType", "CONTRACT_PRICE"),
            new("priceMatch", "QUEUE"), new("closePosition", "false"), new("priceProtect", "true"), new("reduceOnly", "false"), new("activatePrice", "1"),
            new("callbackRate", "2"), new("clientAlgoId", "a-1"), new("selfTradePreventionMode", "EXPIRE_BOTH"), new("goodTillDate", "5"),
            new("newOrderRespType", "ACK"), new("recvWindow", "5000"),
        ]);

        order.ShouldBe(new FuturesAlgoOrderRequest
        {
            AlgoType = "CONDITIONAL", Symbol = "BTCUSDT", Side = "BUY", PositionSide = "LONG", Type = "STOP", TimeInForce = "GTC", Quantity = "0.002",
            Price = "61000", TriggerPrice = "60900", WorkingType = "CONTRACT_PRICE", PriceMatch = "QUEUE", ClosePosition = "false", PriceProtect = "true",
            ReduceOnly = "false", ActivatePrice = "1", CallbackRate = "2", ClientAlgoId = "a-1", SelfTradePreventionMode = "EXPIRE_BOTH", GoodTillDate = "5",
            NewOrderRespType = "ACK",
        });
    }

    [Fact]
    public void RepeatedName_FirstOccurrenceWins()
    {
        FuturesOrderRequest.FromParameters([new("quantity", "1"), new("quantity", "2")]).Quantity.ShouldBe("1");
        FuturesAlgoOrderRequest.FromParameters([new("triggerPrice", "1"), new("triggerPrice", "2")]).TriggerPrice.ShouldBe("1");
    }

    [Fact]
    public void DuplicateSymbolInExchangeInfo_TheLastOneSentIsTheOneThatCounts()
    {
        var rules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse("""
            {"symbols":[{"symbol":"X","status":"CLOSE"},{"symbol":"X","status":"TRADING"}]}
            """));

        rules.TryGetSymbol("X", out var x).ShouldBeTrue();
        x.Info.Status.ShouldBe(ContractStatus.Trading);
    }
}
