using BinanceErrors.Preflight.Numbers;
using BinanceErrors.Preflight.Tests.Filters;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// The edges of the value types under the fast path: decimal products that overflow (saturated with the right
/// sign, or reported as impossible), notionals beyond 64 bits or beyond decimal's 28 places compared with a bound,
/// filter grids compiled at the finest scale of their three values, and filters whose bounds cannot share one
/// 64-bit scale with their tick or step (validated pairwise, same answer at the bounds).
/// </summary>
public sealed class ScaledValueEdgeTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(-2)]
    public void Multiply_SaturatesWithTheSignOfTheExactProduct(int factor)
    {
        var expected = factor > 0 ? decimal.MaxValue : decimal.MinValue;
        SaturatingDecimal.Multiply(decimal.MaxValue, factor).ShouldBe(expected);
        SaturatingDecimal.Multiply(factor, decimal.MaxValue).ShouldBe(expected);
        SaturatingDecimal.Multiply(decimal.MinValue, -factor).ShouldBe(expected);
        SaturatingDecimal.Multiply(-factor, decimal.MinValue).ShouldBe(expected);
    }

    [Fact]
    public void TryMultiplyAndTryDivide_SayWhenDecimalCannotHoldTheResult()
    {
        SaturatingDecimal.Multiply(1.5m, 2m).ShouldBe(3m);
        SaturatingDecimal.TryMultiply(1.5m, 2m, out var product).ShouldBeTrue();
        product.ShouldBe(3m);
        SaturatingDecimal.TryMultiply(decimal.MaxValue, 2m, out product).ShouldBeFalse();
        product.ShouldBe(0m);

        SaturatingDecimal.TryDivide(1m, 4m, out var quotient).ShouldBeTrue();
        quotient.ShouldBe(0.25m);
        SaturatingDecimal.TryDivide(1m, 0m, out quotient).ShouldBeFalse();
        SaturatingDecimal.TryDivide(decimal.MaxValue, 0.5m, out quotient).ShouldBeFalse();
        quotient.ShouldBe(0m);
    }

    [Theory]
    [InlineData(long.MaxValue, 0, 2, 0, "1", 0, 1)] // 2^64 − 2: beyond 64 bits, above 1
    [InlineData(-long.MaxValue, 0, 2, 0, "0", 0, -1)] // −2^64 + 2: beyond 64 bits, below 0
    [InlineData(long.MaxValue, 0, long.MaxValue, 0, "1", 0, 1)] // 2^126: beyond decimal, saturated
    [InlineData(-long.MaxValue, 0, long.MaxValue, 0, "-1", 0, -1)]
    [InlineData(123456789, 20, 1000000, 9, "0", 0, 1)] // 1.23456789e-15 at scale 29: decimal rounds, still above 0
    [InlineData(5, 0, 1, 0, "5", 0, 0)] // equal to the bound
    [InlineData(5, 1, 1, 0, "0.6", 1, -1)]
    public void Product_ComparesWithTheBoundExactly_OrAsDecimalWouldWhereItRounds(long a, int aScale, long b, int bScale, string bound, int boundScale, int expected)
    {
        var left = new ScaledDecimal(a, aScale);
        var right = new ScaledDecimal(b, bScale);
        var boundValue = decimal.Parse(bound, System.Globalization.CultureInfo.InvariantCulture);
        ScaledDecimal.TryFrom(boundValue, out var scaledBound).ShouldBeTrue();
        scaledBound.Scale.ShouldBe(boundScale);

        Math.Sign(ScaledDecimal.CompareProduct(left, right, scaledBound)).ShouldBe(expected);
        Math.Sign(DecimalNumber.CompareProduct(new(left.ToDecimal()), new(right.ToDecimal()), new(boundValue))).ShouldBe(expected);
    }

    [Fact]
    public void Grid_IsAtTheFinestScaleOfItsThreeValues()
    {
        ScaledGrid.Create(new(0, 0), new(100, 0), new(5, 1)).ShouldBe(new ScaledGrid(1, 0, 1000, 5, true));
        ScaledGrid.Create(new(5, 1), new(0, 0), new(1, 0)).ShouldBe(new ScaledGrid(1, 5, 0, 10, true));
        ScaledGrid.Create(new(1, 0), new(2, 0), new(0, 0)).ShouldBe(new ScaledGrid(0, 1, 2, 0, true));
        ScaledGrid.Create(new(0, 0), new(0, 0), new(0, 0)).ShouldBe(new ScaledGrid(0, 0, 0, 0, true));

        // Bounds that do not fit 64 bits at the step's scale, or negative ones, leave the grid unaligned (pairwise checks).
        ScaledGrid.Create(new(1_000_000_000_000_000_000, 0), new(0, 0), new(1, 2)).Aligned.ShouldBeFalse();
        ScaledGrid.Create(new(-1, 0), new(10, 0), new(1, 0)).Aligned.ShouldBeFalse();
        ScaledGrid.Create(new(1, 0), new(-10, 0), new(1, 0)).Aligned.ShouldBeFalse();
        ScaledGrid.Create(new(1, 0), new(10, 0), new(-1, 0)).Aligned.ShouldBeFalse();
        ScaledGrid.Create(new(1, 0), new(10, 0), new(1, 2)).TryAlign(new(15, 1), out var aligned).ShouldBeTrue();
        aligned.ShouldBe(150);
        default(ScaledGrid).TryAlign(new(15, 1), out _).ShouldBeFalse();
    }

    [Fact]
    public void WholeSteps_AgreeWithTheRemainder_ForEveryKindOfStep()
    {
        // Odd steps, powers of two, odd × 2^k, the largest ones, and seeded random ones; distances at, beside and
        // between multiples, the extremes, and negatives (which take the remainder itself).
        var random = new Random(20261207);
        long[] fixedSteps = [1, 2, 3, 5, 7, 10, 25, 64, 100, 1000, 1L << 40, 3L << 50, 1_000_000_000_000_000_000, long.MaxValue, long.MaxValue - 1, (1L << 62) + 1];
        var steps = fixedSteps.Concat(Enumerable.Range(0, 200).Select(_ => random.NextInt64(1, long.MaxValue) >> random.Next(0, 62))).Where(s => s > 0);
        var checkedCount = 0;
        foreach (var step in steps)
        {
            var grid = new ScaledGrid(0, 0, 0, step, true);
            var multiple = step * random.NextInt64(0, Math.Max(1, long.MaxValue / step));
            long[] distances = [0, 1, step, step - 1, step + 1, multiple, multiple - 1, long.MaxValue, long.MaxValue - (long.MaxValue % step), random.NextInt64(), -1, -step, long.MinValue, long.MinValue + 1];
            foreach (var distance in distances.Where(d => d != step + 1 || step < long.MaxValue))
            {
                grid.IsWholeSteps(distance).ShouldBe(distance % step == 0, $"distance {distance}, step {step}");
                checkedCount++;
            }
        }

        checkedCount.ShouldBeGreaterThan(2000);
    }

    // minPrice/minQty 10^18 with a tick/step of 0.01 cannot share one 64-bit scale: every value is compared pairwise.
    private static readonly ExchangeRules Wide = SyntheticExchange.Compile(SyntheticExchange.Symbol("WIDE", """
        [{"filterType":"PRICE_FILTER","minPrice":"1000000000000000000","maxPrice":"2000000000000000000","tickSize":"0.01"},
         {"filterType":"LOT_SIZE","minQty":"1000000000000000000","maxQty":"2000000000000000000","stepSize":"0.01"}]
        """));

    [Theory]
    [InlineData("1000000000000000000", "1000000000000000000", null)] // both at their minimum
    [InlineData("2000000000000000000", "2000000000000000000", null)] // both at their maximum
    [InlineData("999999999999999999.99", "1000000000000000000", "Filter failure: PRICE_FILTER")] // one tick below
    [InlineData("2000000000000000000.01", "1000000000000000000", "Filter failure: PRICE_FILTER")] // one tick above
    [InlineData("1500000000000000000.015", "1000000000000000000", "Filter failure: PRICE_FILTER")] // off the tick
    [InlineData("1000000000000000000", "999999999999999999.99", "Filter failure: LOT_SIZE")] // one step below
    [InlineData("1000000000000000000", "2000000000000000000.01", "Filter failure: LOT_SIZE")] // one step above
    [InlineData("1000000000000000000", "1500000000000000000.015", "Filter failure: LOT_SIZE")] // off the step
    [InlineData("1500000000000000000.01", "1500000000000000000.01", null)] // on both grids
    public void FilterWhoseBoundsAndTickNeedMoreThan64Bits_IsExactAtItsBounds(string price, string quantity, string? expected)
    {
        var order = new OrderRequest { Symbol = "WIDE", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity };

        var result = SpotValidationByBoth.Validate(Wide, order);

        result.Error?.Message.ShouldBe(expected);
    }
}
