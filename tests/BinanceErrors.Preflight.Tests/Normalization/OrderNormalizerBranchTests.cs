using BinanceErrors.Preflight.Tests.Filters;

namespace BinanceErrors.Preflight.Tests.Normalization;

/// <summary>
/// Each branch of <see cref="OrderNormalizer"/>: tick and step rounding in every direction, the minPrice/maxPrice and
/// minQty/maxQty clamps, MARKET_LOT_SIZE for MARKET orders, and the notional lift with the price each order type is
/// valued at (LIMIT: price; MARKET: reference; STOP_LOSS / TAKE_PROFIT: stopPrice).
/// </summary>
public sealed class OrderNormalizerBranchTests
{
    private static readonly ExchangeRules Exchange = SyntheticExchange.Compile(string.Join(',',
        // tick 0.5 with a maxPrice off the grid; LOT 0.1..50 step 0.1; MARKET_LOT 0.5..20 step 0.5; notional ≥ max(5, 10).
        SyntheticExchange.Symbol("NORM", """
            [{"filterType":"PRICE_FILTER","minPrice":"1","maxPrice":"999.9","tickSize":"0.5"},
             {"filterType":"LOT_SIZE","minQty":"0.1","maxQty":"50","stepSize":"0.1"},
             {"filterType":"MARKET_LOT_SIZE","minQty":"0.5","maxQty":"20","stepSize":"0.5"},
             {"filterType":"MIN_NOTIONAL","minNotional":"5","applyToMarket":true,"avgPriceMins":5},
             {"filterType":"NOTIONAL","minNotional":"10","applyMinToMarket":true,"maxNotional":"0","applyMaxToMarket":false,"avgPriceMins":5}]
            """),
        // No grid at all: precision alone rounds (base 3, quote 2); MIN_NOTIONAL 10 not applied to MARKET.
        SyntheticExchange.Symbol("NOGRID", """
            [{"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0"},
             {"filterType":"MIN_NOTIONAL","minNotional":"10","applyToMarket":false,"avgPriceMins":5}]
            """, basePrecision: 3, quotePrecision: 2),
        // Only MARKET orders have a maximum quantity; NOTIONAL minimum 10 not applied to MARKET.
        SyntheticExchange.Symbol("MKTMAX", """
            [{"filterType":"LOT_SIZE","minQty":"0.1","maxQty":"0","stepSize":"0.1"},
             {"filterType":"MARKET_LOT_SIZE","minQty":"0","maxQty":"5","stepSize":"0"},
             {"filterType":"NOTIONAL","minNotional":"10","applyMinToMarket":false,"maxNotional":"0","applyMaxToMarket":false,"avgPriceMins":5}]
            """),
        // Only LOT_SIZE has a maximum (off its own step); MARKET_LOT_SIZE has none.
        SyntheticExchange.Symbol("LOTMAX", """
            [{"filterType":"LOT_SIZE","minQty":"0.1","maxQty":"8.05","stepSize":"0.1"},
             {"filterType":"MARKET_LOT_SIZE","minQty":"0","maxQty":"0","stepSize":"0"}]
            """),
        // 28 decimals and no step: 1 / 3 rounds down in the last digit, so the lift must add one unit more.
        SyntheticExchange.Symbol("FINE", """
            [{"filterType":"NOTIONAL","minNotional":"1","applyMinToMarket":true,"maxNotional":"0","applyMaxToMarket":false,"avgPriceMins":5}]
            """, basePrecision: 28)));

    private static readonly NormalizeOptions Lift = new() { LiftToMinimum = true };

    private static OrderRequest LimitOn(string symbol, string price, string quantity, string side = "BUY") => new()
    {
        Symbol = symbol, Side = side, Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity,
    };

    private static OrderRequest MarketOn(string symbol, string quantity) => new() { Symbol = symbol, Side = "BUY", Type = "MARKET", Quantity = quantity };

    private static IEnumerable<(string, string?, string, string)> Changes(NormalizedOrder normalized) =>
        normalized.Changes.Select(c => (c.Parameter, c.From, c.To, c.Reason));

    [Fact]
    public void NullExchange_IsAnArgumentError()
    {
        Should.Throw<ArgumentNullException>(() => OrderNormalizer.Normalize(null!, ExchangeFixture.ValidLimit)).ParamName.ShouldBe("exchange");
    }

