using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.CoinM;

/// <summary>
/// COIN-M pre-flight, table-driven: each case breaks one rule of a valid BTCUSD_PERP order (or uses the symbol that
/// breaks it) and expects COIN-M's exact code and message (data/catalog/coinm.json, the official error-code page).
/// </summary>
public sealed class CoinMOrderValidatorTests
{
    private static readonly FuturesOrderRequest Valid = CoinMExchangeFixture.ValidLimit;

    public static TheoryData<string, FuturesOrderRequest, int, string> OneRuleBroken => new()
    {
        { "symbol missing", Valid with { Symbol = null }, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "unknown symbol", Valid with { Symbol = "BTCUSD" }, -1121, "Invalid symbol." },
        { "USDⓈ-M symbol", Valid with { Symbol = "BTCUSDT" }, -1121, "Invalid symbol." },
        { "side", Valid with { Side = "LONG" }, -1117, "Invalid side." },
        { "type", Valid with { Type = "STOP_LOSS" }, -1116, "Invalid orderType." },
        { "GTD: COIN-M has none", Valid with { TimeInForce = "GTD" }, -1115, "Invalid timeInForce." },
        { "position side", Valid with { PositionSide = "UP" }, -4060, "Invalid position side." },
        { "LIMIT without timeInForce", Valid with { TimeInForce = null }, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed." },
        { "quantity empty", Valid with { Quantity = "" }, -1105, "Parameter 'quantity' was empty." },
        { "quantity unreadable", Valid with { Quantity = "-1" }, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "stopPrice on LIMIT", Valid with { StopPrice = "59000" }, -1106, "Parameter 'stopPrice' sent when not required." },
        { "goodTillDate without GTD", Valid with { GoodTillDate = "1800000000000" }, -1106, "Parameter 'goodTillDate' sent when not required." },
        { "half a contract (quantityPrecision 0)", Valid with { Quantity = "1.5" }, -1111, "Precision is over the maximum defined for this asset." },
        { "price beyond pricePrecision 1", Valid with { Price = "60000.15" }, -1111, "Precision is over the maximum defined for this asset." },
        { "callbackRate above COIN-M's 10", Valid with { Type = "TRAILING_STOP_MARKET", TimeInForce = null, Price = null, CallbackRate = "15" }, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "priceMatch on MARKET", Valid with { Type = "MARKET", TimeInForce = null, Price = null, PriceMatch = "OPPONENT" }, -1130, "Data sent for parameter 'priceMatch' is not valid." },
        { "unknown priceMatch", Valid with { Price = null, PriceMatch = "BEST" }, -1130, "Data sent for parameter 'priceMatch' is not valid." },
        { "unknown STP mode", Valid with { SelfTradePreventionMode = "EXPIRE_NONE" }, -1130, "Data sent for parameter 'selfTradePreventionMode' is not valid." },
        { "reduceOnly not a boolean", Valid with { ReduceOnly = "yes" }, -4062, "Invalid or improper reduceOnly value." },
        { "quantity with closePosition", Valid with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "59000", ClosePosition = "true", Side = "SELL" }, -4137, "Quantity must be zero with closePosition equals true." },
        { "contract not trading yet", Valid with { Symbol = "ETHUSD_270625", Price = "3000.01" }, -1121, "Invalid symbol." },
        { "price below minPrice", Valid with { Price = "999.9" }, -4013, "Price less than min price." },
        { "price off the tick", Valid with { Symbol = "ETHUSD_PERP", Price = "3000.015" }, -1111, "Precision is over the maximum defined for this asset." },
        { "zero contracts", Valid with { Quantity = "0" }, -4003, "Quantity less than zero." },
        { "above maxQty", Valid with { Quantity = "1000001" }, -4005, "Quantity greater than max quantity." },
        { "MARKET above MARKET_LOT_SIZE", Valid with { Type = "MARKET", TimeInForce = null, Price = null, Quantity = "60001" }, -4005, "Quantity greater than max quantity." },
        { "LIMIT BUY above mark × 1.05", Valid with { Price = "63000.1" }, -4016, "Price is higher than mark price multiplier cap." },
        { "LIMIT SELL below mark × 0.95", Valid with { Side = "SELL", Price = "56999.9" }, -4024, "Price is lower than mark price multiplier floor." },
        { "BUY STOP_MARKET the last price already passed", Valid with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "59000" }, -2021, "Order would immediately trigger." },
        { "SELL STOP_MARKET the last price already passed", Valid with { Side = "SELL", Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "60500" }, -2021, "Order would immediately trigger." },
        { "BUY TAKE_PROFIT above the last price", Valid with { Type = "TAKE_PROFIT", StopPrice = "61000", Price = "61000" }, -2021, "Order would immediately trigger." },
        { "SELL TAKE_PROFIT_MARKET below the last price", Valid with { Side = "SELL", Type = "TAKE_PROFIT_MARKET", TimeInForce = null, Price = null, StopPrice = "59000" }, -2021, "Order would immediately trigger." },
        { "SELL trailing stop activating below the price", Valid with { Side = "SELL", Type = "TRAILING_STOP_MARKET", TimeInForce = null, Price = null, CallbackRate = "1", ActivationPrice = "59000" }, -2021, "Order would immediately trigger." },
        { "BUY trailing stop activating above the price", Valid with { Type = "TRAILING_STOP_MARKET", TimeInForce = null, Price = null, CallbackRate = "1", ActivationPrice = "61000" }, -2021, "Order would immediately trigger." },
        { "BUY STOP_MARKET exactly at the last price", Valid with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "60000" }, -2021, "Order would immediately trigger." },
        { "SELL STOP_MARKET exactly at the last price", Valid with { Side = "SELL", Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "60000" }, -2021, "Order would immediately trigger." },
        { "BUY trailing stop activating exactly at the price", Valid with { Type = "TRAILING_STOP_MARKET", TimeInForce = null, Price = null, CallbackRate = "1", ActivationPrice = "60000" }, -2021, "Order would immediately trigger." },
        { "callbackRate below 0.1", Valid with { Type = "TRAILING_STOP_MARKET", TimeInForce = null, Price = null, CallbackRate = "0.09" }, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "callbackRate just above 10", Valid with { Type = "TRAILING_STOP_MARKET", TimeInForce = null, Price = null, CallbackRate = "10.01" }, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "priceMatch on STOP_MARKET", Valid with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "61000", PriceMatch = "QUEUE" }, -1130, "Data sent for parameter 'priceMatch' is not valid." },
        { "open order limit", Valid, -2025, "Reach max open order limit." },
    };

    [Theory]
    [MemberData(nameof(OneRuleBroken))]
    public void OneRuleBroken_IsAnsweredWithCoinMsCodeAndMessage(string rule, FuturesOrderRequest order, int code, string message)
    {
        var context = rule == "open order limit" ? CoinMExchangeFixture.FullContext with { OpenOrders = 200 } : CoinMExchangeFixture.FullContext;

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, context);

        result.IsValid.ShouldBeFalse(rule);
        result.Code.ShouldBe(code, rule);
        result.Message.ShouldBe(message, rule);
        result.Error!.Venue.ShouldBe(BinanceVenue.CoinMFutures);
    }

    [Theory]
    [InlineData("LIMIT", "GTC", "60000.1", null, null, null)]
    [InlineData("MARKET", null, null, null, null, null)]
    [InlineData("STOP", "GTC", "61000", "61000", null, null)] // BUY STOP above the last price: placed on /dapi/v1/order, no Algo Service
    [InlineData("STOP_MARKET", null, null, "61000", null, null)]
    [InlineData("TAKE_PROFIT_MARKET", null, null, "59000", null, null)]
    [InlineData("TRAILING_STOP_MARKET", null, null, null, "59000", "10")]
    [InlineData("TRAILING_STOP_MARKET", null, null, null, "59999.9", "0.1")]
    [InlineData("STOP_MARKET", null, null, "60000.1", null, null)]
    [InlineData("TAKE_PROFIT_MARKET", null, null, "59999.9", null, null)]
    public void ValidOrders_PassWithFullContext(string type, string? tif, string? price, string? stopPrice, string? activation, string? callback)
    {
        var order = new FuturesOrderRequest
        {
            Symbol = "BTCUSD_PERP", Side = "BUY", Type = type, TimeInForce = tif, Price = price, StopPrice = stopPrice,
            ActivationPrice = activation, CallbackRate = callback, Quantity = "1",
        };

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, CoinMExchangeFixture.FullContext);

        result.Error.ShouldBeNull();
        result.NotChecked.ShouldBe(FuturesPreflightChecks.None);
        result.Order.Quantity.ShouldBe(1m);
        result.Rules!.Info.ContractSize.ShouldBe(100m);
    }

    [Fact]
    public void MarketOrder_WhoseBestAskBreaksPercentPrice_Is4113()
    {
        var order = Valid with { Type = "MARKET", TimeInForce = null, Price = null };

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, CoinMExchangeFixture.FullContext with { BestAsk = 63000.1m });

        result.Code.ShouldBe(-4113);
        result.Message.ShouldBe("The counterparty's best price does not meet the PERCENT_PRICE filter limit.");
        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, CoinMExchangeFixture.FullContext with { BestAsk = 63000m }).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("0.9", null, -4178)]
    [InlineData("0.9", "false", -4178)]
    [InlineData("0.9", "true", null)] // reduce-only is exempt, as the message says
    [InlineData("1.0", null, null)]
    [InlineData("1.1", null, null)]
    public void BelowOneContract_Is4178_UnlessReduceOnly(string quantity, string? reduceOnly, int? code)
    {
        var order = Valid with { Quantity = quantity, ReduceOnly = reduceOnly };

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.RulesWithFractionalContracts, order, CoinMExchangeFixture.FullContext);

        result.Code.ShouldBe(code);
        if (code is not null)
        {
            result.Message.ShouldBe("Order's notional must be no smaller than one (unless you choose reduce only)");
        }
    }

    [Fact]
    public void ClosePosition_IsExemptFromTheContractMinimum()
    {
        var order = new FuturesOrderRequest { Symbol = "BTCUSD_PERP", Side = "SELL", Type = "STOP_MARKET", StopPrice = "59000", ClosePosition = "true" };

        CoinMValidationByBoth.Validate(CoinMExchangeFixture.RulesWithFractionalContracts, order, CoinMExchangeFixture.FullContext).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Trigger_FollowsTheWorkingType()
    {
        // SELL STOP_MARKET at 59500: the last price (60000) has not reached it, the mark price (59400) has.
        var order = Valid with { Side = "SELL", Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "59500" };
        var context = CoinMExchangeFixture.FullContext with { MarkPrice = 59400m };

        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, context).IsValid.ShouldBeTrue();
        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order with { WorkingType = "CONTRACT_PRICE" }, context).IsValid.ShouldBeTrue();
        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order with { WorkingType = "MARK_PRICE" }, context).Code.ShouldBe(-2021);
    }

    [Theory]
    [InlineData("BUY", "60000.000000000000000000000001", null, -2021)]  // the last price is a hair above the stop: reached
    [InlineData("SELL", "60000.000000000000000000000001", null, null)]
    [InlineData("BUY", "59999.999999999999999999999999", null, null)]
    [InlineData("SELL", "59999.999999999999999999999999", null, -2021)]
    [InlineData("BUY", "-30000", null, null)]                            // nonsense prices are compared, not trusted
    [InlineData("SELL", "-30000", null, -2021)]
    [InlineData("BUY", "0", null, null)]
    [InlineData("BUY", "1", "79228162514264337593543950335", -2021)]      // MARK_PRICE: the largest decimal
    [InlineData("SELL", "1", "79228162514264337593543950335", null)]
    [InlineData("SELL", "1", "0.0000000000000000000000000001", -2021)]
    public void Trigger_AgainstPricesAtTheEdgesOfADecimal_IsExact(string side, string last, string? mark, int? code)
    {
        // STOP_MARKET at 60000 against working prices no 64-bit scale holds: the product's scaled path must fall back
        // and agree with the oracle to the last digit.
        var order = Valid with { Side = side, Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "60000", WorkingType = mark is null ? null : "MARK_PRICE" };
        var context = CoinMExchangeFixture.FullContext with
        {
            LastPrice = decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture),
            MarkPrice = mark is null ? 60000m : decimal.Parse(mark, System.Globalization.CultureInfo.InvariantCulture),
        };

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, context);

        result.Code.ShouldBe(code);
    }

    [Fact]
    public void Trigger_WithoutThePrice_IsReportedNotChecked()
    {
        var order = Valid with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "59000" };

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, CoinMExchangeFixture.FullContext with { LastPrice = null });

        result.IsValid.ShouldBeTrue();
        result.NotChecked.ShouldBe(FuturesPreflightChecks.TriggerDirection);
    }

    [Theory]
    [InlineData(2026, 12, 25, 7, true)]  // an hour before delivery
    [InlineData(2026, 12, 25, 8, false)] // delivered
    [InlineData(2027, 1, 1, 0, false)]
    public void QuarterlyContract_IsRefusedFromItsDelivery(int year, int month, int day, int hour, bool valid)
    {
        var order = Valid with { Symbol = "BTCUSD_261225" };
        var now = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero);

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, CoinMExchangeFixture.FullContext with { Now = now });

        result.IsValid.ShouldBe(valid);
        if (!valid)
        {
            result.Code.ShouldBe(-1121);
            result.Message.ShouldBe("Invalid symbol.");
        }
    }

    [Theory]
    [InlineData(2026, 12, 25, 7, true)]
    [InlineData(2026, 12, 25, 8, false)]
    public void ContractOfATypeThisVersionDoesNotKnow_IsRefusedFromItsDelivery(int year, int month, int day, int hour, bool valid)
    {
        // The exchange stops trading a contract at its deliveryDate whatever its contractType is called; a new type
        // (read as ContractType.Unknown) must not let an order on a delivered contract pass. (It did: found by the
        // COIN-M agreement test, the oracle checks every contract but a perpetual.)
        var rules = CoinMExchangeFixture.RulesWithUnknownContractType;
        rules.TryGetSymbol("BTCUSD_261225", out var symbol).ShouldBeTrue();
        symbol!.Info.ContractType.ShouldBe(ContractType.Unknown);
        var order = Valid with { Symbol = "BTCUSD_261225" };

        var result = CoinMValidationByBoth.Validate(rules, order, CoinMExchangeFixture.FullContext with { Now = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero) });

        result.IsValid.ShouldBe(valid);
        result.Code.ShouldBe(valid ? null : -1121);
        CoinMValidationByBoth.Validate(rules, order, CoinMExchangeFixture.FullContext with { Now = null }).NotChecked.ShouldBe(FuturesPreflightChecks.Delivery);
    }

    [Fact]
    public void QuarterlyContract_WithoutTheTime_ReportsDeliveryNotChecked_PerpetualDoesNot()
    {
        var context = CoinMExchangeFixture.FullContext with { Now = null };

        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, Valid with { Symbol = "BTCUSD_261225" }, context).NotChecked.ShouldBe(FuturesPreflightChecks.Delivery);
        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, Valid, context).NotChecked.ShouldBe(FuturesPreflightChecks.None);
    }

    [Fact]
    public void HedgeMode_NeedsAPositionSide_AndRefusesReduceOnly()
    {
        var hedge = CoinMExchangeFixture.FullContext with { DualSidePosition = true };

        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, Valid, hedge).Message.ShouldBe("Order's position side does not match user's setting.");
        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, Valid with { PositionSide = "LONG" }, hedge).IsValid.ShouldBeTrue();
        var reduceOnly = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, Valid with { PositionSide = "LONG", ReduceOnly = "true" }, hedge);
        reduceOnly.Code.ShouldBe(-1106);
        reduceOnly.Message.ShouldBe("Parameter 'reduceOnly' sent when not required.");
    }

    [Fact]
    public void PriceMatch_OnALimitOrder_IsValid()
    {
        CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, Valid with { Price = null, PriceMatch = "OPPONENT" }, CoinMExchangeFixture.FullContext).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ConditionalOrders_HaveNoAccountWideLimitOnCoinM()
    {
        var order = Valid with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "61000" };

        var result = CoinMValidationByBoth.Validate(CoinMExchangeFixture.Rules, order, CoinMExchangeFixture.FullContext with { AccountOpenAlgoOrders = 500 });

        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void UsdMRules_AreRefusedByTheCoinMValidator()
    {
        var error = Should.Throw<ArgumentException>(() => CoinMOrderValidator.Validate(Futures.FuturesExchangeFixture.Rules, Valid));

        error.ParamName.ShouldBe("exchange");
        error.Message.ShouldContain("GET /dapi/v1/exchangeInfo");
    }

    [Fact]
    public void CoinMRules_HaveNoAlgoEndpoint()
    {
        var algo = new FuturesAlgoOrderRequest { AlgoType = "CONDITIONAL", Symbol = "BTCUSD_PERP", Side = "SELL", Type = "STOP_MARKET", TriggerPrice = "59000", Quantity = "1" };

        var refused = Should.Throw<ArgumentException>(() => FuturesOrderValidator.ValidateAlgo(CoinMExchangeFixture.Rules, algo));
        refused.ParamName.ShouldBe("exchange");
        refused.Message.ShouldStartWith("COIN-M has no algo order endpoint: validate its conditional orders as orders (CoinMOrderValidator.Validate).");
    }

    [Fact]
    public void NoRules_IsAnArgumentNullException()
    {
        var order = new FuturesOrderRequest { Symbol = "BTCUSD_PERP", Side = "BUY", Type = "MARKET", Quantity = "1" };

        Should.Throw<ArgumentNullException>(() => CoinMOrderValidator.Validate(null!, order)).ParamName.ShouldBe("exchange");
    }
}
