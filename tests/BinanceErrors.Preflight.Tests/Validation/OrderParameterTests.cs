using BinanceErrors.Preflight.Tests.Filters;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// Every value of every enumerated parameter, the parameters each order type refuses, the text rules of the
/// exchange's legal ranges at their lengths, the capabilities a symbol can switch off, and what is reported as not
/// checked when the market context is missing.
/// </summary>
public sealed class OrderParameterTests
{
    private static readonly MarketContext Full = ExchangeFixture.FullContext;

    // BTCUSDT, last price 30000: a valid order of each type.
    public static TheoryData<string, OrderRequest, BinanceOrderType, BinanceOrderSide> ValidOfEachType() => new()
    {
        { "LIMIT", ExchangeFixture.ValidLimit, BinanceOrderType.Limit, BinanceOrderSide.Buy },
        { "MARKET", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "0.001" }, BinanceOrderType.Market, BinanceOrderSide.Sell },
        { "STOP_LOSS", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.001", StopPrice = "29000" }, BinanceOrderType.StopLoss, BinanceOrderSide.Sell },
        { "STOP_LOSS_LIMIT", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS_LIMIT", TimeInForce = "GTC", Quantity = "0.001", StopPrice = "29000", Price = "28900" }, BinanceOrderType.StopLossLimit, BinanceOrderSide.Sell },
        { "TAKE_PROFIT", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT", Quantity = "0.001", StopPrice = "31000" }, BinanceOrderType.TakeProfit, BinanceOrderSide.Sell },
        { "TAKE_PROFIT_LIMIT", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT_LIMIT", TimeInForce = "GTC", Quantity = "0.001", StopPrice = "31000", Price = "31100" }, BinanceOrderType.TakeProfitLimit, BinanceOrderSide.Sell },
        { "LIMIT_MAKER", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT_MAKER", Quantity = "0.001", Price = "29000" }, BinanceOrderType.LimitMaker, BinanceOrderSide.Buy },
    };

    [Theory]
    [MemberData(nameof(ValidOfEachType))]
    public void EveryOrderType_IsParsedAndAccepted(string name, OrderRequest order, BinanceOrderType type, BinanceOrderSide side)
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, Full);

        result.IsValid.ShouldBeTrue($"{name}: {result.Error}");
        result.Order.Type.ShouldBe(type);
        result.Order.Side.ShouldBe(side);
        type.ToWireName().ShouldBe(name);
        OrderTypeNames.TryParse(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(type);
    }

    [Theory]
    [InlineData("GTC", BinanceTimeInForce.Gtc)]
    [InlineData("IOC", BinanceTimeInForce.Ioc)]
    [InlineData("FOK", BinanceTimeInForce.Fok)]
    public void EveryTimeInForce_IsParsedAndAccepted(string text, BinanceTimeInForce expected)
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, ExchangeFixture.ValidLimit with { TimeInForce = text }, Full);

        result.IsValid.ShouldBeTrue();
        result.Order.TimeInForce.ShouldBe(expected);
    }

    [Theory]
    [InlineData("limit")]
    [InlineData("LIMIT ")]
    [InlineData("")]
    [InlineData(null)]
    public void OrderTypeNames_AreExact(string? name)
    {
        OrderTypeNames.TryParse(name, out _).ShouldBeFalse();
    }

    [Fact]
    public void ParsedOrder_CarriesEveryValue()
    {
        var order = new OrderRequest
        {
            Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS_LIMIT", TimeInForce = "GTC", Quantity = "0.01", Price = "28900",
            StopPrice = "29000", IcebergQty = "0.002",
        };

        var parsed = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, Full).Order;

        parsed.ShouldBe(new ParsedOrder
        {
            Side = BinanceOrderSide.Sell, Type = BinanceOrderType.StopLossLimit, TimeInForce = BinanceTimeInForce.Gtc, Quantity = 0.01m, Price = 28900m,
            StopPrice = 29000m, IcebergQty = 0.002m,
        });
        parsed.IsAlgo.ShouldBeTrue();

        var trailing = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order with { StopPrice = null, TrailingDelta = "100", IcebergQty = null }, Full).Order;
        trailing.TrailingDelta.ShouldBe(100);
    }

    public static TheoryData<string, OrderRequest, string> NotRequired() => new()
    {
        { "STOP_LOSS with timeInForce", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.001", StopPrice = "29000", TimeInForce = "GTC" }, "timeInForce" },
        { "TAKE_PROFIT with price", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT", Quantity = "0.001", StopPrice = "31000", Price = "31000" }, "price" },
        { "LIMIT_MAKER with timeInForce", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT_MAKER", Quantity = "0.001", Price = "29000", TimeInForce = "GTC" }, "timeInForce" },
        { "LIMIT_MAKER with stopPrice", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT_MAKER", Quantity = "0.001", Price = "29000", StopPrice = "29000" }, "stopPrice" },
        { "LIMIT with trailingDelta", ExchangeFixture.ValidLimit with { TrailingDelta = "100" }, "trailingDelta" },
        { "MARKET with trailingDelta", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "0.001", TrailingDelta = "100" }, "trailingDelta" },
        { "MARKET with stopPrice", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "0.001", StopPrice = "100" }, "stopPrice" },
        { "MARKET with icebergQty", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "MARKET", Quantity = "0.01", IcebergQty = "0.001" }, "icebergQty" },
        { "STOP_LOSS with icebergQty", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.01", StopPrice = "29000", IcebergQty = "0.001" }, "icebergQty" },
        { "LIMIT with quoteOrderQty", ExchangeFixture.ValidLimit with { QuoteOrderQty = "30" }, "quoteOrderQty" },
        { "MARKET with quantity and quoteOrderQty", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.001", QuoteOrderQty = "30" }, "quoteOrderQty" },
    };

    [Theory]
    [MemberData(nameof(NotRequired))]
    public void ParameterTheTypeDoesNotTake_IsRefused(string rule, OrderRequest order, string parameter)
    {
        var error = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, Full).Error;

        error.ShouldNotBeNull(rule);
        error.Code.ShouldBe(-1106, rule);
        error.Message.ShouldBe($"Parameter '{parameter}' sent when not required.", rule);
    }

    [Fact]
    public void ParametersEachTypeTakes_AreAccepted()
    {
        // Iceberg on STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT (GTC), trailingDelta on stop types, quoteOrderQty alone on MARKET.
        var rules = ExchangeFixture.Rules;
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT_LIMIT", TimeInForce = "GTC", Quantity = "0.01", StopPrice = "31000", Price = "31100", IcebergQty = "0.002" }, Full).IsValid.ShouldBeTrue();
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT", Quantity = "0.001", TrailingDelta = "100" }, Full).IsValid.ShouldBeTrue();
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "30" }, Full).IsValid.ShouldBeTrue();
    }

    public static TheoryData<string, OrderRequest, int, string> TextRules() => new()
    {
        { "symbol of 1 character is well-formed", ExchangeFixture.ValidLimit with { Symbol = "A" }, -1121, "Invalid symbol." },
        { "symbol of 20 characters is well-formed", ExchangeFixture.ValidLimit with { Symbol = "ABCDEFGHIJ0123456789" }, -1121, "Invalid symbol." },
        { "symbol with - _ . is well-formed", ExchangeFixture.ValidLimit with { Symbol = "A-B_C.D" }, -1121, "Invalid symbol." },
        { "symbol of 21 characters", ExchangeFixture.ValidLimit with { Symbol = "ABCDEFGHIJ01234567890" }, -1100, "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'." },
        { "symbol empty", ExchangeFixture.ValidLimit with { Symbol = "" }, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." },
        { "side null", ExchangeFixture.ValidLimit with { Side = null }, -1102, "Mandatory parameter 'side' was not sent, was empty/null, or malformed." },
        { "side lower case", ExchangeFixture.ValidLimit with { Side = "buy" }, -1117, "Invalid side." },
        { "type missing", ExchangeFixture.ValidLimit with { Type = null }, -1102, "Mandatory parameter 'type' was not sent, was empty/null, or malformed." },
        { "type empty", ExchangeFixture.ValidLimit with { Type = "" }, -1102, "Mandatory parameter 'type' was not sent, was empty/null, or malformed." },
        { "timeInForce lower case", ExchangeFixture.ValidLimit with { TimeInForce = "gtc" }, -1115, "Invalid timeInForce." },
        { "STOP_LOSS_LIMIT without timeInForce", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS_LIMIT", Quantity = "0.001", StopPrice = "29000", Price = "28900" }, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed." },
        { "TAKE_PROFIT_LIMIT without price", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT_LIMIT", TimeInForce = "GTC", Quantity = "0.001", StopPrice = "31000" }, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "LIMIT_MAKER without price", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT_MAKER", Quantity = "0.001" }, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "TAKE_PROFIT without trigger", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "TAKE_PROFIT", Quantity = "0.001" }, -1102, "Param 'stopPrice' or 'trailingDelta' must be sent, but both were empty/null!" },
        { "MARKET with empty quoteOrderQty", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "" }, -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!" },
        { "price of 21 integer digits", ExchangeFixture.ValidLimit with { Price = "123456789012345678901" }, -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "quantity of 20 fraction digits parses, then is too precise", ExchangeFixture.ValidLimit with { Quantity = "0.00000000000000000001" }, -1111, "Parameter 'quantity' has too much precision." },
        { "quantity of 21 fraction digits", ExchangeFixture.ValidLimit with { Quantity = "0.000000000000000000001" }, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "quantity with a trailing dot", ExchangeFixture.ValidLimit with { Quantity = "1." }, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "quantity with a letter in the fraction", ExchangeFixture.ValidLimit with { Quantity = "0.00a" }, -1100, "Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "price empty", ExchangeFixture.ValidLimit with { Price = "" }, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "stopPrice empty on a stop-limit", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS_LIMIT", TimeInForce = "GTC", Quantity = "0.001", StopPrice = "", TrailingDelta = "100", Price = "28900" }, -1105, "Parameter 'stopPrice' was empty." },
        { "icebergQty empty", ExchangeFixture.ValidLimit with { IcebergQty = "" }, -1105, "Parameter 'icebergQty' was empty." },
        { "quoteOrderQty not a number", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "ten" }, -1100, "Illegal characters found in parameter 'quoteOrderQty'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'." },
        { "trailingDelta empty", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.001", StopPrice = "29000", TrailingDelta = "" }, -1105, "Parameter 'trailingDelta' was empty." },
        { "trailingDelta negative", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.001", TrailingDelta = "-5" }, -1100, "Illegal characters found in parameter 'trailingDelta'; legal range is '^([0-9]{1,20})$'." },
        { "trailingDelta of 19 digits", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.001", TrailingDelta = "1000000000000000000" }, -1100, "Illegal characters found in parameter 'trailingDelta'; legal range is '^([0-9]{1,20})$'." },
        { "trailingDelta of 18 digits parses, then is out of range", new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS", Quantity = "0.001", TrailingDelta = "100000000000000000" }, -1013, "Filter failure: TRAILING_DELTA" },
        { "client order id of 1 character", ExchangeFixture.ValidLimit with { NewClientOrderId = "a" }, 0, "" },
        { "client order id of 36 characters", ExchangeFixture.ValidLimit with { NewClientOrderId = "abcdefghij-ABCDEFGHIJ_0123456789abcd" }, 0, "" },
        { "client order id of 37 characters", ExchangeFixture.ValidLimit with { NewClientOrderId = "abcdefghij-ABCDEFGHIJ_0123456789abcde" }, -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '^[a-zA-Z0-9-_]{1,36}$'." },
    };

    [Theory]
    [MemberData(nameof(TextRules))]
    public void TextRules_AtTheirLengths(string rule, OrderRequest order, int code, string message)
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, Full);

        if (code == 0)
        {
            result.IsValid.ShouldBeTrue($"{rule}: {result.Error}");
            return;
        }

        result.Error.ShouldNotBeNull(rule);
        result.Error.Code.ShouldBe(code, rule);
        result.Error.Message.ShouldBe(message, rule);
    }

    // A symbol that allows LIMIT orders only and no iceberg, quoteOrderQty or trailing stop.
    private static readonly ExchangeRules LimitOnly = SyntheticExchange.Compile(
        SyntheticExchange.Symbol("ONLY", """[{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"}]""", orderTypes: """["LIMIT"]""")
            .Replace("\"icebergAllowed\":true", "\"icebergAllowed\":false", StringComparison.Ordinal)
            .Replace("\"quoteOrderQtyMarketAllowed\":true", "\"quoteOrderQtyMarketAllowed\":false", StringComparison.Ordinal)
            .Replace("\"allowTrailingStop\":true", "\"allowTrailingStop\":false", StringComparison.Ordinal));

    [Theory]
    [InlineData("MARKET", "Market orders are not supported for this symbol.")]
    [InlineData("STOP_LOSS", "Stop loss orders are not supported for this symbol.")]
    [InlineData("STOP_LOSS_LIMIT", "Stop loss limit orders are not supported for this symbol.")]
    [InlineData("TAKE_PROFIT", "Take profit orders are not supported for this symbol.")]
    [InlineData("TAKE_PROFIT_LIMIT", "Take profit limit orders are not supported for this symbol.")]
    [InlineData("LIMIT_MAKER", "Unsupported order combination")]
    public void TypeTheSymbolDoesNotAllow_IsRefusedByTheMatchingEngine(string type, string message)
    {
        var order = new OrderRequest
        {
            Symbol = "ONLY", Side = "BUY", Type = type, Quantity = "1",
            TimeInForce = type is "STOP_LOSS_LIMIT" or "TAKE_PROFIT_LIMIT" ? "GTC" : null,
            Price = type is "MARKET" or "STOP_LOSS" or "TAKE_PROFIT" ? null : "10",
            StopPrice = type is "MARKET" or "LIMIT_MAKER" ? null : "10",
        };

        var error = SpotValidationByBoth.Validate(LimitOnly, order).Error;

        error.ShouldNotBeNull();
        error.Code.ShouldBe(-2010);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void CapabilitiesTheSymbolSwitchesOff_AreRefused()
    {
        var limit = new OrderRequest { Symbol = "ONLY", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "10", Quantity = "1" };

        SpotValidationByBoth.Validate(LimitOnly, limit).IsValid.ShouldBeTrue();
        SpotValidationByBoth.Validate(LimitOnly, limit with { IcebergQty = "0.5" }).Error!.Message.ShouldBe("Iceberg orders are not supported for this symbol.");
        SpotValidationByBoth.Validate(LimitOnly, limit with { IcebergQty = "0" }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void NotChecked_NamesExactlyTheRulesThatNeededMissingContext()
    {
        var rules = ExchangeFixture.Rules;
        var stopIceberg = new OrderRequest { Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_LOSS_LIMIT", TimeInForce = "GTC", Quantity = "0.01", StopPrice = "29000", Price = "28900", IcebergQty = "0.002" };

        SpotValidationByBoth.Validate(rules, stopIceberg).NotChecked.ShouldBe(
            PreflightChecks.PercentPriceBySide | PreflightChecks.MaxNumOrders | PreflightChecks.MaxNumAlgoOrders | PreflightChecks.MaxNumIcebergOrders
            | PreflightChecks.ExchangeMaxNumOrders | PreflightChecks.ExchangeMaxNumAlgoOrders | PreflightChecks.ExchangeMaxNumIcebergOrders | PreflightChecks.TriggerDirection);
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "ETHBTC", Side = "SELL", Type = "MARKET", Quantity = "1" }).NotChecked.ShouldBe(
            PreflightChecks.MinNotional | PreflightChecks.MaxNumOrders | PreflightChecks.ExchangeMaxNumOrders);
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "ETHBTC", Side = "SELL", Type = "LIMIT", TimeInForce = "GTC", Price = "0.05", Quantity = "1" }).NotChecked.ShouldBe(
            PreflightChecks.PercentPrice | PreflightChecks.MaxNumOrders | PreflightChecks.ExchangeMaxNumOrders);
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "3000", Quantity = "1" }).NotChecked.ShouldBe(
            PreflightChecks.PercentPriceBySide | PreflightChecks.MaxNumOrders | PreflightChecks.MaxPosition | PreflightChecks.ExchangeMaxNumOrders);
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "3000" }, Full with { ReferencePrice = null, Position = 1m }).NotChecked
            .ShouldBe(PreflightChecks.MaxPosition);
        SpotValidationByBoth.Validate(rules, new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "3000", Quantity = "1" }, Full with { ReferencePrice = 3000m, Position = null }).NotChecked
            .ShouldBe(PreflightChecks.MaxPosition);
    }

    [Fact]
    public void QuoteOrderQty_WithAReferencePriceOfZero_LeavesMaxPositionNotChecked()
    {
        // A quoteOrderQty buys spend ÷ price: with no usable price the position it adds is unknown, not infinite.
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "3000" }, Full with { ReferencePrice = 0m, Position = 1m });

        result.NotChecked.HasFlag(PreflightChecks.MaxPosition).ShouldBeTrue(result.NotChecked.ToString());
    }

    [Fact]
    public void NotChecked_NotionalRulesThatDoNotApplyToMarket_AreNotReported()
    {
        var sides = SyntheticExchange.Compile(string.Join(',',
            SyntheticExchange.Symbol("LEGACY", """[{"filterType":"MIN_NOTIONAL","minNotional":"10","applyToMarket":false,"avgPriceMins":5}]"""),
            SyntheticExchange.Symbol("MAXONLY", """[{"filterType":"NOTIONAL","minNotional":"10","applyMinToMarket":false,"maxNotional":"100","applyMaxToMarket":true,"avgPriceMins":5}]"""),
            SyntheticExchange.Symbol("NEITHER", """[{"filterType":"NOTIONAL","minNotional":"10","applyMinToMarket":false,"maxNotional":"100","applyMaxToMarket":false,"avgPriceMins":5}]""")));

        SpotValidationByBoth.Validate(sides, new OrderRequest { Symbol = "LEGACY", Side = "BUY", Type = "MARKET", Quantity = "1" }).NotChecked.ShouldBe(PreflightChecks.None);
        SpotValidationByBoth.Validate(sides, new OrderRequest { Symbol = "MAXONLY", Side = "BUY", Type = "MARKET", Quantity = "1" }).NotChecked.ShouldBe(PreflightChecks.Notional);
        SpotValidationByBoth.Validate(sides, new OrderRequest { Symbol = "NEITHER", Side = "BUY", Type = "MARKET", Quantity = "1000" }, new MarketContext { ReferencePrice = 1m }).IsValid.ShouldBeTrue();
        SpotValidationByBoth.Validate(sides, new OrderRequest { Symbol = "NEITHER", Side = "BUY", Type = "MARKET", Quantity = "1" }).NotChecked.ShouldBe(PreflightChecks.None);
    }
}
