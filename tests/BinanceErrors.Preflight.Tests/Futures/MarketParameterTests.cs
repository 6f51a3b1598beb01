using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// A USDⓈ-M MARKET order takes no <c>price</c> and no <c>timeInForce</c>: the exchange answers -1106 for either rather
/// than ignore it (futures users' logs: "Parameter 'price' sent when not required" for a MARKET order, and connectors
/// that drop timeInForce on MARKET because of -1106), so nothing the user sent is silently dropped or echoed back.
/// </summary>
public sealed class MarketParameterTests
{
    private static readonly FuturesOrderRequest Market = new() { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.002" };

    [Theory]
    [InlineData("60000", null, "price")]
    [InlineData(null, "GTC", "timeInForce")]
    [InlineData(null, "IOC", "timeInForce")]
    [InlineData("60000", "GTC", "price")]
    public void PriceOrTimeInForceOnMarket_Is1106(string? price, string? timeInForce, string name)
    {
        var result = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Market with { Price = price, TimeInForce = timeInForce }, FuturesExchangeFixture.FullContext);

        (result.Code, result.Message).ShouldBe((-1106, $"Parameter '{name}' sent when not required."));
    }

    [Fact]
    public void AMarketOrderWithNeither_IsValid() =>
        FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, Market, FuturesExchangeFixture.FullContext).IsValid.ShouldBeTrue();
}
