using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// Every branch of the USDⓈ-M normalizer on a synthetic symbol whose grids are coarser than its precisions, so that a
/// value rounded by precision alone, or on the wrong lot, or in the wrong direction, comes out different: each rounding
/// direction, LOT_SIZE vs MARKET_LOT_SIZE, the price bounds, the notional price per order type, the reduce-only and
/// close-position exemption, and the reason each change gives.
/// </summary>
public sealed class FuturesNormalizerBranchTests
{
    // GRIDUSDT: price 1.05..100 tick 0.5 (pricePrecision 2); LOT_SIZE 0.01..1000 step 0.01, MARKET_LOT_SIZE 0.1..50 step 0.1
    // (quantityPrecision 3); notional 10. NOLOTUSDT: no PRICE_FILTER, no lot filters, notional 10. ZEROUSDT: maxPrice 0, maxQty 0.
    private static readonly FuturesExchangeRules Rules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse("""
        {"symbols":[
          {"symbol":"GRIDUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":3,"filters":[
            {"filterType":"PRICE_FILTER","minPrice":"1.05","maxPrice":"100","tickSize":"0.5"},
            {"filterType":"LOT_SIZE","minQty":"0.01","maxQty":"1000","stepSize":"0.01"},
            {"filterType":"MARKET_LOT_SIZE","minQty":"0.1","maxQty":"50","stepSize":"0.1"},
            {"filterType":"MIN_NOTIONAL","notional":"10"}]},
          {"symbol":"NOLOTUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":1,"filters":[{"filterType":"MIN_NOTIONAL","notional":"10"}]},
          {"symbol":"LIMITLOTUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":3,"filters":[
            {"filterType":"LOT_SIZE","minQty":"0.05","maxQty":"1000","stepSize":"0.05"}]},
          {"symbol":"ZEROUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":3,"filters":[
            {"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0.5"},
            {"filterType":"LOT_SIZE","minQty":"0","maxQty":"0","stepSize":"0.01"}]},
          {"symbol":"HUGEUSDT","status":"TRADING","pricePrecision":20,"quantityPrecision":20,"filters":[
            {"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0.5"},
            {"filterType":"LOT_SIZE","minQty":"0","maxQty":"0","stepSize":"0.00000000000000000001"}]}]}
        """));

    private static readonly FuturesOrderRequest Limit = new() { Symbol = "GRIDUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "20.05", Quantity = "1" };
    private static readonly FuturesAlgoOrderRequest StopMarket = new() { AlgoType = "CONDITIONAL", Symbol = "GRIDUSDT", Side = "SELL", Type = "STOP_MARKET", TriggerPrice = "20.05", Quantity = "1" };
    private static readonly NormalizeOptions Lift = new() { LiftToMinimum = true, ReferencePrice = 20m };

    private static (string Parameter, string? From, string To, string Reason)[] Changes<T>(FuturesNormalizedOrder<T> normalized)
        where T : struct =>
        [.. normalized.Changes.Select(c => (c.Parameter, c.From, c.To, c.Reason))];

    [Theory]
    [InlineData("BUY", RoundingDirection.SafeSide, "20.05", "rounded down to tickSize 0.5 from minPrice 1.05")]
    [InlineData("SELL", RoundingDirection.SafeSide, "20.55", "rounded up to tickSize 0.5 from minPrice 1.05")]
    [InlineData("BUY", RoundingDirection.Up, "20.55", "rounded up to tickSize 0.5 from minPrice 1.05")]
    [InlineData("SELL", RoundingDirection.Down, "20.05", "rounded down to tickSize 0.5 from minPrice 1.05")]
    [InlineData("BUY", RoundingDirection.Nearest, "20.55", "rounded to nearest to tickSize 0.5 from minPrice 1.05")]
    public void Price_RoundsInTheChosenDirection_OnTheGridFromMinPrice(string side, RoundingDirection direction, string expected, string reason)
    {
        var normalized = FuturesOrderNormalizer.Normalize(Rules, Limit with { Side = side, Price = "20.4" }, new NormalizeOptions { PriceRounding = direction });

        normalized.Order.Price.ShouldBe(expected);
        Changes(normalized).ShouldBe([("price", "20.4", expected, reason)]);
    }

    [Theory]
    [InlineData(RoundingDirection.SafeSide, "1.23", "rounded down to stepSize 0.01 from minQty 0.01")]
    [InlineData(RoundingDirection.Down, "1.23", "rounded down to stepSize 0.01 from minQty 0.01")]
    [InlineData(RoundingDirection.Up, "1.24", "rounded up to stepSize 0.01 from minQty 0.01")]
    [InlineData(RoundingDirection.Nearest, "1.24", "rounded to nearest to stepSize 0.01 from minQty 0.01")]
    public void Quantity_RoundsInTheChosenDirection_OnTheLotSizeStep(RoundingDirection direction, string expected, string reason)
    {
        var normalized = FuturesOrderNormalizer.Normalize(Rules, Limit with { Side = "SELL", Quantity = "1.237" }, new NormalizeOptions { QuantityRounding = direction });

        normalized.Order.Quantity.ShouldBe(expected);
        Changes(normalized).ShouldBe([("quantity", "1.237", expected, reason)]);
    }

    [Fact]
    public void Market_UsesMarketLotSize_OthersLotSize_AndWithoutMarketLotSizeLotSize()
    {
        var market = new FuturesOrderRequest { Symbol = "GRIDUSDT", Side = "BUY", Type = "MARKET", Quantity = "1.237" };

        FuturesOrderNormalizer.Normalize(Rules, market).Order.Quantity.ShouldBe("1.2");
        Changes(FuturesOrderNormalizer.Normalize(Rules, market)).ShouldBe([("quantity", "1.237", "1.2", "rounded down to stepSize 0.1 from minQty 0.1")]);
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Quantity = "1.237" }).Order.Quantity.ShouldBe("1.23");
        FuturesOrderNormalizer.Normalize(Rules, market with { Symbol = "LIMITLOTUSDT", Quantity = "1.237" }).Order.Quantity.ShouldBe("1.2");
        Changes(FuturesOrderNormalizer.Normalize(Rules, market with { Quantity = "70" })).ShouldBe([("quantity", "70", "50", "lowered to maxQty 50")]);
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Quantity = "70" }).Order.Quantity.ShouldBe("70");
    }

    [Fact]
    public void WithoutFilters_OnlyThePrecisionsApply()
    {
        var order = Limit with { Symbol = "NOLOTUSDT", Price = "20.456", Quantity = "1.27" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order);

        normalized.Order.Price.ShouldBe("20.45");
        normalized.Order.Quantity.ShouldBe("1.2");
        Changes(normalized).ShouldBe([
            ("price", "20.456", "20.45", "rounded down to pricePrecision 2"),
            ("quantity", "1.27", "1.2", "rounded down to stepSize 0 from minQty 0"),
        ]);
    }

    [Fact]
    public void PriceOutsideTheBounds_IsBroughtToTheNearestBound()
    {
        var low = FuturesOrderNormalizer.Normalize(Rules, Limit with { Price = "0.3" });
        low.Order.Price.ShouldBe("1.05");
        low.Changes.Last().Reason.ShouldBe("raised to minPrice 1.05");

        var high = FuturesOrderNormalizer.Normalize(Rules, Limit with { Price = "250" });
        high.Order.Price.ShouldBe("99.55"); // the last point of the grid from 1.05 under maxPrice 100
        Changes(high).ShouldBe([
            ("price", "250", "249.55", "rounded down to tickSize 0.5 from minPrice 1.05"),
            ("price", "249.55", "99.55", "lowered to maxPrice 100"),
        ]);
    }

    [Fact]
    public void ZeroMaxPriceAndMaxQty_MeanNoUpperBound()
    {
        var order = Limit with { Symbol = "ZEROUSDT", Price = "1000000", Quantity = "5000" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order);

        normalized.Changed.ShouldBeFalse();
        normalized.Order.ShouldBe(order);
    }

    [Fact]
    public void UnchangedValues_KeepTheirSpelling()
    {
        var order = Limit with { Price = "20.050", Quantity = "1.00" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order);

        normalized.Changed.ShouldBeFalse();
        normalized.Order.ShouldBe(order);
    }

    [Fact]
    public void StopAndActivationPrices_AreRoundedAndReportedUnderTheirOwnNames()
    {
        var order = new FuturesOrderRequest { Symbol = "GRIDUSDT", Side = "BUY", Type = "TRAILING_STOP_MARKET", ActivationPrice = "20.4", StopPrice = "30.4", Quantity = "1" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order);
        normalized.Order.StopPrice.ShouldBe("30.05");
        normalized.Order.ActivationPrice.ShouldBe("20.05");
        normalized.Changes.Select(c => c.Parameter).ShouldBe(["stopPrice", "activationPrice"]);

        var algo = FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { Price = "21.4", TriggerPrice = "20.4", ActivatePrice = "22.4" });
        algo.Order.Price.ShouldBe("21.55");
        algo.Order.TriggerPrice.ShouldBe("20.55");
        algo.Order.ActivatePrice.ShouldBe("22.55");
        algo.Changes.Select(c => c.Parameter).ShouldBe(["price", "triggerPrice", "activatePrice"]);
    }

    [Fact]
    public void LiftToMinimum_RaisesBelowMinQtyToMinQty()
    {
        // LIMITLOTUSDT: minQty 0.05, step 0.05, no notional. 0.01 rounds down to 0 on the grid from 0.05, then up to 0.05.
        var order = Limit with { Symbol = "LIMITLOTUSDT", Quantity = "0.01" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order, new NormalizeOptions { LiftToMinimum = true });

        normalized.Order.Quantity.ShouldBe("0.05");
        Changes(normalized).ShouldBe([
            ("quantity", "0.01", "0", "rounded down to stepSize 0.05 from minQty 0.05"),
            ("quantity", "0", "0.05", "raised to minQty 0.05"),
        ]);
        FuturesOrderNormalizer.Normalize(Rules, order).Order.Quantity.ShouldBe("0");
    }

    [Theory]
    [InlineData("20.05", "0.5", "0.5")] // 0.5 × 20.05 = 10.025 ≥ 10: unchanged
    [InlineData("20.05", "0.4", "0.5")] // lifted to the first step reaching 10
    [InlineData("25.05", "0.39", "0.4")] // 0.4 × 25.05 = 10.02
    public void LiftToMinimum_Limit_UsesTheLimitPrice(string price, string quantity, string expected)
    {
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Price = price, Quantity = quantity }, Lift).Order.Quantity.ShouldBe(expected);
    }

    [Fact]
    public void LiftToMinimum_StopsExactlyAtTheNotional_NotOneStepBeyond()
    {
        // NOLOTUSDT (quantityPrecision 1, notional 10) at price 2: 5 reaches exactly 10, so 5 it is, not 5.1.
        var order = new FuturesOrderRequest { Symbol = "NOLOTUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "2", Quantity = "1" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order, Lift);

        normalized.Order.Quantity.ShouldBe("5");
        Changes(normalized).ShouldBe([("quantity", "1", "5", "raised to reach the minimum notional 10")]);
        FuturesValidationByBoth.Validate(Rules, normalized.Order, FuturesExchangeFixture.FullContext with { MarkPrice = 2m }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void LiftToMinimum_Market_UsesTheReferencePrice_AndNothingWithoutOne()
    {
        var market = new FuturesOrderRequest { Symbol = "GRIDUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.1" };

        FuturesOrderNormalizer.Normalize(Rules, market, Lift).Order.Quantity.ShouldBe("0.5");
        FuturesOrderNormalizer.Normalize(Rules, market, Lift with { ReferencePrice = null }).Changed.ShouldBeFalse();
        FuturesOrderNormalizer.Normalize(Rules, market, Lift with { ReferencePrice = 0m }).Changed.ShouldBeFalse();
    }

    [Fact]
    public void LiftToMinimum_ConditionalOrders_UseTheirTriggerOrActivationPrice()
    {
        // STOP_MARKET and TAKE_PROFIT_MARKET at the trigger price (40.05: 0.25 → 0.25 × 40.05 = 10.0125), not the reference 20.
        FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { TriggerPrice = "40.05", Quantity = "0.1" }, Lift).Order.Quantity.ShouldBe("0.25");
        FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { Type = "TAKE_PROFIT_MARKET", TriggerPrice = "40.05", Quantity = "0.1" }, Lift).Order.Quantity.ShouldBe("0.25");

        // TRAILING_STOP_MARKET at the activation price, or the reference price without one.
        var trailing = StopMarket with { Type = "TRAILING_STOP_MARKET", TriggerPrice = null, CallbackRate = "1", Quantity = "0.1" };
        FuturesOrderNormalizer.NormalizeAlgo(Rules, trailing with { ActivatePrice = "40.05" }, Lift).Order.Quantity.ShouldBe("0.25");
        FuturesOrderNormalizer.NormalizeAlgo(Rules, trailing, Lift).Order.Quantity.ShouldBe("0.5");

        // STOP (a limit order once triggered) at its limit price.
        FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { Type = "STOP", Price = "40.05", TriggerPrice = "20.05", Quantity = "0.1" }, Lift).Order.Quantity.ShouldBe("0.25");
    }

    [Fact]
    public void LiftToMinimum_NeverForReduceOnlyOrClosePosition()
    {
        var small = StopMarket with { TriggerPrice = "20.05", Quantity = "0.1" };

        FuturesOrderNormalizer.NormalizeAlgo(Rules, small with { ReduceOnly = "true" }, Lift).Changed.ShouldBeFalse();
        FuturesOrderNormalizer.NormalizeAlgo(Rules, small with { ClosePosition = "true" }, Lift).Changed.ShouldBeFalse();
        FuturesOrderNormalizer.NormalizeAlgo(Rules, small with { ReduceOnly = "false", ClosePosition = "false" }, Lift).Order.Quantity.ShouldBe("0.5");
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Quantity = "0.1", ClosePosition = "true" }, Lift).Changed.ShouldBeFalse();
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Quantity = "0.1", ReduceOnly = "true" }, Lift).Changed.ShouldBeFalse();
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Quantity = "0.1", ReduceOnly = "false" }, Lift).Order.Quantity.ShouldBe("0.5");
    }

    [Fact]
    public void WithoutOptions_NothingIsLifted()
    {
        FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { Quantity = "0.1" }).Changed.ShouldBeFalse();
        FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { Quantity = "0.1" }, Lift).Changed.ShouldBeTrue();
    }

    [Fact]
    public void ArithmeticOverflow_LeavesTheWholeOrderAsSent_WithNoChanges()
    {
        // The price would round (3.3 → 3) but the quantity on a 1e-20 step overflows a decimal: nothing half-applied.
        var order = new FuturesOrderRequest { Symbol = "HUGEUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "3.3", Quantity = "99999999999999999999" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order);
        normalized.Changes.ShouldBeEmpty();
        normalized.Order.ShouldBe(order);

        var algo = new FuturesAlgoOrderRequest { AlgoType = "CONDITIONAL", Symbol = "HUGEUSDT", Side = "BUY", Type = "STOP", Price = "3.3", TriggerPrice = "3.3", Quantity = "99999999999999999999" };
        var normalizedAlgo = FuturesOrderNormalizer.NormalizeAlgo(Rules, algo);
        normalizedAlgo.Changes.ShouldBeEmpty();
        normalizedAlgo.Order.ShouldBe(algo);
    }

    [Fact]
    public void UnknownSymbol_IsLeftForTheValidator()
    {
        FuturesOrderNormalizer.Normalize(Rules, Limit with { Symbol = "NOPE" }).Order.ShouldBe(Limit with { Symbol = "NOPE" });
        FuturesOrderNormalizer.NormalizeAlgo(Rules, StopMarket with { Symbol = null }).Changed.ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => FuturesOrderNormalizer.NormalizeAlgo(null!, StopMarket)).ParamName.ShouldBe("exchange");
    }

    [Theory]
    [InlineData(1.234, 0, RoundingDirection.Down, 2, 1.23)]
    [InlineData(1.234, 0, RoundingDirection.Up, 2, 1.24)]
    [InlineData(1.21, 0.1, RoundingDirection.Nearest, 2, 1.2)]
    [InlineData(1.26, 0.1, RoundingDirection.SafeSide, 2, 1.2)]
    public void Round_WithoutAStep_UsesThePrecision(double value, double step, RoundingDirection direction, int precision, double expected)
    {
        FuturesOrderNormalizer.Round((decimal)value, 0m, (decimal)step, direction, precision).ShouldBe((decimal)expected);
    }
}