    [Fact]
    public void UnknownOrMissingSymbol_IsReturnedUntouched()
    {
        var unknown = LimitOn("NOPE", "1.23456", "0.123456");
        var missing = unknown with { Symbol = null };

        OrderNormalizer.Normalize(Exchange, unknown, Lift).ShouldSatisfyAllConditions(n => n.Order.ShouldBe(unknown), n => n.Changed.ShouldBeFalse());
        OrderNormalizer.Normalize(Exchange, missing, Lift).ShouldSatisfyAllConditions(n => n.Order.ShouldBe(missing), n => n.Changed.ShouldBeFalse());
    }

    [Fact]
    public void UnparsableValues_AreLeftForTheValidator()
    {
        var order = LimitOn("NORM", "abc", "-1") with { StopPrice = "1e3", IcebergQty = "x" };

        var normalized = OrderNormalizer.Normalize(Exchange, order, Lift);

        normalized.Order.ShouldBe(order);
        normalized.Changed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(RoundingDirection.Down, "10.3", "10", "rounded down to tickSize 0.5")]
    [InlineData(RoundingDirection.Up, "10.3", "10.5", "rounded up to tickSize 0.5")]
    [InlineData(RoundingDirection.Nearest, "10.2", "10", "rounded to nearest to tickSize 0.5")]
    [InlineData(RoundingDirection.Nearest, "10.25", "10.5", "rounded to nearest to tickSize 0.5")] // a midpoint goes away from zero
    public void PriceRounding_FollowsTheChosenDirection(RoundingDirection direction, string price, string expected, string reason)
    {
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", price, "10"), new NormalizeOptions { PriceRounding = direction });

        normalized.Order.Price.ShouldBe(expected);
        Changes(normalized).ShouldBe([("price", price, expected, reason)]);
    }

