using BinanceErrors.Preflight.Tests.Validation;

namespace BinanceErrors.Preflight.Tests;

/// <summary>Each case breaks exactly one rule of an otherwise valid order and expects the exchange's code and message.</summary>
public sealed class OrderValidatorTests
{
    private static readonly OrderRequest Valid = ExchangeFixture.ValidLimit;
    private static readonly MarketContext Full = ExchangeFixture.FullContext;

    private static OrderRequest StopLimit(string side, string stopPrice) => Valid with
    {
        Side = side,
        Type = "STOP_LOSS_LIMIT",
        StopPrice = stopPrice,
        Price = stopPrice,
    };

    public static TheoryData<string, OrderRequest, MarketContext, int, string> Cases() => new()
    {
        // Parameters.
        { "symbol missing", Valid with { Symbol = null }, Full, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "symbol lower case", Valid with { Symbol = "btcusdt" }, Full, -1100, "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'." },
        { "symbol unknown", Valid with { Symbol = "XYZUSDT" }, Full, -1121, "Invalid symbol." },
        { "side missing", Valid with { Side = "" }, Full, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed." },
        { "side invalid", Valid with { Side = "HOLD" }, Full, -1117, "Invalid side." },
        { "type invalid", Valid with { Type = "ICEBERG" }, Full, -1116, "Invalid orderType." },
        { "timeInForce invalid", Valid with { TimeInForce = "GTD" }, Full, -1115, "Invalid timeInForce." },
        { "timeInForce empty", Valid with { TimeInForce = "" }, Full, -1105, "Parameter 'timeInForce' was empty." },
        { "LIMIT without timeInForce", Valid with { TimeInForce = null }, Full, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed." },
        { "LIMIT without price", Valid with { Price = null }, Full, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "LIMIT without quantity", Valid with { Quantity = null }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "MARKET without any quantity", Valid with { Type = "MARKET", TimeInForce = null, Price = null, Quantity = null }, Full, -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!" },
        { "STOP_LOSS without trigger", Valid with { Type = "STOP_LOSS", TimeInForce = null, Price = null }, Full, -1102, "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!" },
        { "MARKET with price", Valid with { Type = "MARKET", TimeInForce = null }, Full, -1106, "Parameter 'price' sent when not required." },
        { "MARKET with timeInForce", Valid with { Type = "MARKET", Price = null }, Full, -1106, "Parameter 'timeInForce' sent when not required." },
        { "LIMIT with stopPrice", Valid with { StopPrice = "30000" }, Full, -1106, "Parameter 'stopPrice' sent when not required." },
        { "price negative", Valid with { Price = "-1" }, Full, -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "quantity not a number", Valid with { Quantity = "abc" }, Full, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "quantity with exponent", Valid with { Quantity = "1e-3" }, Full, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "quantity with a bare dot", Valid with { Quantity = ".001" }, Full, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "price too precise", Valid with { Price = "30000.123456789" }, Full, -1111, "Parameter 'price' has too much precision." },
        { "quantity empty", Valid with { Quantity = "" }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "client order id empty", Valid with { NewClientOrderId = "" }, Full, -1118, "New client order ID was empty." },
        { "client order id illegal", Valid with { NewClientOrderId = "has space" }, Full, -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'." },

        // The symbol's status and capabilities.
        { "symbol halted", Valid with { Symbol = "LUNAUSDT", Price = "1.0000", Quantity = "10" }, Full, -2010, "Market is closed." },
        { "type not allowed", StopLimit("BUY", "31000") with { Symbol = "BNBUSDT", Type = "STOP_LOSS", TimeInForce = null, Price = null, Quantity = "1" }, Full, -2010, "Stop loss orders are not supported for this symbol." },
        { "quoteOrderQty not allowed", new OrderRequest { Symbol = "ETHBTC", Side = "BUY", Type = "MARKET", QuoteOrderQty = "0.01" }, Full, -2010, "Quote order qty market orders are not support for this symbol." },
        { "trailing stop not allowed", new OrderRequest { Symbol = "ETHBTC", Side = "SELL", Type = "STOP_LOSS", Quantity = "1", TrailingDelta = "100" }, Full, -2010, "Trailing stop orders are not supported for this symbol." },
        { "iceberg with IOC", Valid with { TimeInForce = "IOC", IcebergQty = "0.0005" }, Full, -2010, "Unsupported order combination" },
        { "iceberg not below quantity", Valid with { IcebergQty = "0.001" }, Full, -2010, "IcebergQty exceeds QTY." },

        // Filters.
        { "price off tick", Valid with { Price = "30000.015" }, Full, -1013, "Filter failure: PRICE_FILTER" },
        { "price above maxPrice", Valid with { Price = "2000000" }, Full, -1013, "Filter failure: PRICE_FILTER" },
        { "stopPrice off tick", StopLimit("BUY", "31000") with { StopPrice = "31000.001" }, Full, -1013, "Filter failure: PRICE_FILTER" },
        { "price far above the reference", Valid with { Price = "150000.01" }, Full, -1013, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "price far below the reference (PERCENT_PRICE)", new OrderRequest { Symbol = "ETHBTC", Side = "SELL", Type = "LIMIT", TimeInForce = "GTC", Price = "0.00100", Quantity = "1" }, Full with { ReferencePrice = 0.05m }, -1013, "Filter failure: PERCENT_PRICE" },
        { "quantity off step", Valid with { Quantity = "0.000015" }, Full, -1013, "Filter failure: LOT_SIZE" },
        { "quantity below minQty", Valid with { Quantity = "0.000001" }, Full, -1013, "Filter failure: LOT_SIZE" },
        { "quantity above maxQty", Valid with { Price = "1", Quantity = "9000.00001" }, Full with { ReferencePrice = 1m }, -1013, "Filter failure: LOT_SIZE" },
        { "icebergQty off step", Valid with { Quantity = "0.01", IcebergQty = "0.000015" }, Full, -1013, "Filter failure: LOT_SIZE" },
        { "MARKET quantity above market maxQty", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "200" }, Full, -1013, "Filter failure: MARKET_LOT_SIZE" },
        { "iceberg in too many parts", Valid with { Quantity = "1", IcebergQty = "0.001" }, Full, -1013, "Filter failure: ICEBERG_PARTS" },
        { "notional below MIN_NOTIONAL", new OrderRequest { Symbol = "ETHBTC", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "0.05", Quantity = "0.001" }, Full with { ReferencePrice = 0.05m }, -1013, "Filter failure: MIN_NOTIONAL" },
        { "notional below NOTIONAL minimum", Valid with { Quantity = "0.0001" }, Full, -1013, "Filter failure: NOTIONAL" },
        { "notional above NOTIONAL maximum", Valid with { Quantity = "400" }, Full, -1013, "Filter failure: NOTIONAL" },
        { "MARKET notional by quoteOrderQty below minimum", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "4" }, Full, -1013, "Filter failure: NOTIONAL" },
        { "trailing delta out of range", StopLimit("SELL", "29000") with { StopPrice = null, TrailingDelta = "5" }, Full, -1013, "Filter failure: TRAILING_DELTA" },
        { "too many open orders", Valid, Full with { OpenOrders = 200 }, -1013, "Filter failure: MAX_NUM_ORDERS" },
        { "too many open algo orders", StopLimit("BUY", "31000"), Full with { OpenAlgoOrders = 5 }, -1013, "Filter failure: MAX_NUM_ALGO_ORDERS" },
        { "too many open iceberg orders", Valid with { Quantity = "0.01", IcebergQty = "0.001" }, Full with { OpenIcebergOrders = 100 }, -1013, "Filter failure: MAX_NUM_ICEBERG_ORDERS" },
        { "position would exceed MAX_POSITION", new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "3000", Quantity = "1" }, Full with { ReferencePrice = 3000m, Position = 9999.5m }, -1013, "Filter failure: MAX_POSITION" },
        { "too many open orders on the exchange", Valid, Full with { ExchangeOpenOrders = 1000 }, -1013, "Filter failure: EXCHANGE_MAX_NUM_ORDERS" },
        { "too many open algo orders on the exchange", StopLimit("BUY", "31000"), Full with { ExchangeOpenAlgoOrders = 200 }, -1013, "Filter failure: EXCHANGE_MAX_NUM_ALGO_ORDERS" },
        { "too many open iceberg orders on the exchange", Valid with { Quantity = "0.01", IcebergQty = "0.001" }, Full with { ExchangeOpenIcebergOrders = 10000 }, -1013, "Filter failure: EXCHANGE_MAX_NUM_ICEBERG_ORDERS" },

        // Market context.
        { "buy stop below the last price", StopLimit("BUY", "29000"), Full, -2010, "Order would trigger immediately." },
        { "sell stop above the last price", StopLimit("SELL", "31000"), Full, -2010, "Order would trigger immediately." },
        { "take-profit buy above the last price", StopLimit("BUY", "31000") with { Type = "TAKE_PROFIT_LIMIT" }, Full, -2010, "Order would trigger immediately." },
        { "LIMIT_MAKER buy at the ask", Valid with { Type = "LIMIT_MAKER", TimeInForce = null, Price = "30000.02" }, Full, -2010, "Order would immediately match and take." },
        { "LIMIT_MAKER sell at the bid", Valid with { Type = "LIMIT_MAKER", Side = "SELL", TimeInForce = null, Price = "29999.99" }, Full, -2010, "Order would immediately match and take." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BreakingOneRule_ReturnsTheExchangesError(string rule, OrderRequest order, MarketContext context, int code, string message)
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, context);

        result.IsValid.ShouldBeFalse(rule);
        result.Error!.Code.ShouldBe(code, rule);
        result.Error.Message.ShouldBe(message, rule);
        result.Error.IsKnown.ShouldBeTrue();
        result.Error.Template.ShouldNotBeNull(rule);
    }

    [Fact]
    public void ValidLimit_WithFullContext_IsValidAndEverythingChecked()
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, Valid, Full);

