using System.Globalization;

namespace BinanceErrors.Logs;

/// <summary>
/// A log line's time as written: the date and time, and the UTC offset when the line states one. Most logs write
/// local time without an offset, so the time is kept as written rather than guessed into UTC.
/// </summary>
/// <param name="DateTime">The date and time as written (<see cref="DateTimeKind.Unspecified"/>).</param>
/// <param name="Offset">The UTC offset the line states (<c>Z</c> is zero), or <see langword="null"/> when it states none.</param>
public readonly record struct LogTimestamp(DateTime DateTime, TimeSpan? Offset)
{
    /// <summary>The instant, taking a time without offset as UTC: right for ordering and intervals within one log.</summary>
    public DateTimeOffset AssumingUtc => new(DateTime.SpecifyKind(DateTime, DateTimeKind.Unspecified), Offset ?? TimeSpan.Zero);

    /// <summary>ISO 8601 with milliseconds, and the offset only when the line had one: <c>2024-06-26T19:32:29.507</c>, <c>2021-03-01T04:32:30.244Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return Offset switch
        {
            null => text,
            { } zero when zero == TimeSpan.Zero => text + "Z",
            { } offset => text + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture),
        };
    }
}
