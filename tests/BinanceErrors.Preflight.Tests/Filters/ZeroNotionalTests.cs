namespace BinanceErrors.Preflight.Tests.Filters;

/// <summary>
/// A LIMIT order whose notional is zero in <see cref="decimal"/> is refused by the matching engine. Parsed values are
/// never negative, so only a zero value or a product beyond 28 decimal places (which decimal rounds to zero) can get
/// there; the validator decides the usual order without multiplying, and the boundary is exactly 28 places.
/// </summary>
public sealed class ZeroNotionalTests
{
    // No price, lot or notional bounds, and 20 places of precision on both assets, so only the product decides.
    private static readonly ExchangeRules Tiny = SyntheticExchange.Compile(SyntheticExchange.Symbol("TINY", """
        [{"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0"},
         {"filterType":"LOT_SIZE","minQty":"0","maxQty":"0","stepSize":"0"}]
        """, basePrecision: 20, quotePrecision: 20));

    [Theory]
    // 10^-14 × 10^-14 = 10^-28: the smallest positive decimal, so the order stands.
    [InlineData("0.00000000000001", "0.00000000000001", true)]
    // 10^-14 × 10^-15 = 10^-29, which decimal rounds to zero.
    [InlineData("0.00000000000001", "0.000000000000001", false)]
    // decimal rounds half to even: 6 × 10^-29 becomes 10^-28, 5 × 10^-29 becomes zero.
    [InlineData("0.00000000000006", "0.000000000000001", true)]
    [InlineData("0.00000000000005", "0.000000000000001", false)]
    // Trailing zeros count as places: 1.0…0 (20 places) × 10^-10 has 30 places but equals 10^-10.
    [InlineData("1.00000000000000000000", "0.0000000001", true)]
    [InlineData("0", "1", false)]
    [InlineData("1", "0.0", false)]
    public void LimitOrder_NotionalZeroInDecimal_IsRefused(string price, string quantity, bool valid)
    {
        var order = new OrderRequest { Symbol = "TINY", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity };

        var result = Validation.SpotValidationByBoth.Validate(Tiny, order, default);

        if (valid)
        {
            result.IsValid.ShouldBeTrue(result.Error?.ToString());
        }
        else
        {
            result.Error.ShouldNotBeNull();
            result.Error.Reason.ShouldBe(MatchingEngineReason.NotionalZeroOrLess, result.Error.ToString());
        }
    }
}
