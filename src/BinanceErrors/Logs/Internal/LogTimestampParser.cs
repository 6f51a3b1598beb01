using System.Globalization;

namespace BinanceErrors.Logs.Internal;

/// <summary>
/// Reads the first date and time on a line, year first: <c>2024-06-26 19:32:29,507</c>, <c>2021-03-01T04:32:30.244799819Z</c>,
/// <c>2018/09/10 12:45:20:705</c> (go, NLog), <c>2018.08.14 13:53:54:364</c>, with an offset (<c>Z</c>, <c>+02:00</c>, <c>+0000</c>)
/// when one follows. Day-first dates (<c>25-04-2021</c>) are ambiguous with month-first ones and are not read.
/// </summary>
internal static class LogTimestampParser
{
    public static LogTimestamp? Find(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 19 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                continue;
            }

            if (TryRead(text[i..], out var timestamp))
            {
                return timestamp;
            }
        }

        return null;
    }

    private static bool TryRead(ReadOnlySpan<char> s, out LogTimestamp timestamp)
    {
        timestamp = default;
        // yyyy?MM?dd?HH:mm:ss
        var dateSeparator = s[4];
        if (dateSeparator is not ('-' or '/' or '.') || s[7] != dateSeparator || s[10] is not ('T' or ' ' or '_') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Number(s[..4], out var year) || !Number(s.Slice(5, 2), out var month) || !Number(s.Slice(8, 2), out var day)
            || !Number(s.Slice(11, 2), out var hour) || !Number(s.Slice(14, 2), out var minute) || !Number(s.Slice(17, 2), out var second))
        {
            return false;
        }

        if (year is < 2000 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var k = 19;
        long ticks = 0;
        if (k + 1 < s.Length && s[k] is '.' or ',' or ':' && char.IsAsciiDigit(s[k + 1]))
        {
            var start = ++k;
            while (k < s.Length && char.IsAsciiDigit(s[k]))
            {
                k++;
            }

            var digits = s[start..Math.Min(k, start + 7)];
            ticks = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            for (var d = digits.Length; d < 7; d++)
            {
                ticks *= 10;
            }
        }

        TimeSpan? offset = null;
        if (k < s.Length && s[k] == 'Z')
        {
            offset = TimeSpan.Zero;
        }
        else
        {
            var o = k < s.Length && s[k] == ' ' && k + 1 < s.Length && s[k + 1] is '+' or '-' ? k + 1 : k;
            if (o + 5 <= s.Length && s[o] is '+' or '-' && Number(s.Slice(o + 1, 2), out var oh))
            {
                var m = s[o + 3] == ':' ? o + 4 : o + 3;
                if (m + 2 <= s.Length && Number(s.Slice(m, 2), out var om) && oh <= 14 && om < 60 && (m + 2 == s.Length || !char.IsAsciiDigit(s[m + 2])))
                {
                    var value = new TimeSpan(oh, om, 0);
                    offset = s[o] == '-' ? -value : value;
                }
            }
        }

        timestamp = new LogTimestamp(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks), offset);
        return true;
    }

    private static bool Number(ReadOnlySpan<char> digits, out int value) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
