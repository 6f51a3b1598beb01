namespace BinanceErrors.Preflight.Tests;

public sealed class OcoValidatorTests
{
    // A SELL OCO as in the docs: LIMIT_MAKER above the market, STOP_LOSS_LIMIT below.
    private static readonly OcoRequest Sell = new()
    {
        Symbol = "BTCUSDT",
        Side = "SELL",
        Quantity = "0.001",
        AboveType = "LIMIT_MAKER",
        AbovePrice = "32000",
        BelowType = "STOP_LOSS_LIMIT",
        BelowStopPrice = "28000",
        BelowPrice = "27900",
        BelowTimeInForce = "GTC",
    };

    private static readonly OcoRequest Buy = new()
    {
        Symbol = "BTCUSDT",
        Side = "BUY",
        Quantity = "0.001",
        AboveType = "STOP_LOSS_LIMIT",
        AboveStopPrice = "32000",
        AbovePrice = "32100",
        AboveTimeInForce = "GTC",
        BelowType = "LIMIT_MAKER",
        BelowPrice = "28000",
    };

    private static readonly MarketContext Context = ExchangeFixture.FullContext;

    public static TheoryData<string, OcoRequest, int, string> Cases() => new()
    {
        { "missing aboveType", Sell with { AboveType = null }, -1102, "Mandatory parameter 'aboveType' was not sent, was empty/null, or malformed." },
        { "LIMIT leg", Sell with { AboveType = "LIMIT" }, -1158, "Order type not supported in OCO." },
        { "no contingent leg", Sell with { BelowType = "TAKE_PROFIT_LIMIT" }, -1168, "At least one OCO order must be contingent." },
        { "buy with both stops", Buy with { BelowType = "STOP_LOSS", BelowStopPrice = "28000", BelowPrice = null }, -1196, "A stop loss order in a buy OCO must be above." },
        { "buy limit maker above", Buy with { AboveType = "LIMIT_MAKER", AbovePrice = "32000", AboveStopPrice = null, AboveTimeInForce = null, BelowType = "STOP_LOSS", BelowStopPrice = "28000", BelowPrice = null }, -1165, "A limit order in a buy OCO must be below." },
        { "buy take profit above", Buy with { AboveType = "TAKE_PROFIT", AbovePrice = null, AboveTimeInForce = null, BelowType = "STOP_LOSS", BelowStopPrice = "28000", BelowPrice = null }, -1198, "A take profit order in a buy OCO must be below." },
        { "sell with both stops", Sell with { AboveType = "STOP_LOSS", AboveStopPrice = "32000", AbovePrice = null }, -1197, "A stop loss order in a sell OCO must be below." },
        { "sell limit maker below", Sell with { AboveType = "STOP_LOSS", AboveStopPrice = "32000", AbovePrice = null, BelowType = "LIMIT_MAKER", BelowStopPrice = null, BelowTimeInForce = null }, -1166, "A limit order in a sell OCO must be above." },
        { "sell take profit below", Sell with { AboveType = "STOP_LOSS", AboveStopPrice = "32000", AbovePrice = null, BelowType = "TAKE_PROFIT", BelowPrice = null, BelowTimeInForce = null }, -1199, "A take profit order in a sell OCO must be above." },
        { "stop leg without trigger", Sell with { BelowStopPrice = null }, -1102, "Param 'belowStopPrice' or 'belowTrailingDelta' must be sent, but both were empty/null!" },
        { "stop-limit leg without timeInForce", Sell with { BelowTimeInForce = null }, -1102, "Mandatory parameter 'belowTimeInForce' was not sent, was empty/null, or malformed." },
        { "iceberg leg without GTC", Sell with { BelowTimeInForce = "IOC", BelowIcebergQty = "0.0005" }, -1160, "Parameter 'belowIcebergQty' is not supported if aboveTimeInForce/belowTimeInForce is not GTC." },
        { "leg off tick", Sell with { AbovePrice = "32000.001" }, -1013, "Filter failure: PRICE_FILTER" },
        { "sell prices on the wrong sides", Sell with { AbovePrice = "29500" }, -2010, "The relationship of the prices for the orders is not correct." },
        { "buy prices on the wrong sides", Buy with { BelowPrice = "30500" }, -2010, "The relationship of the prices for the orders is not correct." },
        { "OCO not allowed", Sell with { Symbol = "ETHBTC", AbovePrice = "0.06", BelowStopPrice = "0.04", BelowPrice = "0.039", Quantity = "1" }, -2010, "OCO orders are not supported for this symbol" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BreakingOneRule_ReturnsTheExchangesError(string rule, OcoRequest oco, int code, string message)
    {
        var context = oco.Symbol == "ETHBTC" ? Context with { ReferencePrice = 0.05m, LastPrice = 0.05m } : Context;

        var result = OcoValidator.Validate(ExchangeFixture.Rules, oco, context);

        result.IsValid.ShouldBeFalse(rule);
        result.Error!.Code.ShouldBe(code, rule);
        result.Error.Message.ShouldBe(message, rule);
    }

    [Fact]
    public void DocumentedShapes_AreValid()
    {
        OcoValidator.Validate(ExchangeFixture.Rules, Sell, Context).IsValid.ShouldBeTrue();
        OcoValidator.Validate(ExchangeFixture.Rules, Buy, Context).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void WithoutLastPrice_ThePriceRelationshipIsNotChecked()
    {
        var result = OcoValidator.Validate(ExchangeFixture.Rules, Sell with { AbovePrice = "29500" }, Context with { LastPrice = null });

        result.IsValid.ShouldBeTrue();
        result.NotChecked.HasFlag(PreflightChecks.OrderListPrices).ShouldBeTrue();
    }
}
