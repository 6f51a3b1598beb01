using System.Numerics;
using BinanceErrors.Preflight.Numbers;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// Property test of the scaled-integer arithmetic under the pre-flight fast path, against exact arithmetic in
/// <see cref="BigInteger"/>: reading a decimal, comparing, multiplying, aligning to a scale and testing a grid
/// multiple give the mathematically exact answer (or report honestly that 64 bits cannot hold it) for mantissas at
/// every power-of-ten scaling limit of 64 and 128 bits, one either side, and for every scale difference. A fixed seed
/// keeps a failure reproducible; the set stays small enough to run in well under a second.
/// </summary>
public sealed class ScaledDecimalArithmeticTests
{
    private const int Seed = 20261130;
    private const int Pairs = 6_000;

    private static readonly long[] Mantissas = BuildMantissas();

    private static long[] BuildMantissas()
    {
        var values = new List<long> { 0, 1, 2, 3, 5, 7, 9, 10, 11, 25, 100, 101, 12345, 999_999_999, long.MaxValue, long.MaxValue - 1, 1L << 62, (1L << 62) + 1 };
        long power = 1;
        for (var k = 0; k <= 18; k++)
        {
            var limit = long.MaxValue / power;
            values.AddRange([limit, limit - 1, limit + (limit < long.MaxValue ? 1 : 0), power, power * 3, power - 1 == 0 ? 1 : power - 1]);
            power = k < 18 ? power * 10 : power;
        }

        var distinct = values.Distinct().Where(v => v > 0).ToList();
        return [.. distinct, .. distinct.Select(v => -v)];
    }

    private static (long Mantissa, int Scale) Pick(Random random, int maxScale = 28) =>
        (Mantissas[random.Next(Mantissas.Length)], random.Next(maxScale + 1));

    private static BigInteger Pow10(int k) => BigInteger.Pow(10, k);

    /// <summary>Sign of a/10^as − b/10^bs, exactly.</summary>
    private static int ExactCompare(BigInteger a, int aScale, BigInteger b, int bScale)
    {
        var scale = Math.Max(aScale, bScale);
        return (a * Pow10(scale - aScale)).CompareTo(b * Pow10(scale - bScale));
    }

    private static bool ExactIsMultiple(BigInteger value, int valueScale, BigInteger step, int stepScale)
    {
        var scale = Math.Max(valueScale, stepScale);
        return (value * Pow10(scale - valueScale)) % (step * Pow10(scale - stepScale)) == 0;
    }

