using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// Each case breaks exactly one rule of an otherwise valid USDⓈ-M order and expects USDⓈ-M's code and message, character
/// for character (texts from data/catalog/usdm.json, i.e. the official error-code page).
/// </summary>
public sealed class FuturesOrderValidatorTests
{
    private static readonly FuturesOrderRequest Valid = FuturesExchangeFixture.ValidLimit;
    private static readonly FuturesMarketContext Full = FuturesExchangeFixture.FullContext;
    private static readonly FuturesMarketContext Hedge = Full with { DualSidePosition = true };

    private static readonly FuturesOrderRequest Market = new() { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.002" };

    public static TheoryData<string, FuturesOrderRequest, FuturesMarketContext, int, string> Cases() => new()
    {
        // Parameters.
        { "symbol missing", Valid with { Symbol = null }, Full, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "symbol unknown", Valid with { Symbol = "XYZUSDT" }, Full, -1121, "Invalid symbol." },
        { "side missing", Valid with { Side = "" }, Full, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed." },
        { "side invalid", Valid with { Side = "LONG" }, Full, -1117, "Invalid side." },
        { "type missing", Valid with { Type = null }, Full, -1102, "Mandatory parameter 'type' was not sent, was empty/null, or malformed." },
        { "type invalid", Valid with { Type = "LIMIT_MAKER" }, Full, -1116, "Invalid orderType." },
        { "timeInForce invalid", Valid with { TimeInForce = "DAY" }, Full, -1115, "Invalid timeInForce." },
        { "timeInForce empty", Valid with { TimeInForce = "" }, Full, -1105, "Parameter 'timeInForce' was empty." },
        { "LIMIT without timeInForce", Valid with { TimeInForce = null }, Full, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed." },
        { "LIMIT without price", Valid with { Price = null }, Full, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "LIMIT without quantity", Valid with { Quantity = null }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "quantity empty", Valid with { Quantity = "" }, Full, -1105, "Parameter 'quantity' was empty." },
        { "GTD without goodTillDate", Valid with { TimeInForce = "GTD" }, Full, -1102, "Mandatory parameter 'goodTillDate' was not sent, was empty/null, or malformed." },
        { "goodTillDate without GTD", Valid with { GoodTillDate = "1798761600000" }, Full, -1106, "Parameter 'goodTillDate' sent when not required." },
        { "stopPrice on LIMIT", Valid with { StopPrice = "59000" }, Full, -1106, "Parameter 'stopPrice' sent when not required." },
        { "callbackRate on LIMIT", Valid with { CallbackRate = "1" }, Full, -1106, "Parameter 'callbackRate' sent when not required." },
        { "activationPrice on MARKET", Market with { ActivationPrice = "60000" }, Full, -1106, "Parameter 'activationPrice' sent when not required." },
        { "closePosition on LIMIT", Valid with { ClosePosition = "true" }, Full, -1106, "Parameter 'closePosition' sent when not required." },
        { "price with priceMatch", Valid with { PriceMatch = "QUEUE" }, Full, -1106, "Parameter 'price' sent when not required." },
        { "positionSide invalid", Valid with { PositionSide = "UP" }, Full, -4060, "Invalid position side." },
        { "positionSide empty", Valid with { PositionSide = "" }, Full, -1105, "Parameter 'positionSide' was empty." },
        { "reduceOnly not a boolean", Valid with { ReduceOnly = "yes" }, Full, -4062, "Invalid or improper reduceOnly value." },
        { "workingType invalid", Market with { WorkingType = "LAST" }, Full, -4031, "Invalid parameter working type" },
        { "priceMatch invalid", Valid with { Price = null, PriceMatch = "BEST" }, Full, -5037, "Invalid price match" },
        { "priceMatch on MARKET", Market with { PriceMatch = "OPPONENT" }, Full, -5038, "Price match only supports order type: LIMIT, STOP AND TAKE_PROFIT" },
        { "selfTradePreventionMode invalid", Valid with { SelfTradePreventionMode = "EXPIRE_ALL" }, Full, -5039, "Invalid self trade prevention mode" },
        { "newOrderRespType invalid", Valid with { NewOrderRespType = "FULL" }, Full, -1136, "Invalid newOrderRespType." },

        // The Algo Service migration: conditional types on /fapi/v1/order.
        { "STOP_MARKET on /fapi/v1/order", Market with { Type = "STOP_MARKET", StopPrice = "59000" }, Full, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead." },
        { "STOP on /fapi/v1/order", Valid with { Type = "STOP", StopPrice = "59000" }, Full, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead." },
        { "TAKE_PROFIT on /fapi/v1/order", Valid with { Type = "TAKE_PROFIT", StopPrice = "61000" }, Full, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead." },
        { "TAKE_PROFIT_MARKET on /fapi/v1/order", Market with { Type = "TAKE_PROFIT_MARKET", StopPrice = "61000" }, Full, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead." },
        { "TRAILING_STOP_MARKET on /fapi/v1/order", Market with { Type = "TRAILING_STOP_MARKET", CallbackRate = "1" }, Full, -4120, "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead." },

        // Precision: pricePrecision 2 and quantityPrecision 3 on BTCUSDT.
        { "price precision", Valid with { Price = "60000.123" }, Full, -1111, "Precision is over the maximum defined for this asset." },
        { "quantity precision", Valid with { Quantity = "0.0025" }, Full, -1111, "Precision is over the maximum defined for this asset." },
        // A number USDⓈ-M cannot read is -1102, not Spot's -1100 pattern text: users of /fapi/v1/order got it for
        // quantity=-7.0 (https://github.com/ccxt/ccxt/issues/15949) and quantity=-0
        // (https://github.com/MarcinGrabowski/binance-copy-bot/issues/4); every numeric parameter is read the same way.
        { "quantity=-7.0 (ccxt#15949)", Market with { Quantity = "-7.0" }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "quantity=-0 (binance-copy-bot#4)", Market with { Quantity = "-0" }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "quantity negative", Valid with { Quantity = "-0.002" }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "quantity not a number", Valid with { Quantity = "abc" }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "price in exponent form", Valid with { Price = "6e4" }, Full, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "price negative", Valid with { Price = "-60000.10" }, Full, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "goodTillDate negative", Valid with { TimeInForce = "GTD", GoodTillDate = "-1" }, Full, -1102, "Mandatory parameter 'goodTillDate' was not sent, was empty/null, or malformed." },

        // Client order id: ^[\.A-Z\:/a-z0-9_-]{1,36}$.
        { "client id empty", Valid with { NewClientOrderId = "" }, Full, -1118, "New client order ID was empty." },
        { "client id too long", Valid with { NewClientOrderId = new string('a', 37) }, Full, -4015, "Client order id length should not be more than 36 chars" },
        { "client id illegal", Valid with { NewClientOrderId = "bad id!" }, Full, -4015, "Client order id is not valid." },

        // Position side against the account's mode.
        { "LONG in One-way Mode", Valid with { PositionSide = "LONG" }, Full, -4061, "Order's position side does not match user's setting." },
        { "BOTH in Hedge Mode", Valid with { PositionSide = "BOTH" }, Hedge, -4061, "Order's position side does not match user's setting." },
        { "no positionSide in Hedge Mode", Valid, Hedge, -4061, "Order's position side does not match user's setting." },
        { "reduceOnly in Hedge Mode", Valid with { PositionSide = "SHORT", Side = "BUY", ReduceOnly = "true" }, Hedge, -1106, "Parameter 'reduceOnly' sent when not required." },
        { "reduceOnly=false in Hedge Mode", Valid with { PositionSide = "LONG", ReduceOnly = "false" }, Hedge, -1106, "Parameter 'reduceOnly' sent when not required." },

        // Symbol status.
        { "settling symbol", Valid with { Symbol = "AGIXUSDT", Price = "0.5", Quantity = "100" }, Full, -4140, "Invalid symbol status for opening position" },

        // PRICE_FILTER (BTCUSDT: minPrice 261.10, maxPrice 809484, tickSize 0.10 measured from minPrice).
        { "price below minPrice", Valid with { Price = "261.00", Quantity = "1" }, Full with { MarkPrice = 261m }, -4013, "Price less than min price." },
        { "price above maxPrice", Valid with { Price = "809484.10" }, Full with { MarkPrice = 800000m }, -4002, "Price greater than max price." },
        { "price off tick", Valid with { Price = "60000.15" }, Full, -4014, "Price not increased by tick size." },

        // LOT_SIZE / MARKET_LOT_SIZE (BTCUSDT: 0.001..1000 step 0.001; MARKET max 120).
        { "quantity zero", Valid with { Quantity = "0" }, Full, -4003, "Quantity less than zero." },
        { "fractional SOL quantity (quantityPrecision 0)", Valid with { Symbol = "SOLUSDT", Price = "150.00", Quantity = "0.5" }, Full with { MarkPrice = 150m }, -1111, "Precision is over the maximum defined for this asset." },
        { "quantity above maxQty", Valid with { Quantity = "1000.001" }, Full, -4005, "Quantity greater than max quantity." },
        { "MARKET quantity above MARKET_LOT_SIZE", Market with { Quantity = "120.001" }, Full, -4005, "Quantity greater than max quantity." },

        // PERCENT_PRICE against the mark price (BTCUSDT: 1.05 / 0.95).
        { "BUY above mark cap", Valid with { Price = "63000.10" }, Full, -4016, "Price is higher than mark price multiplier cap." },
        { "SELL below mark floor", Valid with { Side = "SELL", Price = "56999.90" }, Full, -4024, "Price is lower than mark price multiplier floor." },
        { "MARKET BUY, best ask beyond the cap", Market, Full with { BestAsk = 63000.1m }, -4131, "The counterparty's best price does not meet the PERCENT_PRICE filter limit" },
        { "MARKET SELL, best bid beyond the floor", Market with { Side = "SELL" }, Full with { BestBid = 56999.9m }, -4131, "The counterparty's best price does not meet the PERCENT_PRICE filter limit" },

        // MIN_NOTIONAL (BTCUSDT notional "100"; ETHUSDT "20"; BNBUSDT "5"); MARKET uses the mark price.
        { "LIMIT notional below 100", Valid with { Quantity = "0.001" }, Full, -4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)" },
        { "MARKET notional below 100 at mark", Market with { Quantity = "0.001" }, Full, -4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)" },
        { "ETH notional below 20", Valid with { Symbol = "ETHUSDT", Price = "3000.00", Quantity = "0.006" }, Full with { MarkPrice = 3000m }, -4164, "Order's notional must be no smaller than 20 (unless you choose reduce only)" },

        // GTD window.
        { "goodTillDate too soon", Valid with { TimeInForce = "GTD", GoodTillDate = "1764461100000" }, Full, -5040, "The goodTillDate timestamp must be greater than the current time plus 600 seconds and smaller than 253402300799000 (UTC 9999-12-31 23:59:59)" },
        { "goodTillDate too late", Valid with { TimeInForce = "GTD", GoodTillDate = "253402300799000" }, Full, -5040, "The goodTillDate timestamp must be greater than the current time plus 600 seconds and smaller than 253402300799000 (UTC 9999-12-31 23:59:59)" },

        // Open orders: MAX_NUM_ORDERS 200 counts normal and algo orders.
        { "200 open orders", Valid, Full with { OpenOrders = 200 }, -2025, "Reach max open order limit." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OneBrokenRule_GivesTheExchangesCodeAndMessage(string rule, FuturesOrderRequest order, FuturesMarketContext context, int code, string message)
    {
        var result = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, order, context);

        if (code == 0)
        {
            result.IsValid.ShouldBeTrue(rule + ": " + result.Message);
            return;
        }

        result.IsValid.ShouldBeFalse(rule);
        result.Code.ShouldBe(code, rule);
        result.Message.ShouldBe(message, rule);
        result.Error!.Venue.ShouldBe(BinanceVenue.UsdMFutures);
        result.Error.Definition.ShouldNotBeNull(rule).Code.ShouldBe(code);
    }

    [Fact]
    public void ValidOrder_PassesWithEverythingChecked()
    {
        var result = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Valid, Full);

        result.IsValid.ShouldBeTrue(result.Message);
        result.NotChecked.ShouldBe(FuturesPreflightChecks.None);
        result.Order.Price.ShouldBe(60000.10m);
        result.Order.Quantity.ShouldBe(0.002m);
        result.Order.Type.ShouldBe(FuturesOrderType.Limit);
    }

    [Fact]
    public void Result_KeepsTheParsedValuesOfARejectedOrder_AndComparesByValue()
    {
        // The result keeps the values read and builds Order on access (see the Spot test of the same name).
        var small = Valid with { Quantity = "0.001" };
        var rejected = FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, small, Full);

        rejected.Code.ShouldBe(-4164);
        rejected.Order.ShouldBe(new ParsedFuturesOrder { Side = BinanceOrderSide.Buy, Type = FuturesOrderType.Limit, TimeInForce = FuturesTimeInForce.Gtc, Price = 60000.10m, Quantity = 0.001m });
        rejected.Equals(FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, small, Full)).ShouldBeTrue();
        rejected.Equals(FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, Valid, Full)).ShouldBeFalse();
        FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, Valid with { Side = "HOLD" }, Full).Order.ShouldBe(default);
    }

    [Fact]
    public void Results_AreEqualOnlyWhenErrorRulesNotCheckedAndValuesAllAgree()
    {
        var full = FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, Valid, Full);
        var again = FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, Valid, Full);
        var noContext = FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, Valid);
        var otherPrice = FuturesOrderValidator.Validate(FuturesExchangeFixture.Rules, Valid with { Price = "60000.20" }, Full);

        otherPrice.IsValid.ShouldBeTrue(otherPrice.Message);
        (full == again).ShouldBeTrue();
        (full != again).ShouldBeFalse();
        full.GetHashCode().ShouldBe(again.GetHashCode());
        full.Equals((object)again).ShouldBeTrue();
        full.Equals((object)"BTCUSDT").ShouldBeFalse();
        (full != noContext).ShouldBeTrue(); // only the rules not checked differ
        (full == otherPrice).ShouldBeFalse(); // only the parsed price differs
    }

