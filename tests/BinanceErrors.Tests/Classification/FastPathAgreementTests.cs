using System.Text;
using BinanceErrors.Internal;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// The classifier's shortcuts for the common case answer exactly as the general code they skip: the compact body
/// reader as the JSON reader, the double-space scan as <c>IndexOf("  ")</c>, the digit reader as <c>long.TryParse</c>.
/// Generated inputs (fixed seeds) sit on every boundary the shortcuts test: digit counts, leading zeros, the Int32
/// range, bytes that end a plain message, vector widths.
/// </summary>
public sealed class FastPathAgreementTests
{
    private static readonly string[] Codes =
    [
        "-1013", "-1003", "0", "-0", "1", "-2147483648", "2147483647", "-2147483649", "2147483648", "-9999999999", "99999999999",
        "-01013", "00", "-", "", "1.5", "-1e3", "1013 ", "+1", "-99999", "12345678901",
    ];

    private static readonly string[] Messages =
    [
        "Filter failure: LOT_SIZE",
        "Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans.",
        "",
        "Quote \\\" inside",
        "Back\\\\slash",
        "Back`tick`",
        "Tab\there",
        "Caf\u00e9 au lait",
        "Unicode escape \\u0041",
        "Double  space",
        "Curly \u2019 apostrophe",
        new string('x', 1024),
        new string('y', 1025),
    ];

    private static readonly string[] Ends = ["}", "} ", "}\n{\"x\":1}", "", ",\"x\":1}", " }", "}garbage"];

    [Fact]
    public void CompactReader_AgreesWithTheJsonReader_OnEveryBodyItAccepts()
    {
        var accepted = 0;
        var declined = 0;
        var random = new Random(20261130);
        var bodies = new List<string>();
        foreach (var code in Codes)
        {
            foreach (var message in Messages)
            {
                foreach (var end in Ends)
                {
                    bodies.Add($"{{\"code\":{code},\"msg\":\"{message}\"{end}");
                }
            }
        }

        // Random printable ASCII (with the quote, backslash and backtick among them) and random control bytes.
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(20) == 0 ? (char)random.Next(0, 0x20) : (char)random.Next(0x20, 0x7F);
            }

            bodies.Add($"{{\"code\":-{random.Next(1000, 5000)},\"msg\":\"{new string(chars)}\"}}");
        }

        bodies.Add("{\"msg\":\"Filter failure: LOT_SIZE\",\"code\":-1013}");
        bodies.Add("{ \"code\":-1013,\"msg\":\"Filter failure: LOT_SIZE\"}");
        bodies.Add("{\"code\":-1013, \"msg\":\"Filter failure: LOT_SIZE\"}");

        var fastMessage = new char[MessageText.MaxNormalizedLength];
        var generalMessage = new char[MessageText.MaxNormalizedLength];
        foreach (var text in bodies)
        {
            var body = Encoding.UTF8.GetBytes(text);
            var fast = default(ParsedBody);
            if (!ResponseBodyReader.TryReadCompact(body, fastMessage, ref fast))
            {
                fast.ShouldBe(default, text);
                declined++;
                continue;
            }

            var general = default(ParsedBody);
            ResponseBodyReader.ReadJson(body, generalMessage, ref general);

            fast.Code.ShouldBe(general.Code, text);
            fast.MessageLength.ShouldBe(general.MessageLength, text);
            new string(fastMessage, 0, fast.MessageLength).ShouldBe(new string(generalMessage, 0, general.MessageLength), text);
            fast.Status.ShouldBe(general.Status, text);
            fast.Truncated.ShouldBe(general.Truncated, text);
            fast.DataLength.ShouldBe(general.DataLength, text);
            fast.PlainMessage.ShouldBeTrue(text);
            accepted++;
        }

        // Both sides of the shortcut were exercised.
        accepted.ShouldBeGreaterThan(500);
        declined.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void CompactReader_TakesTheCanonicalBody_AndLeavesOtherShapesToTheJsonReader()
    {
        var result = default(ParsedBody);
        Span<char> message = stackalloc char[MessageText.MaxNormalizedLength];
        ResponseBodyReader.TryReadCompact("""{"code":-1013,"msg":"Filter failure: LOT_SIZE"}"""u8, message, ref result).ShouldBeTrue();
        result.Code.ShouldBe(-1013);
        message[..result.MessageLength].ToString().ShouldBe("Filter failure: LOT_SIZE");

        foreach (var other in new[] { """{"code":-01013,"msg":"x"}""", """{"code":2147483648,"msg":"x"}""", """{"code":-1013,"msg":"a\"b"}""", """{"code":-1013,"msg":"x"}""".Replace("}", string.Empty, StringComparison.Ordinal), """{"code":-1013,"msg":"`x`"}""" })
        {
            var declined = default(ParsedBody);
            ResponseBodyReader.TryReadCompact(Encoding.UTF8.GetBytes(other), message, ref declined).ShouldBeFalse(other);
        }
    }

    [Fact]
    public void DoubleSpaceScan_AgreesWithIndexOf_AtEveryPositionAndLength()
    {
        // Every length up to a few vector widths, a pair of spaces at every position, and single spaces everywhere.
        for (var length = 0; length <= 70; length++)
        {
            var singles = string.Concat(Enumerable.Range(0, length).Select(i => i % 2 == 0 ? 'a' : ' '));
            MessageText.HasDoubleSpace(singles).ShouldBe(singles.Contains("  ", StringComparison.Ordinal), $"\"{singles}\"");
            for (var at = 0; at + 1 < length; at++)
            {
                var text = new string('a', at) + "  " + new string('b', length - at - 2);
                MessageText.HasDoubleSpace(text).ShouldBeTrue($"\"{text}\"");
                var apart = text.Remove(at + 1, 1).Insert(at + 1, "c");
                MessageText.HasDoubleSpace(apart).ShouldBeFalse($"\"{apart}\"");
            }
        }
    }

    [Fact]
    public void DigitReader_AgreesWithLongTryParse()
    {
        var random = new Random(20261130);
        var cases = new List<string> { string.Empty, "0", "000", "1763700000000", "999999999999999999", "9223372036854775807", "9223372036854775808", "99999999999999999999", "-1", "+1", " 1", "1 ", "12a4", "١٢٣" };
        for (var i = 0; i < 5000; i++)
        {
            var digits = new char[random.Next(1, 22)];
            for (var j = 0; j < digits.Length; j++)
            {
                digits[j] = random.Next(40) == 0 ? "x/:-"[random.Next(4)] : (char)('0' + random.Next(10));
            }

            cases.Add(new string(digits));
        }

        foreach (var text in cases)
        {
            var expected = long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value);
            RateLimitText.TryParseDigits(text, out var actual).ShouldBe(expected, text);
            if (expected)
            {
                actual.ShouldBe(value, text);
            }
        }
    }

    [Fact]
    public void LatestInstant_IsDateTimeOffsetMaxValue() =>
        RateLimitText.LatestInstantMilliseconds.ShouldBe(DateTimeOffset.MaxValue.ToUnixTimeMilliseconds());
}
