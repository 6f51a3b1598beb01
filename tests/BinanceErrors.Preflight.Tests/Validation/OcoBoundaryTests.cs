namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// OCO rules at their edges: every mandatory parameter, each leg's parameters by name, the second leg counted as the
/// list's second order, and the price relationship with a leg exactly at the last price.
/// </summary>
public sealed class OcoBoundaryTests
{
    // SELL: LIMIT_MAKER above the market (last 30000), STOP_LOSS_LIMIT below, as in the docs.
    private static readonly OcoRequest Sell = new()
    {
        Symbol = "BTCUSDT", Side = "SELL", Quantity = "0.001",
        AboveType = "LIMIT_MAKER", AbovePrice = "32000",
        BelowType = "STOP_LOSS_LIMIT", BelowStopPrice = "28000", BelowPrice = "27900", BelowTimeInForce = "GTC",
    };

    // BUY: STOP_LOSS_LIMIT above, LIMIT_MAKER below.
    private static readonly OcoRequest Buy = new()
    {
        Symbol = "BTCUSDT", Side = "BUY", Quantity = "0.001",
        AboveType = "STOP_LOSS_LIMIT", AboveStopPrice = "32000", AbovePrice = "32100", AboveTimeInForce = "GTC",
        BelowType = "LIMIT_MAKER", BelowPrice = "28000",
    };

    // SELL with two algo legs: TAKE_PROFIT_LIMIT above, STOP_LOSS_LIMIT below.
    private static readonly OcoRequest SellTwoAlgo = Sell with { AboveType = "TAKE_PROFIT_LIMIT", AboveStopPrice = "32000", AboveTimeInForce = "GTC" };

    private static readonly MarketContext Full = ExchangeFixture.FullContext;

