using BinanceErrors.Preflight.Tests.Validation;

namespace BinanceErrors.Preflight.Tests.Filters;

/// <summary>
/// Since 2026-05-08 PERCENT_PRICE, PERCENT_PRICE_BY_SIDE, MIN_NOTIONAL and NOTIONAL use the symbol's reference price
/// when it has one, and the average price only when it has none (binance-spot-api-docs CHANGELOG 2026-05-06, filters.md).
/// Each case gives the two prices on opposite sides of a filter's bound, so the answer shows which one was used.
/// </summary>
public sealed class ReferencePriceTests
{
    private static readonly MarketContext Counts = ExchangeFixture.FullContext with { ReferencePrice = null, AveragePrice = null };

    // ETHBTC: PERCENT_PRICE 5 / 0.2, MIN_NOTIONAL 0.0001 applied to MARKET. BTCUSDT: PERCENT_PRICE_BY_SIDE 5 / 0.2,
    // NOTIONAL 5 … 9,000,000 (min applied to MARKET). All in data/exchange-info/spot-default.json.
    private static readonly OrderRequest EthBtcSell = new() { Symbol = "ETHBTC", Side = "SELL", Type = "LIMIT", TimeInForce = "GTC", Price = "0.00100", Quantity = "1" };
    private static readonly OrderRequest BtcBuy = new() { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "30000.00", Quantity = "0.001" };
    private static readonly OrderRequest EthBtcMarket = new() { Symbol = "ETHBTC", Side = "BUY", Type = "MARKET", Quantity = "0.002" };
    private static readonly OrderRequest BtcMarket = new() { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.0001" };

    public static TheoryData<string, OrderRequest, decimal?, decimal?, string?> Cases() => new()
    {
        // PERCENT_PRICE: 0.001 is inside 0.2 × 0.004 … 5 × 0.004, far below 0.2 × 0.05.
        { "PERCENT_PRICE: the reference price wins", EthBtcSell, 0.004m, 0.05m, null },
        { "PERCENT_PRICE: the reference price fails it", EthBtcSell, 0.05m, 0.004m, "Filter failure: PERCENT_PRICE" },
        { "PERCENT_PRICE: no reference price, the average", EthBtcSell, null, 0.05m, "Filter failure: PERCENT_PRICE" },

        // PERCENT_PRICE_BY_SIDE: a BUY at 30000 is above 5 × 5000 and inside 5 × 30000.
        { "BY_SIDE: the reference price wins", BtcBuy, 30000m, 5000m, null },
        { "BY_SIDE: the reference price fails it", BtcBuy, 5000m, 30000m, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "BY_SIDE: no reference price, the average", BtcBuy, null, 5000m, "Filter failure: PERCENT_PRICE_BY_SIDE" },

        // MIN_NOTIONAL for MARKET: 0.002 × 0.05 = 0.0001 passes, 0.002 × 0.049 does not.
        { "MIN_NOTIONAL: the reference price wins", EthBtcMarket, 0.05m, 0.049m, null },
        { "MIN_NOTIONAL: the reference price fails it", EthBtcMarket, 0.049m, 0.05m, "Filter failure: MIN_NOTIONAL" },
        { "MIN_NOTIONAL: no reference price, the average", EthBtcMarket, null, 0.049m, "Filter failure: MIN_NOTIONAL" },

        // NOTIONAL for MARKET: 0.0001 × 50000 = 5 passes, 0.0001 × 49999.99 does not.
        { "NOTIONAL: the reference price wins", BtcMarket, 50000m, 49999.99m, null },
        { "NOTIONAL: the reference price fails it", BtcMarket, 49999.99m, 50000m, "Filter failure: NOTIONAL" },
        { "NOTIONAL: no reference price, the average", BtcMarket, null, 49999.99m, "Filter failure: NOTIONAL" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheReferencePrice_IsUsedWhenPresent_ElseTheAveragePrice(string rule, OrderRequest order, decimal? referencePrice, decimal? averagePrice, string? failure)
    {
        var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, Counts with { ReferencePrice = referencePrice, AveragePrice = averagePrice });

        result.NotChecked.ShouldBe(PreflightChecks.None, rule);
        if (failure is null)
        {
            result.IsValid.ShouldBeTrue(rule + ": " + result.Error?.Message);
        }
        else
        {
            (result.Error?.Code, result.Error?.Message).ShouldBe((-1013, failure), rule);
        }
    }

    [Fact]
    public void WithNeither_ThePriceDependentFilters_AreReportedNotChecked()
    {
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, EthBtcSell, Counts).NotChecked.ShouldBe(PreflightChecks.PercentPrice);
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, BtcBuy, Counts).NotChecked.ShouldBe(PreflightChecks.PercentPriceBySide);
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, EthBtcMarket, Counts).NotChecked.ShouldBe(PreflightChecks.MinNotional);
        SpotValidationByBoth.Validate(ExchangeFixture.Rules, BtcMarket, Counts).NotChecked.ShouldBe(PreflightChecks.Notional);
    }
}