    [Fact]
    public void ReduceOnly_IsExemptFromMinNotional()
    {
        // 0.001 × 60000.10 = 60 < 100, accepted because it can only reduce a position (hummingbot#7094, nautilus#4695).
        var order = Valid with { Side = "SELL", Quantity = "0.001", ReduceOnly = "true" };

        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, order, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, order with { ReduceOnly = "false" }, Full).Code.ShouldBe(-4164);
    }

    [Fact]
    public void HedgeMode_AcceptsLongAndShortWithoutReduceOnly()
    {
        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Valid with { PositionSide = "LONG" }, Hedge).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Valid with { Side = "SELL", PositionSide = "LONG", Price = "60000.00" }, Hedge).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Valid with { PositionSide = "BOTH" }, Full).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void MissingContext_IsReportedNotCheckedNeverGuessed()
    {
        var limit = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Valid with { TimeInForce = "GTD", GoodTillDate = "1798761600000" });
        limit.IsValid.ShouldBeTrue();
        limit.NotChecked.ShouldBe(FuturesPreflightChecks.PercentPrice | FuturesPreflightChecks.PositionMode | FuturesPreflightChecks.MaxNumOrders | FuturesPreflightChecks.GoodTillDate);

        // 0.001 BTC at market would be below 100 at any price under 100000, but without the mark price nobody knows.
        var market = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Market with { Quantity = "0.001" });
        market.IsValid.ShouldBeTrue();
        market.NotChecked.ShouldBe(FuturesPreflightChecks.MarketPercentPrice | FuturesPreflightChecks.MinNotional | FuturesPreflightChecks.PositionMode | FuturesPreflightChecks.MaxNumOrders);
    }

    [Fact]
    public void Tick_IsMeasuredFromMinPrice()
    {
        // minPrice 0.0143, tick 0.0001 on XRPUSDT: every 4-decimal price is on the grid; the from-minPrice rule matters when
        // minPrice is not a multiple of the tick, as in this document: minPrice 1.05, tick 0.1 → 1.15 is on the grid, 1.1 is not.
        var info = FuturesExchangeInfo.Parse("""
            {"symbols":[{"symbol":"ODDUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":0,"filters":[
              {"filterType":"PRICE_FILTER","minPrice":"1.05","maxPrice":"100","tickSize":"0.1"}]}]}
            """);
        var rules = FuturesExchangeRules.Compile(info);
        var order = new FuturesOrderRequest { Symbol = "ODDUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Quantity = "1" };

        FuturesValidationByBoth.Validate(rules, order with { Price = "1.15" }).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(rules, order with { Price = "1.1" }).Code.ShouldBe(-4014);
    }

    [Fact]
    public void LotSize_MinQtyAndStepFromMinQty()
    {
        // minQty 0.05 and step 0.1: 0.15 and 0.05 are on the grid, 0.1 is not, 0.04 is below the minimum.
        var info = FuturesExchangeInfo.Parse("""
            {"symbols":[{"symbol":"ODDUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":2,"filters":[
              {"filterType":"LOT_SIZE","minQty":"0.05","maxQty":"100","stepSize":"0.1"}]}]}
            """);
        var rules = FuturesExchangeRules.Compile(info);
        var order = new FuturesOrderRequest { Symbol = "ODDUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "10" };

        FuturesValidationByBoth.Validate(rules, order with { Quantity = "0.15" }).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(rules, order with { Quantity = "0.05" }).IsValid.ShouldBeTrue();
        var offStep = FuturesValidationByBoth.Validate(rules, order with { Quantity = "0.1" });
        (offStep.Code, offStep.Message).ShouldBe((-4023, "Qty not increased by step size."));
        var belowMin = FuturesValidationByBoth.Validate(rules, order with { Quantity = "0.04" });
        (belowMin.Code, belowMin.Message).ShouldBe((-4004, "Quantity less than min quantity."));
    }

    [Fact]
    public void TwentyDigitValues_NeverThrow_ProductsSaturate()
    {
        // The parameter pattern allows 20 integer digits: price × quantity and mark × multiplier overflow a decimal.
        var info = FuturesExchangeInfo.Parse("""
            {"symbols":[{"symbol":"BIGUSDT","status":"TRADING","pricePrecision":20,"quantityPrecision":20,"filters":[
              {"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0.00000000000000000001"},
              {"filterType":"MIN_NOTIONAL","notional":"5"},
              {"filterType":"PERCENT_PRICE","multiplierUp":"1.05","multiplierDown":"0.95","multiplierDecimal":"2"}]}]}
            """);
        var rules = FuturesExchangeRules.Compile(info);
        var order = new FuturesOrderRequest { Symbol = "BIGUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "99999999999999999999.9", Quantity = "99999999999999999999" };
        var context = Full with { MarkPrice = 79_000_000_000_000_000_000_000_000_000m };

        FuturesValidationByBoth.Validate(rules, order, context).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(rules, order with { Type = "MARKET", TimeInForce = null, Price = null }, context with { BestAsk = 1m }).IsValid.ShouldBeTrue();

        var normalized = FuturesOrderNormalizer.Normalize(rules, order with { Price = "99999999999999999999.12345678901234567891" }, new NormalizeOptions { LiftToMinimum = true });
        normalized.Changed.ShouldBeFalse();
    }

    [Fact]
    public void FromParameters_ReadsBinanceNames()
    {
        var order = FuturesOrderRequest.FromParameters([
            new("symbol", "BTCUSDT"), new("side", "BUY"), new("positionSide", "LONG"), new("type", "LIMIT"), new("timeInForce", "GTX"),
            new("quantity", "0.002"), new("price", "60000.10"), new("newClientOrderId", "a:b/c.d"), new("reduceOnly", "false"),
            new("goodTillDate", "1"), new("priceMatch", "QUEUE"), new("selfTradePreventionMode", "EXPIRE_MAKER"), new("recvWindow", "5000"),
        ]);

        order.PositionSide.ShouldBe("LONG");
        order.TimeInForce.ShouldBe("GTX");
        order.NewClientOrderId.ShouldBe("a:b/c.d");
        order.ReduceOnly.ShouldBe("false");
        order.PriceMatch.ShouldBe("QUEUE");
        order.SelfTradePreventionMode.ShouldBe("EXPIRE_MAKER");
        order.GoodTillDate.ShouldBe("1");
    }
}
