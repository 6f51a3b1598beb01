using System.Globalization;
using BinanceErrors.Internal;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// The numbers rate-limit messages carry: a ban's end ("IP banned until 1519726649240"), the limit and its interval
/// ("current limit is 1200 requests per minute", USDⓈ-M's "current limit of IP(1.2.3.4) is 2400 …"), the caller's IP,
/// and epoch times in seconds, milliseconds or microseconds. Texts are Binance's (-1003, -1015) as documented and
/// as ccxt logs them (https://github.com/ccxt/ccxt/pull/2068).
/// </summary>
public sealed class RateLimitTextTests
{
    [Theory]
    [InlineData("Way too many requests; IP banned until 1519726649240. Please use the websocket for live updates to avoid bans.", "2018-02-27T10:17:29.2400000+00:00")]
    [InlineData("IP banned until: '1519726649240'", "2018-02-27T10:17:29.2400000+00:00")]
    [InlineData("IP BANNED UNTIL \"1519726649\"", "2018-02-27T10:17:29.0000000+00:00")]
    [InlineData("IP banned until soon.", null)]
    [InlineData("IP banned until", null)]
    [InlineData("Too many requests.", null)]
    public void TryFindBannedUntil_ReadsTheEpochAfterThePhrase(string text, string? until)
    {
        RateLimitText.TryFindBannedUntil(text, out var found).ShouldBe(until is not null);
        if (until is not null)
        {
            found.ToString("O", CultureInfo.InvariantCulture).ShouldBe(until);
        }
    }

    [Theory]
    // Up to 11 digits are seconds, up to 14 milliseconds, more are microseconds.
    [InlineData("0", 0L)]
    [InlineData("1519726649", 1519726649000L)]
    [InlineData("15197266492", 15197266492000L)]
    [InlineData("151972664924", 151972664924L)]
    [InlineData("1519726649240", 1519726649240L)]
    [InlineData("15197266492400", 15197266492400L)]
    [InlineData("151972664924000", 151972664924L)]
    [InlineData("1519726649240000", 1519726649240L)]
    // The latest instant DateTimeOffset holds (9999-12-31T23:59:59.999Z), in microseconds, and one millisecond past it.
    [InlineData("253402300799999000", 253402300799999L)]
    [InlineData("253402300800000000", null)]
    [InlineData("1000000000000000000", null)]
    [InlineData("99999999999999999999", null)]
    [InlineData("", null)]
    [InlineData("12a4", null)]
    [InlineData("-1519726649240", null)]
    public void TryEpochToInstant_TellsSecondsMillisecondsAndMicroseconds(string digits, long? milliseconds)
    {
        RateLimitText.TryEpochToInstant(digits, out var instant).ShouldBe(milliseconds is not null);
        if (milliseconds is { } ms)
        {
            instant.ToUnixTimeMilliseconds().ShouldBe(ms);
        }
    }

    [Theory]
    [InlineData("123456789012345678", 123456789012345678L)]
    [InlineData("1234567890123456789", 1234567890123456789L)]
    [InlineData("123456789", 123456789L)]
    [InlineData("1234567890", 1234567890L)]
    [InlineData("12345678x0", null)]
    [InlineData("x234567890", null)]
    [InlineData("9999999999999999999", null)]
    public void TryParseDigits_ReadsUpToALong(string digits, long? value)
    {
        RateLimitText.TryParseDigits(digits, out var read).ShouldBe(value is not null);
        if (value is { } expected)
        {
            read.ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.", "1200", "minute")]
    [InlineData("Too many requests; current limit of IP(10.0.0.1) is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.", "2400", "minute")]
    [InlineData("Too many new orders; current limit is 50 orders per 10 SECOND.", "50", "10 SECOND")]
    [InlineData("Too many new orders; current limit is 160000 orders per DAY; slow down", "160000", "DAY")]
    [InlineData("current limit is '1200' requests per 'minute'", "1200", "minute")]
    [InlineData("current limit is 1200 requests", "1200", null)]
    [InlineData("current limit is unknown", null, null)]
    [InlineData("current limit of IP(10.0.0.1) was 2400", null, null)]
    [InlineData("Too many requests.", null, null)]
    public void TryFindLimit_ReadsTheLimitAndItsInterval(string text, string? limit, string? interval)
    {
        RateLimitText.TryFindLimit(text, out var foundLimit, out var foundInterval).ShouldBe(limit is not null);
        if (limit is not null)
        {
            (foundLimit, foundInterval).ShouldBe((limit, interval));
        }
    }

    [Theory]
    [InlineData("current limit of IP(10.0.0.1) is 2400 requests per minute.", "10.0.0.1")]
    [InlineData("IP(2001:db8::1) banned", "2001:db8::1")]
    [InlineData("IP() is 2400", null)]
    [InlineData("IP(10.0.0.1 is 2400", null)]
    [InlineData("ip(10.0.0.1)", null)]
    public void TryFindIp_ReadsTheAddressInIpParentheses(string text, string? ip)
    {
        RateLimitText.TryFindIp(text, out var found).ShouldBe(ip is not null);
        found.ShouldBe(ip ?? string.Empty);
    }

    [Theory]
    [InlineData("minute", 60)]
    [InlineData("SECOND", 1)]
    [InlineData("10 SECOND", 10)]
    [InlineData("  5 minutes ", 300)]
    [InlineData("2 hours", 7200)]
    [InlineData("1 DAY", 86400)]
    [InlineData("days", 86400)]
    [InlineData("100000 seconds", 100000)]
    [InlineData("100001 seconds", null)]
    [InlineData("0 seconds", null)]
    [InlineData("ten seconds", null)]
    [InlineData("1 week", null)]
    [InlineData("", null)]
    public void TryParseInterval_ReadsACountAndAUnit(string interval, int? seconds)
    {
        RateLimitText.TryParseInterval(interval, out var window).ShouldBe(seconds is not null);
        window.ShouldBe(seconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.Zero);
    }

    [Theory]
    // A window counted from the epoch: what is left of the current minute, a whole one on its boundary.
    [InlineData("2024-03-01T10:00:30Z", 60, 30)]
    [InlineData("2024-03-01T10:00:00Z", 60, 60)]
    [InlineData("2024-03-01T10:00:59.5Z", 60, 0.5)]
    [InlineData("2024-03-01T10:00:30Z", 86400, 50370)]
    public void UntilWindowEnds_IsWhatIsLeftOfTheCurrentWindow(string now, int windowSeconds, double left)
    {
        RateLimitText.UntilWindowEnds(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), TimeSpan.FromSeconds(windowSeconds))
            .ShouldBe(TimeSpan.FromSeconds(left));
    }
}
