using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// <c>priceProtect</c> is a boolean (<c>TRUE</c> or <c>FALSE</c>, which connectors send in lower case too): anything else,
/// such as <c>maybe</c>, is refused like the other malformed flags, -1130 naming the parameter.
/// </summary>
public sealed class PriceProtectTests
{
    private static readonly FuturesMarketContext Full = FuturesExchangeFixture.FullContext;

    [Theory]
    [InlineData("TRUE")]
    [InlineData("FALSE")]
    [InlineData("true")]
    [InlineData("false")]
    public void ABoolean_IsAccepted(string value)
    {
        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, FuturesExchangeFixture.ValidLimit with { PriceProtect = value }, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.ValidateAlgo(FuturesExchangeFixture.Rules, FuturesExchangeFixture.ValidAlgo with { PriceProtect = value }, Full).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData(" TRUE")]
    [InlineData("")]
    public void AnythingElse_Is1130(string value)
    {
        var order = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, FuturesExchangeFixture.ValidLimit with { PriceProtect = value }, Full);
        var algo = FuturesValidationByBoth.ValidateAlgo(FuturesExchangeFixture.Rules, FuturesExchangeFixture.ValidAlgo with { PriceProtect = value }, Full);

        (order.Code, order.Message).ShouldBe((-1130, "Data sent for parameter 'priceProtect' is not valid."));
        (algo.Code, algo.Message).ShouldBe((-1130, "Data sent for parameter 'priceProtect' is not valid."));
    }
}