    public static TheoryData<string, OcoRequest, MarketContext, int, string?> Cases() => new()
    {
        { "symbol missing", Sell with { Symbol = null }, Full, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "side missing", Sell with { Side = "" }, Full, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed." },
        { "quantity missing", Sell with { Quantity = null }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "belowType missing", Sell with { BelowType = null }, Full, -1102, "Mandatory parameter 'belowType' was not sent, was empty/null, or malformed." },
        { "side invalid", Sell with { Side = "HOLD" }, Full, -1117, "Invalid side." },
        { "aboveType invalid", Sell with { AboveType = "OCO" }, Full, -1116, "Invalid orderType." },
        { "belowType invalid", Sell with { BelowType = "STOP" }, Full, -1116, "Invalid orderType." },
        { "MARKET above", Sell with { AboveType = "MARKET" }, Full, -1158, "Order type not supported in OCO." },
        { "LIMIT below", Sell with { BelowType = "LIMIT" }, Full, -1158, "Order type not supported in OCO." },
        { "MARKET below", Sell with { BelowType = "MARKET" }, Full, -1158, "Order type not supported in OCO." },

        // Each leg's own parameters, named for its side.
        { "above LIMIT_MAKER without price", Sell with { AbovePrice = null }, Full, -1102, "Mandatory parameter 'abovePrice' was not sent, was empty/null, or malformed." },
        { "below LIMIT_MAKER without price", Buy with { BelowPrice = "" }, Full, -1102, "Mandatory parameter 'belowPrice' was not sent, was empty/null, or malformed." },
        { "above stop leg without trigger", Buy with { AboveStopPrice = null }, Full, -1102, "Param 'aboveStopPrice' or 'aboveTrailingDelta' must be sent, but both were empty/null!" },
        { "above stop leg without timeInForce", Buy with { AboveTimeInForce = null }, Full, -1102, "Mandatory parameter 'aboveTimeInForce' was not sent, was empty/null, or malformed." },
        { "above stop-limit without price", Buy with { AbovePrice = null }, Full, -1102, "Mandatory parameter 'abovePrice' was not sent, was empty/null, or malformed." },
        { "above iceberg leg without GTC", Buy with { AboveTimeInForce = "FOK", AboveIcebergQty = "0.0005" }, Full, -1160, "Parameter 'aboveIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC." },
        { "above trailing stop leg", Buy with { AboveStopPrice = null, AboveTrailingDelta = "100" }, Full with { LastPrice = null }, 0, null },
        { "iceberg legs with GTC", Sell with { Quantity = "0.01", BelowIcebergQty = "0.002", AboveIcebergQty = "0.002" }, Full, 0, null },
        { "iceberg leg with an empty icebergQty and IOC", Sell with { BelowTimeInForce = "IOC", BelowIcebergQty = "" }, Full, -1105, "Parameter 'icebergQty' was empty." },

        // Each leg is checked as an order; the second is the list's second order on the symbol and the exchange.
        { "first leg breaks a filter", Buy with { AbovePrice = "32100.001" }, Full, -1013, "Filter failure: PRICE_FILTER" },
        { "second leg breaks a filter", Sell with { BelowPrice = "27900.001" }, Full, -1013, "Filter failure: PRICE_FILTER" },
        { "room for two orders", Sell, Full with { OpenOrders = 198 }, 0, null },
        { "room for one order only", Sell, Full with { OpenOrders = 199 }, -1013, "Filter failure: MAX_NUM_ORDERS" },
        { "room for two orders on the exchange", Sell, Full with { ExchangeOpenOrders = 998 }, 0, null },
        { "room for one order only on the exchange", Sell, Full with { ExchangeOpenOrders = 999 }, -1013, "Filter failure: EXCHANGE_MAX_NUM_ORDERS" },
        { "one algo leg with room for one algo order", Sell, Full with { OpenAlgoOrders = 4, ExchangeOpenAlgoOrders = 199 }, 0, null },
        { "two algo legs with room for one algo order", SellTwoAlgo, Full with { OpenAlgoOrders = 4 }, -1013, "Filter failure: MAX_NUM_ALGO_ORDERS" },
        { "two algo legs with room for one on the exchange", SellTwoAlgo, Full with { ExchangeOpenAlgoOrders = 199 }, -1013, "Filter failure: EXCHANGE_MAX_NUM_ALGO_ORDERS" },
        { "two algo legs with room for two", SellTwoAlgo, Full with { OpenAlgoOrders = 3, ExchangeOpenAlgoOrders = 198 }, 0, null },

        // Prices: SELL limit above the last price above the stop; BUY the other way round; equal is not ordered.
        { "sell limit at the last price", Sell with { AbovePrice = "30000" }, Full, -2010, "The relationship of the prices for the orders is not correct." },
        { "sell limit one tick above the last price", Sell with { AbovePrice = "30000.01" }, Full, 0, null },
        { "sell stop at the last price", Sell with { BelowStopPrice = "30000" }, Full, -2010, "The relationship of the prices for the orders is not correct." },
        { "sell stop one tick below the last price", Sell with { BelowStopPrice = "29999.99" }, Full, 0, null },
        { "buy limit at the last price", Buy with { BelowPrice = "30000" }, Full, -2010, "The relationship of the prices for the orders is not correct." },
        { "buy limit one tick below the last price", Buy with { BelowPrice = "29999.99" }, Full, 0, null },
        { "buy stop at the last price", Buy with { AboveStopPrice = "30000" }, Full, -2010, "The relationship of the prices for the orders is not correct." },
        { "buy stop one tick above the last price", Buy with { AboveStopPrice = "30000.01" }, Full, 0, null },

        // A TAKE_PROFIT leg is placed by its stopPrice.
        { "sell take-profit trigger above the last price", Sell with { AboveType = "TAKE_PROFIT", AbovePrice = null, AboveStopPrice = "31000", BelowType = "STOP_LOSS", BelowPrice = null, BelowTimeInForce = null }, Full, 0, null },
        { "sell take-profit trigger below the last price", Sell with { AboveType = "TAKE_PROFIT", AbovePrice = null, AboveStopPrice = "29500", BelowType = "STOP_LOSS", BelowPrice = null, BelowTimeInForce = null, BelowStopPrice = "29000" }, Full, -2010, "The relationship of the prices for the orders is not correct." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Oco_AtItsEdges(string rule, OcoRequest oco, MarketContext context, int code, string? message)
    {
        var result = OcoValidator.Validate(ExchangeFixture.Rules, oco, context);

        if (message is null)
        {
            result.IsValid.ShouldBeTrue($"{rule}: {result.Error}");
            return;
        }

        result.IsValid.ShouldBeFalse(rule);
        result.Error!.Code.ShouldBe(code, rule);
        result.Error.Message.ShouldBe(message, rule);
    }

    [Fact]
    public void ValidList_ReturnsTheFirstLegAndItsRules_AndDropsTheLegsMarketChecks()
    {
        var result = OcoValidator.Validate(ExchangeFixture.Rules, Sell, Full);

        result.IsValid.ShouldBeTrue();
        result.Order.Type.ShouldBe(OrderType.LimitMaker);
        result.Order.Price.ShouldBe(32000m);
        result.Rules!.Symbol.ShouldBe("BTCUSDT");
        result.NotChecked.ShouldBe(PreflightChecks.None);
    }

    [Fact]
    public void WithoutContext_NotCheckedIsTheUnionOfBothLegs_PlusThePriceRelationship()
    {
        var result = OcoValidator.Validate(ExchangeFixture.Rules, Sell);

        result.IsValid.ShouldBeTrue();
        result.NotChecked.ShouldBe(
            PreflightChecks.PercentPriceBySide | PreflightChecks.MaxNumOrders | PreflightChecks.MaxNumAlgoOrders | PreflightChecks.ExchangeMaxNumOrders
            | PreflightChecks.ExchangeMaxNumAlgoOrders | PreflightChecks.OrderListPrices);
    }

    [Fact]
    public void TrailingStopLeg_HasNoPriceRelationshipToCheck()
    {
        var result = OcoValidator.Validate(ExchangeFixture.Rules, Buy with { AboveStopPrice = null, AboveTrailingDelta = "100" }, Full with { LastPrice = null });

        result.IsValid.ShouldBeTrue();
        result.NotChecked.HasFlag(PreflightChecks.OrderListPrices).ShouldBeFalse();
    }
}