    [Fact]
    public void SafeSide_RoundsBuyPricesDownAndSellPricesUp_AndStopPricesTheSameWay()
    {
        var buy = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "10.3", "10") with { Type = "STOP_LOSS_LIMIT", StopPrice = "12.2" });
        var sell = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "10.3", "10", "SELL") with { Type = "STOP_LOSS_LIMIT", StopPrice = "12.2" });

        Changes(buy).ShouldBe([("price", "10.3", "10", "rounded down to tickSize 0.5"), ("stopPrice", "12.2", "12", "rounded down to tickSize 0.5")]);
        Changes(sell).ShouldBe([("price", "10.3", "10.5", "rounded up to tickSize 0.5"), ("stopPrice", "12.2", "12.5", "rounded up to tickSize 0.5")]);
    }

    [Fact]
    public void PriceBelowMinPrice_IsRaisedToIt()
    {
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "0.7", "10"));

        normalized.Order.Price.ShouldBe("1");
        Changes(normalized).ShouldBe([("price", "0.7", "0.5", "rounded down to tickSize 0.5"), ("price", "0.5", "1", "raised to minPrice 1")]);
    }

    [Fact]
    public void PriceAtMinPrice_IsKept()
    {
        OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "1", "10")).Changed.ShouldBeFalse();
    }

    [Fact]
    public void PriceAboveMaxPrice_IsLoweredOntoTheGridBelowIt()
    {
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "1200", "1") with { Type = "STOP_LOSS_LIMIT", StopPrice = "999.9" });

        normalized.Order.Price.ShouldBe("999.5");
        normalized.Order.StopPrice.ShouldBe("999.5");
        Changes(normalized).ShouldBe([
            ("price", "1200", "999.5", "lowered to maxPrice 999.9"),
            ("stopPrice", "999.9", "999.5", "rounded down to tickSize 0.5"),
        ]);
    }

    [Fact]
    public void PriceWithoutGrid_RoundsToTheQuotePrecision_AndZeroLimitsAreOff()
    {
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("NOGRID", "0.009", "1000000.0009"));

        normalized.Order.Price.ShouldBe("0");
        normalized.Order.Quantity.ShouldBe("1000000");
        Changes(normalized).ShouldBe([
            ("price", "0.009", "0", "rounded down to tickSize 0"),
            ("quantity", "1000000.0009", "1000000", "rounded down to stepSize 0"),
        ]);
        OrderNormalizer.Normalize(Exchange, LimitOn("NOGRID", "123456.78", "0.001"), new NormalizeOptions { PriceRounding = RoundingDirection.Up }).Changed.ShouldBeFalse();
    }

    [Fact]
    public void MarketQuantity_UsesTheCoarserOfTheTwoSteps_LimitOnlyLotSize()
    {
        var market = OrderNormalizer.Normalize(Exchange, MarketOn("NORM", "1.3"));
        var limit = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "100", "1.3"));

        Changes(market).ShouldBe([("quantity", "1.3", "1", "rounded down to stepSize 0.5")]);
        limit.Changed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(RoundingDirection.Up, "1.01", "1.1", "rounded up to stepSize 0.1")]
    [InlineData(RoundingDirection.Nearest, "1.05", "1.1", "rounded to nearest to stepSize 0.1")]
    [InlineData(RoundingDirection.Down, "1.09", "1", "rounded down to stepSize 0.1")]
    [InlineData(RoundingDirection.SafeSide, "1.09", "1", "rounded down to stepSize 0.1")]
    public void QuantityRounding_FollowsTheChosenDirection(RoundingDirection direction, string quantity, string expected, string reason)
    {
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "100", quantity, "SELL"), new NormalizeOptions { QuantityRounding = direction });

        Changes(normalized).ShouldBe([("quantity", quantity, expected, reason)]);
    }

    [Fact]
    public void LiftToMinimum_RaisesToMinQty_OnlyWhenBelowIt()
    {
        var below = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "200", "0.05"), Lift);
        var at = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "200", "0.1"), Lift);
        var notAsked = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "200", "0.05"));

        Changes(below).ShouldBe([("quantity", "0.05", "0", "rounded down to stepSize 0.1"), ("quantity", "0", "0.1", "raised to minQty 0.1")]);
        at.Changed.ShouldBeFalse();
        notAsked.Order.Quantity.ShouldBe("0");
    }

    [Fact]
    public void LiftToMinimum_ForMarket_UsesTheLargerMinQtyOfTheTwoLotFilters()
    {
        var normalized = OrderNormalizer.Normalize(Exchange, MarketOn("NORM", "0.2"), Lift with { ReferencePrice = 100m });

        normalized.Order.Quantity.ShouldBe("0.5");
        Changes(normalized).Last().ShouldBe(("quantity", "0", "0.5", "raised to minQty 0.5"));
    }

    [Fact]
    public void LimitNotional_IsLiftedFromThePrice_ToTheLargerOfMinNotionalAndNotional()
    {
        // price 3: 10 / 3 = 3.33… → 3.4 on the 0.1 step (3.4 × 3 = 10.2); MIN_NOTIONAL 5 alone would give 1.7.
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "3", "1"), Lift);

        Changes(normalized).ShouldBe([("quantity", "1", "3.4", "raised to reach the minimum notional 10")]);
    }

    [Fact]
    public void NotionalExactlyAtTheMinimum_IsKept()
    {
        OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "10", "1"), Lift).Changed.ShouldBeFalse();
    }

    [Fact]
    public void StopLimitNotional_IsValuedAtItsLimitPrice_NotItsStopPrice()
    {
        var order = LimitOn("NORM", "20", "0.1", "SELL") with { Type = "STOP_LOSS_LIMIT", StopPrice = "50" };

        var normalized = OrderNormalizer.Normalize(Exchange, order, Lift with { ReferencePrice = 100m });

        normalized.Order.Quantity.ShouldBe("0.5"); // 10 / 20
    }

    [Theory]
    [InlineData("STOP_LOSS", "50", "0.2")] // 10 / 50, not 10 / 100 (the reference price)
    [InlineData("TAKE_PROFIT", "25", "0.4")]
    public void StopMarketNotional_IsValuedAtItsStopPrice(string type, string stopPrice, string expected)
    {
        var order = new OrderRequest { Symbol = "NORM", Side = "SELL", Type = type, StopPrice = stopPrice, Quantity = "0.1" };

        var normalized = OrderNormalizer.Normalize(Exchange, order, Lift with { ReferencePrice = 100m });

        normalized.Order.Quantity.ShouldBe(expected);
        normalized.Changes.Single().Reason.ShouldBe("raised to reach the minimum notional 10");
    }

    [Fact]
    public void MarketNotional_IsValuedAtTheReferencePrice_AndNotLiftedWithoutOne()
    {
        var order = MarketOn("NORM", "0.5");

        OrderNormalizer.Normalize(Exchange, order, Lift with { ReferencePrice = 4m }).Order.Quantity.ShouldBe("2.5");
        OrderNormalizer.Normalize(Exchange, order, Lift).Changed.ShouldBeFalse();
        OrderNormalizer.Normalize(Exchange, order, Lift with { ReferencePrice = 0m }).Changed.ShouldBeFalse();
    }

    [Fact]
    public void MinimumsNotAppliedToMarket_DoNotLiftMarketOrders()
    {
        OrderNormalizer.Normalize(Exchange, MarketOn("NOGRID", "1"), Lift with { ReferencePrice = 1m }).Changed.ShouldBeFalse();
        OrderNormalizer.Normalize(Exchange, MarketOn("MKTMAX", "1"), Lift with { ReferencePrice = 1m }).Changed.ShouldBeFalse();

        OrderNormalizer.Normalize(Exchange, LimitOn("NOGRID", "1", "1"), Lift).Order.Quantity.ShouldBe("10");
        OrderNormalizer.Normalize(Exchange, LimitOn("MKTMAX", "1", "1"), Lift).Order.Quantity.ShouldBe("10");
    }

    [Fact]
    public void NotionalLift_IsExact_EvenWhereDecimalDivisionRoundsDown()
    {
        // 1 / 3 = 0.3333333333333333333333333333 and × 3 is just under 1: one more unit of the 28th decimal is needed.
        var normalized = OrderNormalizer.Normalize(Exchange, LimitOn("FINE", "3", "0.1"), Lift);

        var quantity = decimal.Parse(normalized.Order.Quantity!, System.Globalization.CultureInfo.InvariantCulture);
        (quantity * 3m).ShouldBeGreaterThanOrEqualTo(1m);
        quantity.ShouldBe(0.3333333333333333333333333334m);
    }

    [Fact]
    public void QuantityAboveMaxQty_IsLowered_ToTheSmallerMaximumForMarket()
    {
        Changes(OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "100", "60"))).ShouldBe([("quantity", "60", "50", "lowered to maxQty 50")]);
        Changes(OrderNormalizer.Normalize(Exchange, MarketOn("NORM", "30"))).ShouldBe([("quantity", "30", "20", "lowered to maxQty 20")]);
        OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "100", "50")).Changed.ShouldBeFalse();
    }

    [Fact]
    public void MaxQty_FromWhicheverLotFilterHasOne()
    {
        // MARKET_LOT_SIZE only: MARKET capped at 5, LIMIT not capped.
        OrderNormalizer.Normalize(Exchange, MarketOn("MKTMAX", "7")).Order.Quantity.ShouldBe("5");
        OrderNormalizer.Normalize(Exchange, LimitOn("MKTMAX", "100", "7")).Changed.ShouldBeFalse();

        // LOT_SIZE only, its maximum off its own step: the cap is rounded down onto the step.
        Changes(OrderNormalizer.Normalize(Exchange, MarketOn("LOTMAX", "9"))).ShouldBe([("quantity", "9", "8", "lowered to maxQty 8.05")]);
    }

    [Fact]
    public void IcebergQty_IsRoundedOntoTheLotStep_AndZeroIsLeftAlone()
    {
        var iceberg = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "100", "10") with { IcebergQty = "0.37" });
        var zero = OrderNormalizer.Normalize(Exchange, LimitOn("NORM", "100", "10") with { IcebergQty = "0.00" });
        var noStep = OrderNormalizer.Normalize(Exchange, LimitOn("NOGRID", "100", "10") with { IcebergQty = "0.3337" });

        Changes(iceberg).ShouldBe([("icebergQty", "0.37", "0.3", "rounded down to stepSize 0.1")]);
        zero.Order.IcebergQty.ShouldBe("0.00");
        zero.Changed.ShouldBeFalse();
        noStep.Order.IcebergQty.ShouldBe("0.333");
    }

    [Theory]
    [InlineData("0.25", "0.1", RoundingDirection.Nearest, 8, "0.3")] // midpoint away from zero, not to even
    [InlineData("0.35", "0.1", RoundingDirection.Nearest, 8, "0.4")]
    [InlineData("0.21", "0.1", RoundingDirection.Up, 8, "0.3")]
    [InlineData("0.29", "0.1", RoundingDirection.Down, 8, "0.2")]
    [InlineData("0.29", "0.1", RoundingDirection.SafeSide, 8, "0.2")]
    [InlineData("0.129", "0", RoundingDirection.Up, 2, "0.13")] // step 0: the precision's unit
    [InlineData("0.129", "-1", RoundingDirection.Down, 2, "0.12")] // a negative step is no step
    [InlineData("1.7", "0", RoundingDirection.Down, -3, "1")] // precision clamped to 0..28
    public void Round_OnTheGrid(string value, string step, RoundingDirection direction, int precision, string expected)
    {
        OrderNormalizer.Round(Dec(value), Dec(step), direction, precision).ShouldBe(Dec(expected));
    }

    [Fact]
    public void Round_PrecisionAbove28_IsClampedTo28()
    {
        OrderNormalizer.Round(1m / 3m, 0m, RoundingDirection.Down, 40).ShouldBe(0.3333333333333333333333333333m);
        OrderNormalizer.Round(0.123456789m, 0m, RoundingDirection.Down).ShouldBe(0.12345678m); // default precision 8
    }

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