        result.IsValid.ShouldBeTrue();
        result.Error.ShouldBeNull();
        result.NotChecked.ShouldBe(PreflightChecks.None);
        result.Order.Price.ShouldBe(30000.01m);
        result.Order.Quantity.ShouldBe(0.001m);
        result.Order.Side.ShouldBe(BinanceOrderSide.Buy);
        result.Rules!.Symbol.ShouldBe("BTCUSDT");
    }

    [Fact]
    public void Result_KeepsTheParsedValuesOfARejectedOrder_AndComparesByValue()
    {
        // The result keeps the values read and builds Order on access: a filter failure still shows what was parsed,
        // a failure before the values were read shows none, and two results of one order are equal.
        var lotSize = Valid with { Quantity = "0.000015", StopPrice = null };
        var rejected = OrderValidator.Validate(ExchangeFixture.Rules, lotSize, Full);

        rejected.Error!.Message.ShouldBe("Filter failure: LOT_SIZE");
        rejected.Order.ShouldBe(new ParsedOrder { Side = BinanceOrderSide.Buy, Type = BinanceOrderType.Limit, TimeInForce = BinanceTimeInForce.Gtc, Price = 30000.01m, Quantity = 0.000015m });
        rejected.Equals(OrderValidator.Validate(ExchangeFixture.Rules, lotSize, Full)).ShouldBeTrue();
        rejected.Equals(OrderValidator.Validate(ExchangeFixture.Rules, Valid, Full)).ShouldBeFalse();
        OrderValidator.Validate(ExchangeFixture.Rules, Valid with { Side = "HOLD" }, Full).Order.ShouldBe(default);
    }

    [Fact]
    public void Results_AreEqualOnlyWhenErrorRulesNotCheckedAndValuesAllAgree()
    {
        var full = OrderValidator.Validate(ExchangeFixture.Rules, Valid, Full);
        var again = OrderValidator.Validate(ExchangeFixture.Rules, Valid, Full);
        var noContext = OrderValidator.Validate(ExchangeFixture.Rules, Valid);
        var otherPrice = OrderValidator.Validate(ExchangeFixture.Rules, Valid with { Price = "30000.02" }, Full);

        otherPrice.IsValid.ShouldBeTrue();
        (full == again).ShouldBeTrue();
        (full != again).ShouldBeFalse();
        full.GetHashCode().ShouldBe(again.GetHashCode());
        full.Equals((object)again).ShouldBeTrue();
        full.Equals((object)"BTCUSDT").ShouldBeFalse();
        (full != noContext).ShouldBeTrue(); // only the rules not checked differ
        (full == otherPrice).ShouldBeFalse(); // only the parsed price differs
    }

    [Fact]
    public void ValidLimit_WithoutContext_ReportsWhatWasNotChecked()
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, Valid);

        result.IsValid.ShouldBeTrue();
        result.NotChecked.ShouldBe(PreflightChecks.PercentPriceBySide | PreflightChecks.MaxNumOrders | PreflightChecks.ExchangeMaxNumOrders);
    }

    [Fact]
    public void MarketByQuantity_WithoutReferencePrice_LeavesNotionalNotChecked()
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "0.001" });

        result.IsValid.ShouldBeTrue();
        result.NotChecked.HasFlag(PreflightChecks.Notional).ShouldBeTrue();
    }

    [Fact]
    public void StopAndMakerChecks_WithoutPrices_AreNotChecked()
    {
        var stop = SpotValidationByBoth.Validate(ExchangeFixture.Rules, StopLimit("BUY", "31000"));
        stop.IsValid.ShouldBeTrue();
        stop.NotChecked.HasFlag(PreflightChecks.TriggerDirection).ShouldBeTrue();

        var maker = SpotValidationByBoth.Validate(ExchangeFixture.Rules, Valid with { Type = "LIMIT_MAKER", TimeInForce = null });
        maker.IsValid.ShouldBeTrue();
        maker.NotChecked.HasFlag(PreflightChecks.MakerCross).ShouldBeTrue();
    }

    [Theory]
    [InlineData("30000.01000000")]
    [InlineData("30000.010")]
    [InlineData("0030000.01")]
    public void TrailingZerosAndLeadingZeros_AreExactDecimals(string price)
    {
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, Valid with { Price = price }, Full).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void TickRule_IsMeasuredFromZero_NotFromMinPrice()
    {
        // BNBUSDT: minPrice 0.1, tickSize 0.1: 600.1 is on the tick grid whichever way, 600.15 is not.
        var order = new OrderRequest { Symbol = "BNBUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "600.15", Quantity = "1" };
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, Full with { ReferencePrice = 600m }).Error!.Message.ShouldBe("Filter failure: PRICE_FILTER");
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, order with { Price = "600.1" }, Full with { ReferencePrice = 600m }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Rejection_IsTheSameSharedInstance_SoRejectingAllocatesNothing()
    {
        var first = SpotValidationByBoth.Validate(ExchangeFixture.Rules, Valid with { Quantity = "0.000015" }, Full);
        var second = SpotValidationByBoth.Validate(ExchangeFixture.Rules, Valid with { Quantity = "0.000025" }, Full);

        second.Error.ShouldBeSameAs(first.Error);
        first.Error!.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        first.Error.Filter.ShouldBe(FilterType.LotSize);
    }

    [Fact]
    public void BinanceUsRules_UseTheBinanceUsCatalog()
    {
        var us = ExchangeRules.Compile(ExchangeFixture.Info, BinanceVenue.BinanceUs);

        var result = SpotValidationByBoth.Validate(us, Valid with { Quantity = "0.000015" }, Full);

        result.Error!.Venue.ShouldBe(BinanceVenue.BinanceUs);
        result.Error.Message.ShouldBe("Filter failure: LOT_SIZE");
    }

    [Fact]
    public void Compile_FuturesVenue_IsRefusedClearly()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => ExchangeRules.Compile(ExchangeFixture.Info, BinanceVenue.UsdMFutures));
        error.Message.ShouldContain("Spot exchangeInfo shape");
    }
}
