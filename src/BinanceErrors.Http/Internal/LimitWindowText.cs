using System.Globalization;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// Window lengths as the exchange writes them: header suffixes (<c>10S</c>, <c>1M</c>, <c>1H</c>, <c>1D</c>) and the
/// exchangeInfo pair <c>interval</c> + <c>intervalNum</c> (SECOND, MINUTE, HOUR, DAY).
/// </summary>
internal static class LimitWindowText
{
    public static string Suffix(long windowMs) => windowMs switch
    {
        // The windows the exchange reports on every response, without building the text each time.
        1_000 => "1S",
        10_000 => "10S",
        60_000 => "1M",
        3_600_000 => "1H",
        86_400_000 => "1D",
        var w when w % 86_400_000 == 0 => (w / 86_400_000).ToString(CultureInfo.InvariantCulture) + "D",
        var w when w % 3_600_000 == 0 => (w / 3_600_000).ToString(CultureInfo.InvariantCulture) + "H",
        var w when w % 60_000 == 0 => (w / 60_000).ToString(CultureInfo.InvariantCulture) + "M",
        var w => (w / 1000).ToString(CultureInfo.InvariantCulture) + "S",
    };

    /// <summary>Reads a suffix such as <c>1M</c> into milliseconds.</summary>
    public static bool TryParseSuffix(ReadOnlySpan<char> suffix, out long windowMs)
    {
        windowMs = 0;
        if (suffix.Length < 2 || !long.TryParse(suffix[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        var unit = UnitMs(char.ToUpperInvariant(suffix[^1]));
        windowMs = n * unit;
        return unit > 0;
    }

    /// <summary>Reads exchangeInfo's <c>interval</c> (SECOND, MINUTE, HOUR, DAY) and <c>intervalNum</c>.</summary>
    public static bool TryParseInterval(string? interval, long intervalNum, out long windowMs)
    {
        var unit = interval switch
        {
            "SECOND" => 1000L,
            "MINUTE" => 60_000L,
            "HOUR" => 3_600_000L,
            "DAY" => 86_400_000L,
            _ => 0L,
        };
        windowMs = unit * intervalNum;
        return unit > 0 && intervalNum > 0;
    }

    private static long UnitMs(char unit) => unit switch
    {
        'S' => 1000,
        'M' => 60_000,
        'H' => 3_600_000,
        'D' => 86_400_000,
        _ => 0,
    };
}
