using System.Globalization;

namespace BinanceErrors.Internal;

/// <summary>
/// Finds the ban end and the limit in rate-limit messages whose wording matches no template: older texts
/// ("…current limit is 1200 requests per minute…"), futures bans with an IP field ("IP(1.2.3.4) banned until …"),
/// and other variations.
/// </summary>
internal static class RateLimitText
{
    public static bool TryFindBannedUntil(ReadOnlySpan<char> text, out DateTimeOffset until)
    {
        until = default;
        var at = text.IndexOf("banned until", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = text[(at + "banned until".Length)..].TrimStart(" :'\"");
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        return digits > 0 && TryEpochToInstant(rest[..digits], out until);
    }

    /// <summary><c>DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()</c>, a constant instead of a division per ban.</summary>
    internal const long LatestInstantMilliseconds = 253_402_300_799_999;

    /// <summary>Reads an epoch number in seconds, milliseconds or microseconds, told apart by magnitude.</summary>
    public static bool TryEpochToInstant(ReadOnlySpan<char> digits, out DateTimeOffset instant)
    {
        instant = default;
        if (!TryParseDigits(digits, out var value))
        {
            return false;
        }

        long milliseconds = digits.Length switch
        {
            <= 11 => value * 1000,
            <= 14 => value,
            _ => value / 1000,
        };

        if (milliseconds < 0 || milliseconds > LatestInstantMilliseconds)
        {
            return false;
        }

        instant = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return true;
    }

    /// <summary>
    /// Reads plain decimal digits (no sign, no white space), as <c>long.TryParse</c> with <see cref="NumberStyles.None"/>
    /// does; up to 18 digits cannot overflow and are added up directly, which is what every real timestamp needs.
    /// </summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> digits, out long value)
    {
        if (digits.IsEmpty || digits.Length > 18)
        {
            return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        // Two independent running sums (the digits before the last nine, and the last nine) halve the chain of
        // multiply-adds a 13-digit millisecond timestamp would otherwise wait on.
        var split = Math.Max(0, digits.Length - 9);
        if (!TryAddDigits(digits[..split], out var high) | !TryAddDigits(digits[split..], out var low))
        {
            value = 0;
            return false;
        }

        value = (high * 1_000_000_000L) + low;
        return true;
    }

    private static bool TryAddDigits(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var digit = c - (uint)'0';
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    public static bool TryFindLimit(ReadOnlySpan<char> text, out string limit, out string? interval)
    {
        limit = string.Empty;
        interval = null;
        var at = text.IndexOf("limit is ", StringComparison.OrdinalIgnoreCase);
        var skip = "limit is ".Length;
        if (at < 0)
        {
            // USDⓈ-M names the caller's IP: "current limit of IP(1.2.3.4) is 2400 requests per minute".
            var of = text.IndexOf("limit of IP(", StringComparison.OrdinalIgnoreCase);
            var close = of < 0 ? -1 : text[of..].IndexOf(") is ", StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return false;
            }

            at = of + close;
            skip = ") is ".Length;
        }

        var rest = text[(at + skip)..].TrimStart('\'');
        var digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        limit = rest[..digits].ToString();
        var per = rest.IndexOf(" per ", StringComparison.OrdinalIgnoreCase);
        if (per >= 0)
        {
            var tail = rest[(per + " per ".Length)..];
            var end = tail.IndexOfAny('.', ';');
            interval = (end >= 0 ? tail[..end] : tail).Trim().Trim('\'').ToString();
        }

        return true;
    }

    /// <summary>The caller's IP a futures text names: <c>IP(1.2.3.4)</c>; an empty <c>IP()</c> names none.</summary>
    public static bool TryFindIp(ReadOnlySpan<char> text, out string ip)
    {
        ip = string.Empty;
        var at = text.IndexOf("IP(", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var rest = text[(at + "IP(".Length)..];
        var close = rest.IndexOf(')');
        if (close <= 0)
        {
            return false;
        }

        ip = rest[..close].ToString();
        return true;
    }

    /// <summary>Turns "1 MINUTE", "10 SECOND", "minute" or "1 DAY" into a window length.</summary>
    public static bool TryParseInterval(ReadOnlySpan<char> interval, out TimeSpan window)
    {
        window = default;
        interval = interval.Trim();
        var space = interval.IndexOf(' ');
        long count = 1;
        var unit = interval;
        if (space > 0)
        {
            if (!long.TryParse(interval[..space], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count <= 0 || count > 100_000)
            {
                return false;
            }

            unit = interval[(space + 1)..].Trim();
        }

        unit = unit.TrimEnd('s').TrimEnd('S');
        TimeSpan? one =
            unit.Equals("second", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromSeconds(1)
            : unit.Equals("minute", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromMinutes(1)
            : unit.Equals("hour", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromHours(1)
            : unit.Equals("day", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromDays(1)
            : null;
        if (one is null)
        {
            return false;
        }

        window = one.Value * count;
        return true;
    }

    /// <summary>Time left in a fixed window aligned to the UTC clock, as the exchange counts its limits.</summary>
    public static TimeSpan UntilWindowEnds(DateTimeOffset now, TimeSpan window)
    {
        var ticks = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var remainder = ticks % window.Ticks;
        return TimeSpan.FromTicks(window.Ticks - remainder);
    }
}
