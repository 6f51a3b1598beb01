using System.Text;
using BinanceErrors.Logs;

namespace BinanceErrors.Tests.Logs;

/// <summary>Runs the scanner over text or bytes and keeps what it found.</summary>
internal sealed record LogScan(IReadOnlyList<LogOccurrence> Occurrences, LogScanSummary Summary)
{
    public static LogScan Of(string text, BinanceVenue? venue = null) => Of(Encoding.UTF8.GetBytes(text), venue);

    public static LogScan Of(byte[] bytes, BinanceVenue? venue = null)
    {
        var scanner = new BinanceLogScanner(venue);
        using var stream = new MemoryStream(bytes);
        var occurrences = scanner.Scan(stream).ToList();
        return new LogScan(occurrences, scanner.Summary);
    }

    public static LogScan OfLines(params string[] lines) => Of(string.Join('\n', lines) + "\n");

    public LogPattern Pattern(LogPatternKind kind) => Summary.Patterns.Single(p => p.Kind == kind);
}
