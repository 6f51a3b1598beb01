namespace BinanceErrors.Logs;

/// <summary>What a scan found in a whole log: counts, first and last occurrence, patterns, and where it stopped if it could not read to the end.</summary>
public sealed record LogScanSummary
{
    /// <summary>Lines read.</summary>
    public long Lines { get; init; }

    /// <summary>Bytes read (after decompression).</summary>
    public long Bytes { get; init; }

    /// <summary>Binance errors found.</summary>
    public long Occurrences { get; init; }

    /// <summary>The line of the first occurrence, or <see langword="null"/> when there was none.</summary>
    public long? FirstLine { get; init; }

    /// <summary>The line of the last occurrence.</summary>
    public long? LastLine { get; init; }

    /// <summary>The first time any occurrence was seen (of those whose lines have a time).</summary>
    public LogTimestamp? FirstSeen { get; init; }

    /// <summary>The last time any occurrence was seen.</summary>
    public LogTimestamp? LastSeen { get; init; }

    /// <summary>Occurrences per code (or per status without a code), most frequent first.</summary>
    public IReadOnlyList<LogCodeCount> ByCode { get; init; } = [];

    /// <summary>Occurrences per kind, most frequent first.</summary>
    public IReadOnlyList<LogKindCount> ByKind { get; init; } = [];

    /// <summary>What the errors say together, in the order the patterns first appeared.</summary>
    public IReadOnlyList<LogPattern> Patterns { get; init; } = [];

    /// <summary>Where the scan stopped before the end of the input, or <see langword="null"/> when it read everything.</summary>
    public LogScanStop? Stopped { get; init; }
}
