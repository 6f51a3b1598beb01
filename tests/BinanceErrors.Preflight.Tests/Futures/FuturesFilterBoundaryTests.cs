using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// Every USDⓈ-M rule at its limit and one tick, step or millisecond either side, every documented enum value accepted,
/// and which rules are reported as not checked when the context lacks what they need. All through both validators
/// (<see cref="FuturesValidationByBoth"/>). BTCUSDT in the built-in document: price 261.10..809484 tick 0.10 from minPrice;
/// LOT_SIZE 0.001..1000 step 0.001; MARKET_LOT_SIZE max 120; notional 100; PERCENT_PRICE 1.05 / 0.95; MAX_NUM_ORDERS 200.
/// The context's clock is 2026-11-30T00:00:00Z = 1795996800000 ms.
/// </summary>
public sealed class FuturesFilterBoundaryTests
{
    private const string GtdWindow = "The goodTillDate timestamp must be greater than the current time plus 600 seconds and smaller than 253402300799000 (UTC 9999-12-31 23:59:59)";
    private const string Notional100 = "Order's notional must be no smaller than 100 (unless you choose reduce only)";

    private static readonly FuturesExchangeRules Rules = FuturesExchangeFixture.Rules;
    private static readonly FuturesOrderRequest Limit = FuturesExchangeFixture.ValidLimit;
    private static readonly FuturesOrderRequest Market = new() { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.002" };
    private static readonly FuturesAlgoOrderRequest StopMarket = FuturesExchangeFixture.ValidAlgo;
    private static readonly FuturesAlgoOrderRequest Trailing = StopMarket with { Type = "TRAILING_STOP_MARKET", TriggerPrice = null, CallbackRate = "1", ActivatePrice = "61000" };
    private static readonly FuturesMarketContext Full = FuturesExchangeFixture.FullContext;
    private static readonly FuturesMarketContext Hedge = Full with { DualSidePosition = true };

    public static TheoryData<string, FuturesOrderRequest, FuturesMarketContext, int, string?> Orders() => new()
    {
        // PRICE_FILTER.
        { "price = maxPrice", Limit with { Price = "809484" }, Full with { MarkPrice = 800000m }, 0, null },
        { "price = minPrice", Limit with { Price = "261.10", Quantity = "1" }, Full with { MarkPrice = 261.1m }, 0, null },

        // LOT_SIZE and MARKET_LOT_SIZE.
        { "quantity = maxQty", Limit with { Quantity = "1000" }, Full, 0, null },
        { "quantity = minQty at notional 100", Limit with { Price = "100000.00", Quantity = "0.001" }, Full with { MarkPrice = 100000m }, 0, null },
        { "LIMIT above MARKET_LOT_SIZE max", Limit with { Quantity = "500" }, Full, 0, null },
        { "MARKET = MARKET_LOT_SIZE max", Market with { Quantity = "120" }, Full, 0, null },
        { "quantity 0.000", Limit with { Quantity = "0.000" }, Full, -4003, "Quantity less than zero." },

        // PERCENT_PRICE: the band's edges are inside.
        { "SELL at the floor", Limit with { Side = "SELL", Price = "57000.00" }, Full, 0, null },
        { "MARKET BUY, best ask at the cap", Market, Full with { BestAsk = 63000m }, 0, null },
        { "MARKET SELL, best bid at the floor", Market with { Side = "SELL" }, Full with { BestBid = 57000m }, 0, null },

        // MIN_NOTIONAL: LIMIT at its price, MARKET at the mark price.
        { "MARKET notional exactly 100 at mark", Market, Full with { MarkPrice = 50000m, BestAsk = 50000m }, 0, null },
        { "MARKET notional 99.9998 at mark", Market, Full with { MarkPrice = 49999.9m, BestAsk = 49999.9m }, -4164, Notional100 },
        { "priceMatch LIMIT notional at mark", Limit with { Price = null, PriceMatch = "OPPONENT", Quantity = "0.002" }, Full with { MarkPrice = 49999.9m }, -4164, Notional100 },
        { "priceMatch LIMIT notional 100 at mark", Limit with { Price = null, PriceMatch = "OPPONENT", Quantity = "0.002" }, Full with { MarkPrice = 50000m }, 0, null },
        { "close-out below notional, reduceOnly", Market with { Side = "SELL", Quantity = "0.001", ReduceOnly = "true" }, Full, 0, null },

        // Open orders.
        { "199 open orders", Limit, Full with { OpenOrders = 199 }, 0, null },
        { "LIMIT ignores the algo order counts", Limit, Full with { OpenAlgoOrders = 10, AccountOpenAlgoOrders = 200 }, 0, null },

        // GTD window: strictly later than now + 600 s, strictly earlier than 253402300799000.
        { "goodTillDate = now + 600 s", Limit with { TimeInForce = "GTD", GoodTillDate = "1795997400000" }, Full, -5040, GtdWindow },
        { "goodTillDate = now + 600 s + 1 ms", Limit with { TimeInForce = "GTD", GoodTillDate = "1795997400001" }, Full, 0, null },
        { "goodTillDate one ms under the cap", Limit with { TimeInForce = "GTD", GoodTillDate = "253402300798999" }, Full, 0, null },
        { "goodTillDate not a number", Limit with { TimeInForce = "GTD", GoodTillDate = "tomorrow" }, Full, -1102, "Mandatory parameter 'goodTillDate' was not sent, was empty/null, or malformed." },
        { "goodTillDate empty", Limit with { TimeInForce = "GTD", GoodTillDate = "" }, Full, -1105, "Parameter 'goodTillDate' was empty." },

        // Enumerations: every documented value passes.
        { "IOC", Limit with { TimeInForce = "IOC" }, Full, 0, null },
        { "FOK", Limit with { TimeInForce = "FOK" }, Full, 0, null },
        { "GTX", Limit with { TimeInForce = "GTX" }, Full, 0, null },
        { "SELL", Limit with { Side = "SELL" }, Full, 0, null },
        { "EXPIRE_TAKER", Limit with { SelfTradePreventionMode = "EXPIRE_TAKER" }, Full, 0, null },
        { "EXPIRE_MAKER", Limit with { SelfTradePreventionMode = "EXPIRE_MAKER" }, Full, 0, null },
        { "EXPIRE_BOTH", Limit with { SelfTradePreventionMode = "EXPIRE_BOTH" }, Full, 0, null },
        { "NONE", Limit with { SelfTradePreventionMode = "NONE" }, Full, 0, null },
        { "ACK", Limit with { NewOrderRespType = "ACK" }, Full, 0, null },
        { "RESULT", Limit with { NewOrderRespType = "RESULT" }, Full, 0, null },
        { "OPPONENT", Limit with { Price = null, PriceMatch = "OPPONENT" }, Full, 0, null },
        { "OPPONENT_5", Limit with { Price = null, PriceMatch = "OPPONENT_5" }, Full, 0, null },
        { "OPPONENT_10", Limit with { Price = null, PriceMatch = "OPPONENT_10" }, Full, 0, null },
        { "OPPONENT_20", Limit with { Price = null, PriceMatch = "OPPONENT_20" }, Full, 0, null },
        { "QUEUE", Limit with { Price = null, PriceMatch = "QUEUE" }, Full, 0, null },
        { "QUEUE_5", Limit with { Price = null, PriceMatch = "QUEUE_5" }, Full, 0, null },
        { "QUEUE_10", Limit with { Price = null, PriceMatch = "QUEUE_10" }, Full, 0, null },
        { "QUEUE_20", Limit with { Price = null, PriceMatch = "QUEUE_20" }, Full, 0, null },
        { "priceMatch lower case", Limit with { Price = null, PriceMatch = "queue" }, Full, -5037, "Invalid price match" },
        { "reduceOnly false", Limit with { ReduceOnly = "false" }, Full, 0, null },
        { "reduceOnly TRUE", Limit with { ReduceOnly = "TRUE" }, Full, -4062, "Invalid or improper reduceOnly value." },
        { "side lower case", Limit with { Side = "buy" }, Full, -1117, "Invalid side." },

        // Client order id ^[\.A-Z\:/a-z0-9_-]{1,36}$.
        { "client id of 36", Limit with { NewClientOrderId = new string('A', 36) }, Full, 0, null },
        { "client id with every allowed mark", Limit with { NewClientOrderId = "a.b:c/d_e-F9" }, Full, 0, null },
        { "client id with .", Limit with { NewClientOrderId = "." }, Full, 0, null },
        { "client id with :", Limit with { NewClientOrderId = ":" }, Full, 0, null },
        { "client id with /", Limit with { NewClientOrderId = "/" }, Full, 0, null },
        { "client id with _", Limit with { NewClientOrderId = "_" }, Full, 0, null },
        { "client id with -", Limit with { NewClientOrderId = "-" }, Full, 0, null },
        { "client id with +", Limit with { NewClientOrderId = "a+b" }, Full, -4015, "Client order id is not valid." },
        { "client id non-ASCII digit", Limit with { NewClientOrderId = "a١" }, Full, -4015, "Client order id is not valid." },

        // Position mode.
        { "SHORT SELL in Hedge Mode", Limit with { Side = "SELL", PositionSide = "SHORT" }, Hedge, 0, null },
        { "SHORT in One-way Mode", Limit with { PositionSide = "SHORT" }, Full, -4061, "Order's position side does not match user's setting." },

        // Empty values name their parameter.
        { "price empty", Limit with { Price = "" }, Full, -1105, "Parameter 'price' was empty." },
        { "symbol empty", Limit with { Symbol = "" }, Full, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "type empty", Limit with { Type = "" }, Full, -1102, "Mandatory parameter 'type' was not sent, was empty/null, or malformed." },
        { "side missing", Limit with { Side = null }, Full, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed." },
        { "quantity with closePosition=false", Limit with { ClosePosition = "false" }, Full, -1106, "Parameter 'closePosition' sent when not required." },
        { "activationPrice empty on LIMIT", Limit with { ActivationPrice = "" }, Full, -1106, "Parameter 'activationPrice' sent when not required." },
    };

    public static TheoryData<string, FuturesAlgoOrderRequest, FuturesMarketContext, int, string?> AlgoOrders() => new()
    {
        // PRICE_FILTER on the trigger and activation prices.
        { "triggerPrice = maxPrice", StopMarket with { Side = "BUY", TriggerPrice = "809484" }, Full, 0, null },
        { "triggerPrice = minPrice", StopMarket with { TriggerPrice = "261.10", Quantity = "1" }, Full, 0, null },
        { "activatePrice above maxPrice", Trailing with { ActivatePrice = "809484.1" }, Full, -4007, "Stop price greater than max price." },
        { "activatePrice below minPrice", Trailing with { ActivatePrice = "261" }, Full, -4013, "Price less than min price." },
        { "activatePrice off tick", Trailing with { ActivatePrice = "61000.05" }, Full, -4014, "Price not increased by tick size." },
        { "STOP price above maxPrice", StopMarket with { Type = "STOP", Price = "809484.1", TimeInForce = "GTC" }, Full, -4002, "Price greater than max price." },

        // MIN_NOTIONAL: STOP_MARKET / TAKE_PROFIT_MARKET at the trigger, TRAILING_STOP_MARKET at activatePrice or the mark.
        { "STOP_MARKET notional 100 at trigger", StopMarket with { TriggerPrice = "50000" }, Full, 0, null },
        { "STOP_MARKET notional 99.9998 at trigger", StopMarket with { TriggerPrice = "49999.9" }, Full, -4164, Notional100 },
        { "TAKE_PROFIT_MARKET notional 99.9998 at trigger", StopMarket with { Type = "TAKE_PROFIT_MARKET", Side = "BUY", TriggerPrice = "49999.9" }, Full, -4164, Notional100 },
        { "TAKE_PROFIT notional at price", StopMarket with { Type = "TAKE_PROFIT", Price = "49999.9", TimeInForce = "GTC", Quantity = "0.002" }, Full with { MarkPrice = 50000m }, -4164, Notional100 },
        { "TRAILING notional 100 at activatePrice", Trailing with { ActivatePrice = "50000" }, Full, 0, null },
        { "TRAILING notional 99.9998 at activatePrice", Trailing with { ActivatePrice = "49999.9" }, Full, -4164, Notional100 },
        { "TRAILING without activatePrice, notional at mark", Trailing with { ActivatePrice = null }, Full with { MarkPrice = 49999.9m }, -4164, Notional100 },
        { "TRAILING without activatePrice, 100 at mark", Trailing with { ActivatePrice = null }, Full with { MarkPrice = 50000m }, 0, null },
        { "closePosition is exempt from notional", StopMarket with { Quantity = null, ClosePosition = "true", TriggerPrice = "261.10" }, Full, 0, null },

        // callbackRate 0.1..20 with two decimals (the maximum was 10 until 2026-10-23).
        { "callbackRate 0.1", Trailing with { CallbackRate = "0.1" }, Full, 0, null },
        { "callbackRate 10.01 (above the old maximum)", Trailing with { CallbackRate = "10.01" }, Full, 0, null },
        { "callbackRate 20", Trailing with { CallbackRate = "20" }, Full, 0, null },
        { "callbackRate 0.09", Trailing with { CallbackRate = "0.09" }, Full, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "callbackRate 20.01", Trailing with { CallbackRate = "20.01" }, Full, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "callbackRate 1.001", Trailing with { CallbackRate = "1.001" }, Full, -1111, "Precision is over the maximum defined for this asset." },
        { "callbackRate empty", Trailing with { CallbackRate = "" }, Full, -1105, "Parameter 'callbackRate' was empty." },
        { "callbackRate on STOP_MARKET", StopMarket with { CallbackRate = "1" }, Full, -1106, "Parameter 'callbackRate' sent when not required." },

        // Mandatory and empty values under the algo endpoint's names.
        { "triggerPrice empty", StopMarket with { TriggerPrice = "" }, Full, -1105, "Parameter 'triggerPrice' was empty." },
        { "quantity empty", StopMarket with { Quantity = "" }, Full, -1105, "Parameter 'quantity' was empty." },
        { "STOP price empty", StopMarket with { Type = "STOP", Price = "", TimeInForce = "GTC" }, Full, -1105, "Parameter 'price' was empty." },
        { "STOP with priceMatch instead of price", StopMarket with { Type = "STOP", PriceMatch = "QUEUE", TimeInForce = "GTC" }, Full, 0, null },
        { "triggerPrice on TRAILING as activate", Trailing with { TriggerPrice = "61000" }, Full, -1106, "Parameter 'triggerPrice' sent when not required." },
        { "algoType empty", StopMarket with { AlgoType = "" }, Full, -1102, "Mandatory parameter 'algoType' was not sent, was empty/null, or malformed." },
        { "activatePrice illegal", Trailing with { ActivatePrice = "61,000" }, Full, -1102, "Mandatory parameter 'activatePrice' was not sent, was empty/null, or malformed." },
        { "triggerPrice illegal", StopMarket with { TriggerPrice = "5e4" }, Full, -1102, "Mandatory parameter 'triggerPrice' was not sent, was empty/null, or malformed." },
        { "triggerPrice negative", StopMarket with { TriggerPrice = "-58000" }, Full, -1102, "Mandatory parameter 'triggerPrice' was not sent, was empty/null, or malformed." },
        { "callbackRate negative", Trailing with { CallbackRate = "-1" }, Full, -1102, "Mandatory parameter 'callbackRate' was not sent, was empty/null, or malformed." },

        // closePosition, reduceOnly and the position side.
        { "closePosition false with quantity", StopMarket with { ClosePosition = "false" }, Full, 0, null },
        { "TAKE_PROFIT_MARKET closePosition", StopMarket with { Type = "TAKE_PROFIT_MARKET", Side = "BUY", TriggerPrice = "57000", Quantity = null, ClosePosition = "true" }, Full, 0, null },
        { "closePosition on TRAILING", Trailing with { ClosePosition = "true" }, Full, -1106, "Parameter 'closePosition' sent when not required." },
        { "closePosition with reduceOnly=false", StopMarket with { Quantity = null, ClosePosition = "true", ReduceOnly = "false" }, Full, -1106, "Parameter 'reduceOnly' sent when not required." },
        { "closePosition without quantity on STOP", StopMarket with { Type = "STOP", Price = "58000", TimeInForce = "GTC", Quantity = null, ClosePosition = "true" }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "closePosition TRUE", StopMarket with { Quantity = null, ClosePosition = "TRUE" }, Full, -1130, "Data sent for parameter 'closePosition' is not valid." },
        { "SHORT in Hedge Mode", StopMarket with { Side = "BUY", PositionSide = "SHORT" }, Full with { DualSidePosition = true }, 0, null },

        // Working type.
        { "MARK_PRICE", StopMarket with { WorkingType = "MARK_PRICE" }, Full, 0, null },
        { "CONTRACT_PRICE", StopMarket with { WorkingType = "CONTRACT_PRICE" }, Full, 0, null },
        { "workingType lower case", StopMarket with { WorkingType = "mark_price" }, Full, -4031, "Invalid parameter working type" },

        // Client algo id.
        { "clientAlgoId of 36", StopMarket with { ClientAlgoId = new string('z', 36) }, Full, 0, null },
        { "clientAlgoId illegal", StopMarket with { ClientAlgoId = "sl btc" }, Full, -4015, "Client order id is not valid." },

        // MAX_NUM_ORDERS 200 (the open conditional order limits: ConditionalOrderLimitTests).
        { "199 open orders", StopMarket, Full with { OpenOrders = 199, OpenAlgoOrders = 9 }, 0, null },

        // GTD on the algo endpoint.
        { "algo GTD = now + 600 s", StopMarket with { Type = "STOP", Price = "58000", TimeInForce = "GTD", GoodTillDate = "1795997400000" }, Full, -5040, GtdWindow },
        { "algo GTD = now + 600 s + 1 ms", StopMarket with { Type = "STOP", Price = "58000", TimeInForce = "GTD", GoodTillDate = "1795997400001" }, Full, 0, null },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Order_AtTheBoundary(string rule, FuturesOrderRequest order, FuturesMarketContext context, int code, string? message) =>
        Expect(rule, FuturesValidationByBoth.Validate(Rules, order, context), code, message);

    [Theory]
    [MemberData(nameof(AlgoOrders))]
    public void AlgoOrder_AtTheBoundary(string rule, FuturesAlgoOrderRequest order, FuturesMarketContext context, int code, string? message) =>
        Expect(rule, FuturesValidationByBoth.ValidateAlgo(Rules, order, context), code, message);

    [Fact]
    public void MarketPercentPrice_NeedsBothTheMarkAndTheBestOppositePrice()
    {
        FuturesValidationByBoth.Validate(Rules, Market, Full with { BestAsk = null }).NotChecked.ShouldBe(FuturesPreflightChecks.MarketPercentPrice);
        FuturesValidationByBoth.Validate(Rules, Market with { Side = "SELL" }, Full with { BestBid = null }).NotChecked.ShouldBe(FuturesPreflightChecks.MarketPercentPrice);
        FuturesValidationByBoth.Validate(Rules, Market with { Side = "SELL" }, Full with { BestAsk = null }).NotChecked.ShouldBe(FuturesPreflightChecks.None);
        FuturesValidationByBoth.Validate(Rules, Market, Full with { MarkPrice = null }).NotChecked
            .ShouldBe(FuturesPreflightChecks.MarketPercentPrice | FuturesPreflightChecks.MinNotional);
    }

    [Fact]
    public void AlgoOrders_WithoutCounts_ReportBothCountsNotChecked()
    {
        var result = FuturesValidationByBoth.ValidateAlgo(
            FuturesExchangeFixture.RulesWithAlgoFilter, StopMarket, Full with { OpenOrders = null, OpenAlgoOrders = null, DualSidePosition = null });

        result.IsValid.ShouldBeTrue();
        result.NotChecked.ShouldBe(FuturesPreflightChecks.MaxNumOrders | FuturesPreflightChecks.MaxNumAlgoOrders | FuturesPreflightChecks.PositionMode);
        FuturesValidationByBoth.ValidateAlgo(Rules, Trailing with { ActivatePrice = null }, Full with { MarkPrice = null }).NotChecked.ShouldBe(FuturesPreflightChecks.MinNotional);
        FuturesValidationByBoth.ValidateAlgo(Rules, StopMarket with { Type = "STOP", Price = "58000", TimeInForce = "GTD", GoodTillDate = "1795997400000" }, Full with { Now = null })
            .NotChecked.ShouldBe(FuturesPreflightChecks.GoodTillDate);
    }

    [Fact]
    public void ParsedValues_AreReturnedWithTheVerdict()
    {
        var trailing = FuturesValidationByBoth.ValidateAlgo(Rules, Trailing with { PositionSide = "BOTH", ReduceOnly = "true", TimeInForce = "GTC" }, Full);

        trailing.IsValid.ShouldBeTrue(trailing.Message);
        trailing.Order.Side.ShouldBe(BinanceOrderSide.Sell);
        trailing.Order.Type.ShouldBe(FuturesOrderType.TrailingStopMarket);
        trailing.Order.PositionSide.ShouldBe(PositionSide.Both);
        trailing.Order.TimeInForce.ShouldBe(FuturesTimeInForce.Gtc);
        trailing.Order.ActivationPrice.ShouldBe(61000m);
        trailing.Order.CallbackRate.ShouldBe(1m);
        trailing.Order.ReduceOnly.ShouldBeTrue();
        trailing.Order.ClosePosition.ShouldBeFalse();
        trailing.Rules!.Symbol.ShouldBe("BTCUSDT");

        var gtd = FuturesValidationByBoth.Validate(Rules, Limit with { TimeInForce = "GTD", GoodTillDate = "1795997400001" }, Full);
        gtd.Order.GoodTillDate.ShouldBe(1795997400001);
        gtd.Order.StopPrice.ShouldBeNull();

        var close = FuturesValidationByBoth.ValidateAlgo(Rules, StopMarket with { Quantity = null, ClosePosition = "true" }, Full);
        close.Order.ClosePosition.ShouldBeTrue();
        close.Order.StopPrice.ShouldBe(58000m);
        close.Order.Quantity.ShouldBeNull();
    }

    private static void Expect(string rule, FuturesOrderValidation result, int code, string? message)
    {
        if (code == 0)
        {
            result.IsValid.ShouldBeTrue($"{rule}: {result.Code} {result.Message}");
            return;
        }

        (result.Code, result.Message).ShouldBe((code, message), rule);
    }
}
