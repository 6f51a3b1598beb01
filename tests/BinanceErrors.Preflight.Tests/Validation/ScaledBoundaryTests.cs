using System.Globalization;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Preflight.Numbers;
using BinanceErrors.Preflight.Tests.Futures;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// The scaled-integer fast path at its boundaries, through the public validators where possible: values equal to a
/// limit pass, one tick or step either side decide, scales that differ only by trailing zeros compare equal, numbers
/// too long for a 64-bit mantissa still get the answer the decimal path gives, and a symbol whose rules do not fit
/// 64 bits is validated on the decimal path with the same results.
/// </summary>
public sealed class ScaledBoundaryTests
{
    private static readonly FuturesOrderRequest Futures = FuturesExchangeFixture.ValidLimit;
    private static readonly FuturesMarketContext FuturesFull = FuturesExchangeFixture.FullContext;

    // ---- The parser: same answers as the decimal reader ----
    [Theory]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("00.100")]
    [InlineData("30000.01")]
    [InlineData("30000.0100000000")]
    [InlineData("0.00000001")]
    [InlineData("123456789012345678")]
    [InlineData("1234567890123456789")]
    [InlineData("99999999999999999999")]
    [InlineData("99999999999999999999.99999999999999999999")]
    [InlineData("0.00000000000000000001")]
    [InlineData("1.10000000000000000000")]
    [InlineData("00000000000000000001.5")]
    public void Parser_ReadsEveryAcceptedNumberAsTheDecimalReaderDoes(string text)
    {
        DecimalText.TryParse(text, out var expected, out var expectedScale).ShouldBeTrue();

        ScaledDecimalText.TryParse(text, out var value, out var scale, out var scaled, out var isScaled).ShouldBeTrue();

        value.ToString(CultureInfo.InvariantCulture).ShouldBe(expected.ToString(CultureInfo.InvariantCulture));
        scale.ShouldBe(expectedScale);
        if (isScaled)
        {
            scaled.ToDecimal().ToString(CultureInfo.InvariantCulture).ShouldBe(expected.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Parser_AgreesWithTheDecimalReader_OnGeneratedTexts()
    {
        // Digits with runs of zeros, at most a few points, now and then another character, lengths around every limit
        // (20 integer digits, 20 fractional digits, 18 significant digits).
        var random = new Random(20261130);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 46)];
            for (var j = 0; j < chars.Length; j++)
            {
                var roll = random.Next(100);
                chars[j] = roll < 40 ? '0' : roll < 92 ? (char)('1' + random.Next(9)) : roll < 98 ? '.' : "-+e ,١"[random.Next(6)];
            }

            var text = new string(chars);
            var expected = DecimalText.TryParse(text, out var expectedValue, out var expectedScale);

            ScaledDecimalText.TryParse(text, out var value, out var scale, out var scaled, out var isScaled).ShouldBe(expected, text);
            if (!expected)
            {
                continue;
            }

            accepted++;
            value.ToString(CultureInfo.InvariantCulture).ShouldBe(expectedValue.ToString(CultureInfo.InvariantCulture), text);
            scale.ShouldBe(expectedScale, text);
            if (isScaled)
            {
                scaled.ToDecimal().ToString(CultureInfo.InvariantCulture).ShouldBe(expectedValue.ToString(CultureInfo.InvariantCulture), text);
            }
        }

        accepted.ShouldBeGreaterThan(2000);
    }

    [Theory]
    [InlineData("123456789012345678", true)] // 18 significant digits: the most a 64-bit mantissa is trusted with
    [InlineData("1234567890123456789", false)] // 19: read as decimal, validated on the decimal path
    [InlineData("0.000000000000000001", true)]
    [InlineData("0.0000000000000000001", true)] // 20 digits, but the 19 zeros before the 1 (across the point) are not significant
    [InlineData("0.00000000000000000012", true)]
    [InlineData("1.00000000000000000", true)] // 18 digits counting the trailing zeros the decimal keeps
    [InlineData("1.000000000000000000", false)]
    public void Parser_ScalesUpTo18SignificantDigits(string text, bool fits)
    {
        ScaledDecimalText.TryParse(text, out _, out _, out _, out var isScaled).ShouldBeTrue();

        isScaled.ShouldBe(fits);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e5")]
    [InlineData("123456789012345678901")] // 21 integer digits
    [InlineData("1.123456789012345678901")] // 21 fractional digits
    [InlineData("١")] // an Arabic-Indic digit is not [0-9]
    public void Parser_RejectsWhatThePatternRejects(string text)
    {
        DecimalText.TryParse(text, out _, out _).ShouldBeFalse();
        ScaledDecimalText.TryParse(text, out _, out _, out _, out _).ShouldBeFalse();
    }

    // ---- Comparisons and grids across scales ----
    [Theory]
    [InlineData(110, 2, 11, 1, 0)] // 1.10 = 1.1
    [InlineData(110000001, 8, 11, 1, 1)] // 1.10000001 > 1.1
    [InlineData(109999999, 8, 11, 1, -1)] // 1.09999999 < 1.1
    [InlineData(long.MaxValue, 0, 1, 28, 1)] // aligning to scale 28 leaves 128 bits: still ordered
    [InlineData(0, 0, 0, 20, 0)]
    [InlineData(-5, 0, 1, 0, -1)]
    public void Compare_IsExactAcrossScales(long a, int aScale, long b, int bScale, int expected)
    {
        Math.Sign(ScaledDecimal.Compare(new ScaledDecimal(a, aScale), new ScaledDecimal(b, bScale))).ShouldBe(expected);
        Math.Sign(ScaledDecimal.Compare(new ScaledDecimal(b, bScale), new ScaledDecimal(a, aScale))).ShouldBe(-expected);
    }

    [Theory]
    [InlineData(3000001, 2, 1, 2, true)] // 30000.01 on tick 0.01
    [InlineData(30000015, 3, 1, 2, false)] // 30000.015: half a tick off
    [InlineData(3000001000, 5, 1000, 5, true)] // 30000.01000 on tick 0.01000 (trailing zeros on both)
    [InlineData(15, 1, 5, 1, true)] // 1.5 on 0.5
    [InlineData(125, 2, 5, 1, false)] // 1.25 off 0.5
    [InlineData(3, 0, 25, 2, true)] // 3 on 0.25
    [InlineData(3, 0, 7, 20, false)] // 3 / 7e-20 is not a whole number: 10^20 has no factor 7
    [InlineData(3, 0, 5, 20, true)] // 3 / 5e-20 is
    [InlineData(0, 0, 1, 8, true)]
    [InlineData(1, 8, 1, 0, false)] // 0.00000001 is not a whole unit
    public void IsMultiple_DecidesTheGridExactly(long value, int valueScale, long step, int stepScale, bool expected)
    {
        ScaledDecimal.IsMultiple(new ScaledDecimal(value, valueScale), new ScaledDecimal(step, stepScale)).ShouldBe(expected);
        ScaledDecimal.IsMultiple(value, valueScale, new ScaledDecimal(step, stepScale)).ShouldBe(expected);
    }

    [Theory]
    [InlineData(26120, 2, true)] // 261.20: one tick above the origin 261.10
    [InlineData(26115, 2, false)] // 261.15: half a tick off
    [InlineData(2611, 1, true)] // 261.1: the origin itself, at another scale
    [InlineData(261100000000, 9, true)]
    public void IsMultipleFrom_MeasuresTheGridFromTheOrigin(long value, int scale, bool expected)
    {
        ScaledDecimal.IsMultipleFrom(new ScaledDecimal(value, scale), new ScaledDecimal(26110, 2), new ScaledDecimal(1, 1), out var computed).ShouldBe(expected);
        computed.ShouldBeTrue();
    }

    [Fact]
    public void IsMultipleFrom_LeavesDifferencesBeyond64BitsToTheCaller()
    {
        ScaledDecimal.IsMultipleFrom(new ScaledDecimal(long.MaxValue / 2, 0), new ScaledDecimal(1, 18), new ScaledDecimal(1, 1), out var computed);

        computed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(3000001, 2, 2, true, 3000001)] // same scale
    [InlineData(1, 3, 5, true, 100)] // 0.001 at scale 5
    [InlineData(3000001000, 5, 2, true, 3000001)] // trailing zeros dropped
    [InlineData(3000001001, 5, 2, false, 0)] // a digit beyond the scale: not on this grid's scale
    [InlineData(100000000000, 0, 8, false, 0)] // 10^11 at scale 8 leaves 64 bits
    [InlineData(-3000001000, 5, 2, true, -3000001)] // negative: the remainder's path
    [InlineData(-3000001001, 5, 2, false, 0)]
    [InlineData(9223372036854775800, 1, 0, true, 922337203685477580)] // the largest multiple of 10 a long holds
    [InlineData(9223372036854775807, 1, 0, false, 0)] // long.MaxValue: 7 beyond it
    [InlineData(1000000000000000000, 18, 0, true, 1)] // the largest power of ten dropped
    [InlineData(999999999999999999, 18, 0, false, 0)]
    [InlineData(5, 1, 0, false, 0)] // 0.5: the 2 of 10 does not divide
    [InlineData(2, 1, 0, false, 0)] // 0.2: the 5 of 10 does not divide
    [InlineData(0, 7, 2, true, 0)]
    public void TryAlign_BringsAValueToTheGridScaleOrRefuses(long mantissa, int scale, int target, bool fits, long expected)
    {
        ScaledDecimal.TryAlign(new ScaledDecimal(mantissa, scale), target, out var aligned).ShouldBe(fits);
        if (fits)
        {
            aligned.ShouldBe(expected);
        }
    }

    [Fact]
    public void Grid_PutsMinMaxAndStepOnTheLargestScale()
    {
        var grid = ScaledGrid.Create(new ScaledDecimal(1, 2), new ScaledDecimal(1000000, 0), new ScaledDecimal(1, 2));

        grid.ShouldBe(new ScaledGrid(2, 1, 100000000, 1, true));
        ScaledGrid.Create(new ScaledDecimal(-1, 0), new ScaledDecimal(1, 0), new ScaledDecimal(1, 0)).Aligned.ShouldBeFalse();
        ScaledGrid.Create(new ScaledDecimal(1, 18), new ScaledDecimal(1000, 0), new ScaledDecimal(1, 18)).Aligned.ShouldBeFalse();
    }

    [Fact]
    public void Products_AreScaledOnlyWhereDecimalIsExact()
    {
        ScaledDecimal.TryMultiplyExactly(new(3000001, 2), new(1, 3), out var product, out var scale).ShouldBeTrue();
        (product, scale).ShouldBe(((Int128)3000001, 5));

        // Scale 29 and more than 96 bits: decimal would round, so the caller must use decimal's own product.
        ScaledDecimal.TryMultiplyExactly(new(1, 20), new(1, 9), out _, out _).ShouldBeFalse();
        ScaledDecimal.TryMultiplyExactly(new(long.MaxValue, 0), new(long.MaxValue, 0), out _, out _).ShouldBeFalse();
    }

    // ---- Spot, through the validator ----
    private static readonly ExchangeRules Absurd = Filters.SyntheticExchange.Compile(Filters.SyntheticExchange.Symbol("ABSURDUSDT", """
        [{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"99999999999999999999.99","tickSize":"0.01"},
         {"filterType":"LOT_SIZE","minQty":"0.001","maxQty":"9000","stepSize":"0.001"},
         {"filterType":"NOTIONAL","minNotional":"5","applyMinToMarket":true,"maxNotional":"0","applyMaxToMarket":false,"avgPriceMins":5}]
        """));

    [Theory]
    [InlineData("0.01", "500", null)] // minPrice, notional exactly 5
    [InlineData("0.00", "500", "Filter failure: PRICE_FILTER")]
    [InlineData("0.01", "499.999", "Filter failure: NOTIONAL")] // one step under the notional
    [InlineData("99999999999999999999.99", "0.001", null)] // maxPrice itself (22 digits, decimal path)
    [InlineData("99999999999999999999.99999999", "0.001", "Filter failure: PRICE_FILTER")] // above it, and off the tick
    [InlineData("30000.015", "0.001", "Filter failure: PRICE_FILTER")]
    public void SymbolWhoseRulesDoNotFit64Bits_IsValidatedOnTheDecimalPath(string price, string quantity, string? expected)
    {
        Absurd.TryGetSymbol("ABSURDUSDT", out var rules).ShouldBeTrue();
        rules.Scaled.ShouldBeNull();
        var order = new OrderRequest { Symbol = "ABSURDUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity };

        var result = SpotValidationByBoth.Validate(Absurd, order);

        result.Error?.Message.ShouldBe(expected);
        result.Error?.Message.ShouldBe(DecimalOrderValidator.Validate(Absurd, order).Error?.Message);
    }

    [Fact]
    public void FixtureSymbols_AreCompiledToScaledIntegers()
    {
        ExchangeFixture.Rules.Symbols.ShouldAllBe(s => s.Scaled != null);
        FuturesExchangeFixture.Rules.Symbols.ShouldAllBe(s => s.Scaled != null);
    }

    [Theory]
    [InlineData("30000.01", "0.001", null)]
    [InlineData("30000.0100000000", "0.00100000", null)] // trailing zeros up to the asset precision change nothing
    [InlineData("30000.010000000000", "0.001", null)] // 19 digits: the decimal path, same answer
    [InlineData("30000.011", "0.001", "Filter failure: PRICE_FILTER")]
    [InlineData("30000.01", "0.0010000000000000000", null)] // a quantity too long to scale: decimal path
    [InlineData("30000.01", "0.0000100000000000001", "Parameter 'quantity' has too much precision.")]
    public void LongAndShortSpellingsOfOneNumber_GetOneAnswer(string price, string quantity, string? expected)
    {
        var order = ExchangeFixture.ValidLimit with { Price = price, Quantity = quantity };

        SpotValidationByBoth.Validate(ExchangeFixture.Rules, order, ExchangeFixture.FullContext).Error?.Message.ShouldBe(expected);
    }

    // ---- USDⓈ-M, through the validator (BTCUSDT: minPrice 261.10, tick 0.10 from minPrice; step 0.001; notional 100; band 0.95..1.05) ----
    [Theory]
    [InlineData("261.10", "1", 261, null)] // minPrice
    [InlineData("261.00", "1", 261, -4013)] // one tick below
    [InlineData("261.20", "1", 261, null)] // one tick above minPrice: on the grid measured from it
    [InlineData("261.15", "1", 261, -4014)] // half a tick off that grid
    [InlineData("62999.90", "0.002", 60000, null)] // last tick under the BUY cap (60000 × 1.05 = 63000)
    [InlineData("63000.00", "0.002", 60000, null)] // exactly the cap
    [InlineData("63000.10", "0.002", 60000, -4016)] // one tick above the cap
    [InlineData("50000.00", "0.002", 50000, null)] // notional exactly 100
    [InlineData("49999.90", "0.002", 50000, -4164)] // one tick under it
    [InlineData("60000.10", "0.001", 60000, -4164)] // one step under it
    [InlineData("60000.10", "0.0025", 60000, -1111)] // excess precision for quantityPrecision 3
    public void Futures_BoundariesOnTheScaledPath(string price, string quantity, int mark, int? expected)
    {
        var order = Futures with { Price = price, Quantity = quantity };
        var context = FuturesFull with { MarkPrice = mark };

        var result = FuturesValidationByBoth.Validate(FuturesExchangeFixture.Rules, order, context);

        (result.Error?.Code).ShouldBe(expected);
    }
}