    [Fact]
    public void Compare_IsExact_ForEveryScaleDifferenceAndScalingLimit()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Pairs; i++)
        {
            var (am, asc) = Pick(random);
            var (bm, bsc) = random.Next(3) == 0 ? (am * (random.Next(2) == 0 ? 1 : -1), random.Next(29)) : Pick(random);
            var expected = ExactCompare(am, asc, bm, bsc);
            Math.Sign(ScaledDecimal.Compare(new ScaledDecimal(am, asc), new ScaledDecimal(bm, bsc))).ShouldBe(expected, $"{am}e-{asc} vs {bm}e-{bsc}");

            // 128-bit mantissas (products of two) at product scales up to 56, past the last power of ten Int128 holds.
            var (cm, csc) = Pick(random);
            Int128 wide = (Int128)am * cm;
            var wideScale = asc + csc;
            var (dm, dsc) = Pick(random);
            Int128 other = random.Next(2) == 0 ? (Int128)bm * dm : bm;
            var otherScale = random.Next(2) == 0 ? bsc + dsc : bsc;
            Math.Sign(ScaledDecimal.Compare(wide, wideScale, other, otherScale))
                .ShouldBe(ExactCompare((BigInteger)wide, wideScale, (BigInteger)other, otherScale), $"{wide}e-{wideScale} vs {other}e-{otherScale}");
        }
    }

    [Theory]
    [InlineData(1, 0, 0, 0, 1)]
    [InlineData(0, 0, 1, 0, -1)]
    [InlineData(0, 0, -1, 0, 1)]
    [InlineData(0, 5, 0, 50, 0)]
    [InlineData(-1, 0, 0, 45, -1)]
    [InlineData(1, 0, 0, 45, 1)]
    public void Compare_WithZeroAndScalesBeyond38Digits(long a, int aScale, long b, int bScale, int expected)
    {
        Math.Sign(ScaledDecimal.Compare(a, aScale, b, bScale)).ShouldBe(expected);
        Math.Sign(ScaledDecimal.Compare(b, bScale, a, aScale)).ShouldBe(-expected);
        Math.Sign(ScaledDecimal.Compare((Int128)a * long.MaxValue, aScale, (Int128)b * long.MaxValue, bScale + 40)).ShouldBe(expected == 0 ? 0 : Math.Sign(a) != 0 ? Math.Sign(a) : -Math.Sign(b));
    }

    [Fact]
    public void TryFrom_ReadsEveryDecimalWhoseMantissaFits63Bits_AndToDecimalGivesItBack()
    {
        var random = new Random(Seed + 1);
        for (var i = 0; i < Pairs; i++)
        {
            var lo = random.Next(4) switch { 0 => 0, 1 => -1, 2 => int.MinValue, _ => random.Next() };
            var mid = random.Next(5) switch { 0 => 0, 1 => int.MaxValue, 2 => -1, 3 => int.MinValue, _ => random.Next() };
            var hi = random.Next(3) == 0 ? random.Next(0, 3) : 0;
            var value = new decimal(lo, mid, hi, random.Next(2) == 0, (byte)random.Next(29));
            var mantissa = (BigInteger)(uint)lo + ((BigInteger)(uint)mid << 32) + ((BigInteger)(uint)hi << 64);
            var fits = mantissa <= long.MaxValue;

            ScaledDecimal.TryFrom(value, out var scaled).ShouldBe(fits, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (fits)
            {
                scaled.Scale.ShouldBe(value.Scale);
                ((BigInteger)Math.Abs(scaled.Mantissa)).ShouldBe(mantissa);
                scaled.IsZero.ShouldBe(value == 0m);
                var back = scaled.ToDecimal();
                back.ShouldBe(value);
                back.Scale.ShouldBe(value.Scale);
                (scaled.Mantissa < 0).ShouldBe(value < 0m);

                var normal = scaled.Normalize();
                normal.ToDecimal().ShouldBe(value);
                (normal.Scale == 0 || normal.Mantissa % 10 != 0).ShouldBeTrue($"{normal} keeps a trailing zero");
            }
        }
    }

    [Fact]
    public void TryMultiplyExactly_GivesTheExactProduct_OrSaysDecimalWouldRound()
    {
        var random = new Random(Seed + 2);
        for (var i = 0; i < Pairs; i++)
        {
            var (am, asc) = Pick(random);
            var (bm, bsc) = random.Next(4) == 0 ? (long.MinValue / (random.Next(2) == 0 ? 1 : -2), random.Next(29)) : Pick(random);
            var a = new ScaledDecimal(am, asc);
            var b = new ScaledDecimal(bm, bsc);
            var exact = (BigInteger)am * bm;
            var scale = asc + bsc;

            var narrowFits = exact >= -long.MaxValue && exact <= long.MaxValue && scale <= 28;
            ScaledDecimal.TryMultiplyExactly(a, b, out ScaledDecimal narrow).ShouldBe(narrowFits, $"{a} × {b}");
            if (narrowFits)
            {
                ((BigInteger)narrow.Mantissa).ShouldBe(exact);
                narrow.Scale.ShouldBe(scale);
            }

            var wideFits = scale <= 28 && BigInteger.Abs(exact) < BigInteger.One << 96;
            ScaledDecimal.TryMultiplyExactly(a, b, out Int128 wide, out var wideScale).ShouldBe(wideFits, $"{a} × {b} (128 bits)");
            if (wideFits)
            {
                ((BigInteger)wide).ShouldBe(exact);
                wideScale.ShouldBe(scale);
            }
        }
    }

    [Theory]
    [InlineData(int.MaxValue, int.MaxValue, 14, 14, true)] // both at the 32-bit edge: the product needs 62 bits
    [InlineData(int.MinValue, int.MinValue, 0, 0, true)] // 2^62
    [InlineData(int.MinValue, int.MaxValue, 0, 0, true)]
    [InlineData((long)int.MaxValue + 1, (long)int.MaxValue + 1, 0, 0, true)] // just past 32 bits: the 128-bit product, 2^62
    [InlineData(3037000500, 3037000500, 0, 0, false)] // √2^63 rounded up: the product leaves 63 bits
    [InlineData(-3037000499, 3037000499, 0, 0, true)]
    [InlineData(6000010, 2, 14, 15, false)] // small mantissas, 29 decimal places: decimal would round
    [InlineData(6000010, 2, 2, 3, true)]
    public void TryMultiplyExactly_In64Bits_AtTheEdgesOfEitherPath(long a, long b, int aScale, int bScale, bool fits)
    {
        ScaledDecimal.TryMultiplyExactly(new ScaledDecimal(a, aScale), new ScaledDecimal(b, bScale), out ScaledDecimal product).ShouldBe(fits);
        if (fits)
        {
            ((BigInteger)product.Mantissa).ShouldBe((BigInteger)a * b);
            product.Scale.ShouldBe(aScale + bScale);
        }
    }

    [Theory]
    [InlineData(1L << 48, 1L << 48, false)] // exactly 2^96: one more than decimal's largest mantissa
    [InlineData(1L << 48, (1L << 48) - 1, true)]
    [InlineData(-(1L << 48), 1L << 48, false)]
    public void TryMultiplyExactly_AtDecimalsLargestMantissa(long a, long b, bool fits)
    {
        ScaledDecimal.TryMultiplyExactly(new ScaledDecimal(a, 0), new ScaledDecimal(b, 0), out Int128 product, out _).ShouldBe(fits);
        if (fits)
        {
            ((BigInteger)product).ShouldBe((BigInteger)a * b);
        }
    }

    [Fact]
    public void TryAlign_RescalesExactly_OrSaysItCannot()
    {
        var random = new Random(Seed + 3);
        for (var i = 0; i < Pairs; i++)
        {
            var (m, s) = Pick(random);
            var target = random.Next(3) == 0 ? s + random.Next(-20, 21) : random.Next(0, 29);
            if (target < 0)
            {
                continue;
            }

            BigInteger expected;
            bool fits;
            if (target >= s)
            {
                expected = m * Pow10(target - s);
                fits = expected >= long.MinValue && expected <= long.MaxValue;
            }
            else
            {
                var divisor = Pow10(s - target);
                expected = BigInteger.DivRem(m, divisor, out var remainder);
                fits = remainder == 0 && s - target <= 18;
            }

            ScaledDecimal.TryAlign(new ScaledDecimal(m, s), target, out var aligned).ShouldBe(fits, $"{m}e-{s} to scale {target}");
            if (fits)
            {
                ((BigInteger)aligned).ShouldBe(expected);
            }
        }
    }

    [Fact]
    public void IsMultiple_IsExact_For64And128BitValues()
    {
        var random = new Random(Seed + 4);
        for (var i = 0; i < Pairs; i++)
        {
            var (sm, ss) = Pick(random);
            sm = Math.Abs(sm);
            if (sm == 0)
            {
                sm = 1;
            }

            var step = new ScaledDecimal(sm, ss);
            var (vm, vs) = random.Next(3) == 0 ? (sm * random.Next(-3, 4), ss + random.Next(0, 3)) : Pick(random);
            if (vs > 28)
            {
                vs = 28;
            }

            ScaledDecimal.IsMultiple(new ScaledDecimal(vm, vs), step).ShouldBe(ExactIsMultiple(vm, vs, sm, ss), $"{vm}e-{vs} on {step}");

            // A 128-bit value (a product), at scales up to 56 and beyond the powers of ten Int128 holds.
            var (fm, fs) = Pick(random);
            Int128 wide = random.Next(2) == 0 ? (Int128)vm * fm : (Int128)sm * fm;
            var wideScale = random.Next(2) == 0 ? vs + fs : ss + fs;
            ScaledDecimal.IsMultiple(wide, wideScale, step).ShouldBe(ExactIsMultiple((BigInteger)wide, wideScale, sm, ss), $"{wide}e-{wideScale} on {step}");
        }
    }

    [Fact]
    public void IsMultipleFrom_IsExactWhenTheDifferenceFits64Bits_AndSaysSoOtherwise()
    {
        var random = new Random(Seed + 5);
        for (var i = 0; i < Pairs; i++)
        {
            var (sm, ss) = Pick(random);
            sm = sm == 0 ? 1 : Math.Abs(sm);
            var step = new ScaledDecimal(sm, ss);
            var (vm, vs) = Pick(random);
            var (om, os) = random.Next(3) == 0 ? (-vm, vs) : Pick(random);

            var scale = Math.Max(vs, os);
            var left = vm * Pow10(scale - vs);
            var right = om * Pow10(scale - os);
            var difference = left - right;
            bool InLong(BigInteger x) => x >= long.MinValue && x <= long.MaxValue;
            var fits = InLong(left) && left != long.MinValue && InLong(right) && right != long.MinValue && InLong(difference);

            var result = ScaledDecimal.IsMultipleFrom(new ScaledDecimal(vm, vs), new ScaledDecimal(om, os), step, out var computed);
            computed.ShouldBe(fits, $"{vm}e-{vs} − {om}e-{os}");
            if (fits)
            {
                result.ShouldBe(ExactIsMultiple(difference, scale, sm, ss), $"{vm}e-{vs} − {om}e-{os} on {step}");
            }
        }
    }
}
