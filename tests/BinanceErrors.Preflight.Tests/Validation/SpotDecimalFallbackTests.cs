using BinanceErrors.Preflight.Tests.Filters;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// Symbols with one filter value whose mantissa does not fit 63 bits (20 significant digits, as exchangeInfo can
/// send): the symbol is validated on the decimal path, and that filter still refuses the value just below its bound
/// and accepts the next one the asset precision can send.
/// Also: an order type listed twice in exchangeInfo is allowed once and for all.
/// </summary>
public sealed class SpotDecimalFallbackTests
{
    private static readonly ExchangeRules Exchange = SyntheticExchange.Compile(string.Join(',',
        SyntheticExchange.Symbol("LOTWIDE", """[{"filterType":"LOT_SIZE","minQty":"1.0000000000000000001","maxQty":"0","stepSize":"0"}]"""),
        SyntheticExchange.Symbol("NOTIONALWIDE", """[{"filterType":"NOTIONAL","minNotional":"5.0000000000000000001","applyMinToMarket":true,"maxNotional":"0","applyMaxToMarket":false,"avgPriceMins":5}]"""),
        SyntheticExchange.Symbol("MINWIDE", """[{"filterType":"MIN_NOTIONAL","minNotional":"5.0000000000000000001","applyToMarket":true,"avgPriceMins":5}]"""),
        SyntheticExchange.Symbol("PERCENTWIDE", """[{"filterType":"PERCENT_PRICE","multiplierUp":"1.0000000000000000001","multiplierDown":"0.5","avgPriceMins":5}]"""),
        SyntheticExchange.Symbol("TWICE", "[]", orderTypes: """["LIMIT","MARKET","LIMIT"]""")));

    private static OrderRequest Limit(string symbol, string price, string quantity) => new()
    {
        Symbol = symbol, Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity,
    };

    [Theory]
    [InlineData("LOTWIDE", "1", "1", "Filter failure: LOT_SIZE")] // just below minQty 1.0000000000000000001
    [InlineData("LOTWIDE", "1", "1.00000001", null)] // the next quantity base precision 8 can send
    [InlineData("NOTIONALWIDE", "5", "1", "Filter failure: NOTIONAL")] // just below minNotional
    [InlineData("NOTIONALWIDE", "5.00000001", "1", null)] // the next price quote precision 8 can send
    [InlineData("MINWIDE", "5", "1", "Filter failure: MIN_NOTIONAL")]
    [InlineData("MINWIDE", "5.00000001", "1", null)]
    public void FilterValueBeyond63Bits_StillHoldsAtItsBound(string symbol, string price, string quantity, string? expected)
    {
        Exchange.TryGetSymbol(symbol, out var rules).ShouldBeTrue();
        rules.Scaled.ShouldBeNull();

        SpotValidationByBoth.Validate(Exchange, Limit(symbol, price, quantity)).Error?.Message.ShouldBe(expected);
    }

    [Theory]
    [InlineData("100.00000001", "Filter failure: PERCENT_PRICE")] // above 100 × 1.0000000000000000001 = 100.00000000000000001
    [InlineData("100.00000000", null)] // inside it
    [InlineData("49.99", "Filter failure: PERCENT_PRICE")]
    [InlineData("50", null)]
    public void MultiplierBeyond63Bits_StillBoundsThePrice(string price, string? expected)
    {
        SpotValidationByBoth.Validate(Exchange, Limit("PERCENTWIDE", price, "1"), new MarketContext { ReferencePrice = 100m }).Error?.Message.ShouldBe(expected);
    }

    [Fact]
    public void OrderTypeListedTwice_IsAllowed()
    {
        SpotValidationByBoth.Validate(Exchange, Limit("TWICE", "1", "1")).IsValid.ShouldBeTrue();
        SpotValidationByBoth.Validate(Exchange, new OrderRequest { Symbol = "TWICE", Side = "SELL", Type = "MARKET", Quantity = "1" }).IsValid.ShouldBeTrue();
        SpotValidationByBoth.Validate(Exchange, new OrderRequest { Symbol = "TWICE", Side = "SELL", Type = "LIMIT_MAKER", Price = "1", Quantity = "1" }).Error!.Message
            .ShouldBe("Unsupported order combination");
    }
}
