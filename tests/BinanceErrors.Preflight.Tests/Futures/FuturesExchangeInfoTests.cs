using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

public sealed class FuturesExchangeInfoTests
{
    [Fact]
    public void DocumentedSample_ParsesEveryFieldTheDocsShow()
    {
        var info = FuturesExchangeInfo.Load(FuturesExchangeFixture.DocSamplePath);

        info.Timezone.ShouldBe("UTC");
        info.ServerTime.ShouldBe(1565613908500);
        info.ExchangeFilters.ShouldBeEmpty();
        info.RateLimits.ShouldBe([
            new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 2400),
            new RateLimit(RateLimitType.Orders, RateLimitInterval.Minute, 1, 1200),
        ]);
        info.Assets.ShouldBe([new FuturesAsset("BTC", true, -0.10m), new FuturesAsset("USDT", true, 0m), new FuturesAsset("BNB", false, null)]);

        var blz = info.Symbols.ShouldHaveSingleItem();
        blz.Symbol.ShouldBe("BLZUSDT");
        blz.Pair.ShouldBe("BLZUSDT");
        blz.ContractType.ShouldBe(ContractType.Perpetual);
        blz.DeliveryDate.ShouldBe(4133404800000);
        blz.OnboardDate.ShouldBe(1598252400000);
        blz.Status.ShouldBe(ContractStatus.Trading);
        blz.MarginAsset.ShouldBe("USDT");
        blz.PricePrecision.ShouldBe(5);
        blz.QuantityPrecision.ShouldBe(0);
        blz.UnderlyingSubType.ShouldBe(["STORAGE"]);
        blz.TriggerProtect.ShouldBe(0.15m);
        blz.LiquidationFee.ShouldBe(0.010000m);
        blz.MarketTakeBound.ShouldBe(0.30m);

        // The sample spells the order-type list "OrderType"; it is read all the same.
        blz.OrderTypes.ShouldBe(Enum.GetValues<FuturesOrderType>());
        blz.TimeInForce.ShouldBe([FuturesTimeInForce.Gtc, FuturesTimeInForce.Ioc, FuturesTimeInForce.Fok, FuturesTimeInForce.Gtx]);
        blz.Filters.ShouldBe([
            new PriceFilter(0.0001m, 300m, 0.0001m),
            new LotSizeFilter(FilterType.LotSize, 1m, 10000000m, 1m),
            new LotSizeFilter(FilterType.MarketLotSize, 1m, 590119m, 1m),
            new OrderCountFilter(FilterType.MaxNumOrders, 200),
            new OrderCountFilter(FilterType.MaxNumAlgoOrders, 10),
            new FuturesMinNotionalFilter(5.0m, "5.0"),
            new FuturesPercentPriceFilter(1.1500m, 0.8500m, 4),
        ]);

        var rules = FuturesExchangeRules.Compile(info);
        rules.TryGetSymbol("BLZUSDT", out var compiled).ShouldBeTrue();
        compiled.MaxNumOrders.ShouldBe(200);
        compiled.MaxNumAlgoOrders.ShouldBe(10);
        compiled.MinNotional!.NotionalText.ShouldBe("5.0");
        compiled.PercentPrice!.MultiplierDecimal.ShouldBe(4);
    }

    [Fact]
    public void BuiltInDocument_HasOrderLimitsPerTenSecondsAndPerMinute()
    {
        var info = FuturesExchangeFixture.Info;

        info.RateLimits.ShouldContain(new RateLimit(RateLimitType.Orders, RateLimitInterval.Second, 10, 300));
        info.RateLimits.ShouldContain(new RateLimit(RateLimitType.Orders, RateLimitInterval.Minute, 1, 1200));
        info.RateLimits.ShouldContain(new RateLimit(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 2400));
        info.RateLimits.Single(l => l.Interval == RateLimitInterval.Second).HeaderSuffix.ShouldBe("10S");
        FuturesExchangeFixture.Rules.Symbols.Select(s => s.Symbol).ShouldContain("ETHUSDT");
        FuturesExchangeFixture.Rules.TryGetSymbol("BTCUSDT", out var btc).ShouldBeTrue();
        btc.Info.OrderTypes.Count.ShouldBe(7);
        btc.Price!.TickSize.ShouldBe(0.10m);
        btc.MarketLotSize!.MaxQty.ShouldBe(120m);
    }

    [Fact]
    public void MultiplierDecimal_AsNumber_AsTheFilterDefinitionShowsIt()
    {
        // Filter definition (same docs page, "PERCENT_PRICE"): "multiplierDecimal": 4 — a number, unlike the sample's "4".
        var info = FuturesExchangeInfo.Parse("""
            {"symbols":[{"symbol":"X","status":"TRADING","filters":[
              {"filterType":"PERCENT_PRICE","multiplierUp":"1.1500","multiplierDown":"0.8500","multiplierDecimal":4}]}]}
            """);

        info.Symbols[0].Filters.ShouldBe([new FuturesPercentPriceFilter(1.1500m, 0.8500m, 4)]);
    }

    [Fact]
    public void UnknownFiltersFieldsAndNames_AreKeptOrSkippedNeverFatal()
    {
        var info = FuturesExchangeInfo.Parse("""
            {"futuresType":"U_MARGINED","newTopLevel":{"a":1},"symbols":[{"symbol":"X","status":"NEW_STATUS","contractType":"TRADIFI_PERPETUAL",
              "orderTypes":["LIMIT","FUTURE_TYPE"],"timeInForce":["GTC","XYZ"],"someField":[1,2],
              "filters":[{"filterType":"POSITION_RISK_CONTROL","positionControlSide":"NONE"}]}]}
            """);

        var symbol = info.Symbols.ShouldHaveSingleItem();
        symbol.Status.ShouldBe(ContractStatus.Unknown);
        symbol.StatusText.ShouldBe("NEW_STATUS");
        symbol.ContractType.ShouldBe(ContractType.Unknown);
        symbol.ContractTypeText.ShouldBe("TRADIFI_PERPETUAL");
        symbol.OrderTypes.ShouldBe([FuturesOrderType.Limit]);
        symbol.TimeInForce.ShouldBe([FuturesTimeInForce.Gtc]);
        var unknown = symbol.Filters.ShouldHaveSingleItem().ShouldBeOfType<UnknownFilter>();
        unknown.FilterTypeName.ShouldBe("POSITION_RISK_CONTROL");
        unknown.Json.ShouldContain("positionControlSide");
    }

    [Theory]
    [InlineData("""{"symbols":[{"symbol":"X","filters":[{"filterType":"MIN_NOTIONAL","notional":"abc"}]}]}""", "$.symbols[0] (X).filters[0] (MIN_NOTIONAL).notional")]
    [InlineData("""{"symbols":[{"symbol":"X","pricePrecision":"two"}]}""", "$.symbols[0] (X).pricePrecision")]
    [InlineData("""{"rateLimits":[{"rateLimitType":"ORDERS","interval":"WEEK","intervalNum":1,"limit":1}],"symbols":[]}""", "$.rateLimits[0].interval")]
    [InlineData("""{"symbols":{}}""", "'symbols'")]
    [InlineData("""[1]""", "JSON object")]
    [InlineData("""{"symbols":[""", "not valid JSON")]
    public void BrokenDocuments_FailWithThePathOfTheProblem(string json, string expected)
    {
        var ex = Should.Throw<ExchangeInfoFormatException>(() => FuturesExchangeInfo.Parse(json));
        ex.Message.ShouldContain(expected);
    }
}
