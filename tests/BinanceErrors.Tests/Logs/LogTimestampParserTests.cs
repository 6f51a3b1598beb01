using System.Globalization;
using BinanceErrors.Logs;
using BinanceErrors.Logs.Internal;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// The times log lines start with (the libraries' formats, quoted from the lines in Fixtures/Logs/real-log-lines.jsonl),
/// read to the tick with their offset, and the date-like texts that are not one.
/// </summary>
public sealed class LogTimestampParserTests
{
    [Theory]
    // Python logging (hummingbot, freqtrade), ISO 8601 from Docker, go / NLog, the dotted form, Binance.Net.
    [InlineData("2024-06-26 19:32:29,507 - hummingbot - ERROR", "2024-06-26 19:32:29.5070000")]
    [InlineData("2021-03-01T04:32:30.244799819Z", "2021-03-01 04:32:30.2447998 Z")]
    [InlineData("2018/09/10 12:45:20:705 | Warning |", "2018-09-10 12:45:20.7050000")]
    [InlineData("2018.08.14 13:53:54:364 ERROR", "2018-08-14 13:53:54.3640000")]
    [InlineData("[2021-05-18 21:15:39] APIError", "2021-05-18 21:15:39.0000000")]
    [InlineData("2024-05-01_10:00:00 x", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00.5", "2024-05-01 10:00:00.5000000")]
    [InlineData("2024-05-01 10:00:00.05 x", "2024-05-01 10:00:00.0500000")]
    [InlineData("2024-05-01 10:00:00.", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00.x", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00;5", "2024-05-01 10:00:00.0000000")]
    // Offsets: Z, ±hh:mm, ±hhmm, after a space, after the fraction.
    [InlineData("2024-05-01T10:00:00Z", "2024-05-01 10:00:00.0000000 Z")]
    [InlineData("2024-05-01T10:00:00.250+02:00", "2024-05-01 10:00:00.2500000 +02:00")]
    [InlineData("2024-05-01T10:00:00+0530 x", "2024-05-01 10:00:00.0000000 +05:30")]
    [InlineData("2024-05-01 10:00:00 -0500", "2024-05-01 10:00:00.0000000 -05:00")]
    [InlineData("2024-05-01 10:00:00,123 +01:00 x", "2024-05-01 10:00:00.1230000 +01:00")]
    [InlineData("2024-05-01 10:00:00+14:00", "2024-05-01 10:00:00.0000000 +14:00")]
    [InlineData("2024-05-01 10:00:00+00:59", "2024-05-01 10:00:00.0000000 +00:59")]
    [InlineData("2024-05-01 10:00:00-0000", "2024-05-01 10:00:00.0000000 Z")]
    // Not offsets: out of range, too short, more digits, no sign, a space and no sign.
    [InlineData("2024-05-01 10:00:00+15:00", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00+02:60", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00+020", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00+02:0", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00+02000", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00+2:00", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00 0200", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00  +0200", "2024-05-01 10:00:00.0000000")]
    [InlineData("2024-05-01 10:00:00 +", "2024-05-01 10:00:00.0000000")]
    // The first date on the line that is one; one glued to other digits is not.
    [InlineData("order 12 at 2024-05-01 10:00:00", "2024-05-01 10:00:00.0000000")]
    [InlineData("1 2024-05-01 10:00:00", "2024-05-01 10:00:00.0000000")]
    [InlineData("12024-05-01 10:00:00 and 2024-05-02 11:00:00", "2024-05-02 11:00:00.0000000")]
    [InlineData("2024-13-01 10:00:00 then 2024-05-03 12:00:00", "2024-05-03 12:00:00.0000000")]
    // The calendar's limits.
    [InlineData("2000-01-01 00:00:00", "2000-01-01 00:00:00.0000000")]
    [InlineData("2200-12-31 23:59:59", "2200-12-31 23:59:59.0000000")]
    [InlineData("2024-02-29 12:00:00", "2024-02-29 12:00:00.0000000")]
    [InlineData("2024-01-31 12:00:00", "2024-01-31 12:00:00.0000000")]
    public void Find_ReadsTheTimeToTheTick_AndItsOffset(string text, string expected)
    {
        Show(LogTimestampParser.Find(text)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("1999-12-31 23:59:59")]
    [InlineData("2201-01-01 00:00:00")]
    [InlineData("2024-00-10 10:00:00")]
    [InlineData("2024-13-10 10:00:00")]
    [InlineData("2024-05-00 10:00:00")]
    [InlineData("2024-04-31 10:00:00")]
    [InlineData("2023-02-29 10:00:00")]
    [InlineData("2024-05-01 24:00:00")]
    [InlineData("2024-05-01 10:60:00")]
    [InlineData("2024-05-01 10:00:60")]
    [InlineData("2024-05/01 10:00:00")]
    [InlineData("2024/05-01 10:00:00")]
    [InlineData("2024:05:01 10:00:00")]
    [InlineData("2024-05-01X10:00:00")]
    [InlineData("2024-05-01 10-00:00")]
    [InlineData("2024-05-01 10:00-00")]
    [InlineData("2024-05-01 10:00:0")]
    [InlineData("20a4-05-01 10:00:00")]
    [InlineData("2024-0a-01 10:00:00")]
    [InlineData("2024-05-0a 10:00:00")]
    [InlineData("2024-05-01 1a:00:00")]
    [InlineData("2024-05-01 10:0a:00")]
    [InlineData("2024-05-01 10:00:0a")]
    [InlineData("12024-05-01 10:00:00")]
    [InlineData("25-04-2021 10:00:00")]
    [InlineData("")]
    public void Find_RefusesWhatIsNoTime(string text)
    {
        LogTimestampParser.Find(text).ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "2024-06-26T19:32:29.507")]
    [InlineData(0.0, "2024-06-26T19:32:29.507Z")]
    [InlineData(2.0, "2024-06-26T19:32:29.507+02:00")]
    [InlineData(-5.5, "2024-06-26T19:32:29.507-05:30")]
    public void ToString_IsIso8601WithMilliseconds_AndTheOffsetOnlyWhenWritten(double? offsetHours, string expected)
    {
        var written = new DateTime(2024, 6, 26, 19, 32, 29, 507);
        var timestamp = new LogTimestamp(written, offsetHours is { } hours ? TimeSpan.FromHours(hours) : null);

        timestamp.ToString().ShouldBe(expected);
        timestamp.AssumingUtc.ShouldBe(new DateTimeOffset(written, TimeSpan.FromHours(offsetHours ?? 0)));
    }

    private static string Show(LogTimestamp? timestamp)
    {
        if (timestamp is not { } t)
        {
            return "none";
        }

        var text = t.DateTime.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
        return t.Offset switch
        {
            null => text,
            { } zero when zero == TimeSpan.Zero => text + " Z",
            { } offset => text + " " + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture),
        };
    }
}
