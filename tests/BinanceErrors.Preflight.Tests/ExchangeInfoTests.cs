using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Tests;

public sealed class ExchangeInfoTests
{
    [Fact]
    public void RealisticDocument_ParsesFully()
    {
        var info = ExchangeFixture.Info;

        info.Timezone.ShouldBe("UTC");
        info.ServerTime.ShouldBe(1763700000000);
        info.Symbols.Select(s => s.Symbol).ShouldBe(["BTCUSDT", "ETHUSDT", "ETHBTC", "BNBUSDT", "LUNAUSDT"]);
        info.RateLimits.ShouldContain(new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, 6000));
        info.RateLimits.ShouldContain(new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 50));
        info.RateLimits.Single(r => r.Type == BinanceRateLimitType.RawRequests).Window.ShouldBe(TimeSpan.FromMinutes(5));
        info.ExchangeFilters.OfType<OrderCountFilter>().Select(f => f.Type).ShouldBe(
            [FilterType.ExchangeMaxNumOrders, FilterType.ExchangeMaxNumAlgoOrders, FilterType.ExchangeMaxNumIcebergOrders, FilterType.ExchangeMaxNumOrderLists]);

        var btc = info.Symbols[0];
        btc.Status.ShouldBe(SymbolStatus.Trading);
        btc.BaseAsset.ShouldBe("BTC");
        btc.QuoteAssetPrecision.ShouldBe(8);
        btc.OrderTypes.Count.ShouldBe(7);
        btc.IcebergAllowed.ShouldBeTrue();
        btc.CancelReplaceAllowed.ShouldBeTrue();
        btc.PermissionSets[0].ShouldBe(["SPOT", "MARGIN"]);
        btc.Filters.OfType<PriceFilter>().Single().ShouldBe(new PriceFilter(0.01m, 1000000m, 0.01m));
        btc.Filters.OfType<NotionalFilter>().Single().ShouldBe(new NotionalFilter(5m, true, 9000000m, false, 5));

        info.Symbols.Single(s => s.Symbol == "LUNAUSDT").Status.ShouldBe(SymbolStatus.Break);
        info.Symbols.Single(s => s.Symbol == "ETHBTC").QuoteOrderQtyMarketAllowed.ShouldBeFalse();
    }

    [Fact]
    public void RealisticDocument_HasEverySymbolFilterType()
    {
        var types = ExchangeFixture.Info.Symbols.SelectMany(s => s.Filters).Select(f => f.Type).ToHashSet();

        types.IsSupersetOf([
            FilterType.PriceFilter, FilterType.PercentPrice, FilterType.PercentPriceBySide, FilterType.LotSize, FilterType.MarketLotSize,
            FilterType.MinNotional, FilterType.Notional, FilterType.IcebergParts, FilterType.MaxNumOrders, FilterType.MaxNumAlgoOrders,
            FilterType.MaxNumIcebergOrders, FilterType.MaxNumOrderAmends, FilterType.MaxNumOrderLists, FilterType.MaxPosition, FilterType.TrailingDelta]).ShouldBeTrue();
    }

    [Fact]
    public void UnknownFilterTypes_AreKeptAndIgnored()
    {
        var btc = ExchangeFixture.Info.Symbols[0];
        var tPlusSell = btc.Filters.OfType<UnknownFilter>().Single();
        tPlusSell.FilterTypeName.ShouldBe("T_PLUS_SELL");
        tPlusSell.Type.ShouldBe(FilterType.TPlusSell);

        var info = ExchangeInfo.Parse("""{"symbols":[{"symbol":"ABCUSDT","status":"SOMETHING_NEW","orderTypes":["LIMIT","FUTURE_TYPE"],"filters":[{"filterType":"BRAND_NEW_FILTER","x":1}]}]}""");
        info.Symbols[0].Filters[0].ShouldBeOfType<UnknownFilter>().Json.ShouldBe("""{"filterType":"BRAND_NEW_FILTER","x":1}""");
        info.Symbols[0].Status.ShouldBe(SymbolStatus.Unknown);
        info.Symbols[0].StatusText.ShouldBe("SOMETHING_NEW");
        info.Symbols[0].OrderTypes.ShouldBe([BinanceOrderType.Limit]);
    }

    [Fact]
    public void FuturesStyleMinNotional_ReadsTheNotionalField()
    {
        var info = ExchangeInfo.Parse("""{"symbols":[{"symbol":"BTCUSDT","status":"TRADING","filters":[{"filterType":"MIN_NOTIONAL","notional":"100"}]}]}""");

        info.Symbols[0].Filters[0].ShouldBe(new MinNotionalFilter(100m, true, 0));
    }

    [Theory]
    [InlineData("{not json", "exchangeInfo is not valid JSON")]
    [InlineData("[]", "exchangeInfo must be a JSON object, not Array.")]
    [InlineData("""{"rateLimits":[]}""", "exchangeInfo has no 'symbols' array")]
    [InlineData("""{"symbols":[{"symbol":"BTCUSDT","filters":[{"filterType":"PRICE_FILTER","minPrice":"abc","maxPrice":"1","tickSize":"0.1"}]}]}""", "$.symbols[0] (BTCUSDT).filters[0] (PRICE_FILTER).minPrice must be a decimal string, not \"abc\".")]
    [InlineData("""{"symbols":[{"symbol":"BTCUSDT","icebergAllowed":"yes"}]}""", "$.symbols[0] (BTCUSDT).icebergAllowed must be true or false, not \"yes\".")]
    [InlineData("""{"symbols":[{"symbol":"BTCUSDT","filters":[{"filterType":"LOT_SIZE","minQty":"1","maxQty":"2"}]}]}""", "$.symbols[0] (BTCUSDT).filters[0] (LOT_SIZE).stepSize is missing.")]
    [InlineData("""{"symbols":[{}]}""", "$.symbols[0].symbol is missing.")]
    [InlineData("""{"rateLimits":[{"rateLimitType":"ORDERS","interval":"WEEK","intervalNum":1,"limit":1}],"symbols":[]}""", "$.rateLimits[0].interval: 'WEEK' is not SECOND, MINUTE, HOUR or DAY.")]
    public void BrokenDocuments_FailWithThePathAndValue(string json, string message)
    {
        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Parse(json));

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Load_MissingFile_FailsClearly()
    {
        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Load("/nonexistent/exchangeInfo.json"));

        error.Message.ShouldStartWith("Cannot read exchangeInfo file '/nonexistent/exchangeInfo.json'");
    }

    [Fact]
    public void Compile_KeepsEveryRuleAsDecimals()
    {
        ExchangeFixture.Rules.TryGetSymbol("ETHBTC", out var ethbtc).ShouldBeTrue();

        ethbtc!.Price!.TickSize.ShouldBe(0.00001m);
        ethbtc.PercentPrice!.MultiplierUp.ShouldBe(5m);
        ethbtc.MinNotional!.MinNotional.ShouldBe(0.0001m);
        ethbtc.MaxNumAlgoOrders.ShouldBe(5);
        ethbtc.Allows(BinanceOrderType.StopLossLimit).ShouldBeTrue();
        ExchangeFixture.Rules.ExchangeMaxNumOrders.ShouldBe(1000);
        ExchangeFixture.Rules.TryGetSymbol("NOPE", out _).ShouldBeFalse();
    }
}
