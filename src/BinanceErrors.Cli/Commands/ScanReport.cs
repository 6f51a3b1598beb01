using System.Globalization;
using BinanceErrors.Logs;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>The tables of <c>binance-errors scan</c>: what was read, the patterns first (they say what to fix), then counts per code, then the occurrences.</summary>
internal static class ScanReport
{
    private const int MessageWidth = 90;

    public static void Write(CliConsole console, string name, IReadOnlyList<LogOccurrence> shown, LogScanSummary summary)
    {
        var ansi = console.Ansi;
        var span = summary.FirstSeen is { } first && summary.LastSeen is { } last ? $" from {first} to {last}" : string.Empty;
        ansi.WriteLine($"Scanned {name}: {summary.Lines.ToString("N0", CultureInfo.InvariantCulture)} line{(summary.Lines == 1 ? string.Empty : "s")} ({ScanCommand.Size(summary.Bytes)}), "
            + $"{summary.Occurrences.ToString("N0", CultureInfo.InvariantCulture)} Binance error{(summary.Occurrences == 1 ? string.Empty : "s")}{span}.");
        if (summary.Stopped is { } stop)
        {
            ansi.Write(new Text(stop.Description + Environment.NewLine, new Style(Color.Yellow)));
        }

        if (summary.Occurrences == 0)
        {
            return;
        }

        if (summary.Patterns.Count > 0)
        {
            ansi.WriteLine();
            var patterns = new Table().Title("What the errors say together").AddColumn("Pattern").AddColumn("Lines").AddColumn("What to do");
            foreach (var pattern in summary.Patterns)
            {
                patterns.AddRow(
                    new Text(pattern.Summary, new Style(decoration: Decoration.Bold)),
                    new Text(pattern.FirstLine == pattern.LastLine ? $"{pattern.FirstLine}" : $"{pattern.FirstLine}–{pattern.LastLine}"),
                    new Text(pattern.Advice));
            }

            ansi.Write(patterns);
        }

        ansi.WriteLine();
        var codes = new Table().Title("Errors by code").AddColumn("Venue").AddColumn("Code").AddColumn("Name").AddColumn("Kind").AddColumn(new TableColumn("Count").RightAligned()).AddColumn("Lines").AddColumn("What to do");
        foreach (var count in summary.ByCode)
        {
            var definition = count.Code is { } code && BinanceErrorCatalog.TryGetDefinition(count.Venue, code, out var found) ? found : null;
            codes.AddRow(
                new Text(CliArguments.VenueName(count.Venue)),
                new Text(count.Code?.ToString(CultureInfo.InvariantCulture) ?? (count.HttpStatus is { } status ? $"HTTP {status}" : "—")),
                new Text(count.Name ?? string.Empty),
                new Text(count.Kind.ToString()),
                new Text(count.Count.ToString("N0", CultureInfo.InvariantCulture)),
                new Text(count.FirstLine == count.LastLine ? $"{count.FirstLine}" : $"{count.FirstLine}–{count.LastLine}"),
                new Text(definition?.Hint ?? string.Empty));
        }

        ansi.Write(codes);
        if (shown.Count == 0)
        {
            return;
        }

        ansi.WriteLine();
        var title = shown.Count < summary.Occurrences
            ? $"Occurrences (the first {shown.Count} of {summary.Occurrences.ToString("N0", CultureInfo.InvariantCulture)}; --json lists all)"
            : "Occurrences";
        var table = new Table().Title(title).AddColumn(new TableColumn("Line").RightAligned()).AddColumn("Time").AddColumn("Venue").AddColumn("Code").AddColumn("Name").AddColumn("Kind").AddColumn("Action").AddColumn("Message");
        foreach (var occurrence in shown)
        {
            var error = occurrence.Error;
            var message = error.Message.Length > MessageWidth ? error.Message[..(MessageWidth - 1)] + "…" : error.Message;
            table.AddRow(
                new Text(occurrence.Line.ToString(CultureInfo.InvariantCulture)),
                new Text(occurrence.Timestamp?.ToString() ?? string.Empty),
                new Text(CliArguments.VenueName(error.Venue)),
                new Text(error.Code?.ToString(CultureInfo.InvariantCulture) ?? (error.HttpStatus is { } status ? $"HTTP {status}" : "—")),
                new Text(error.Name ?? error.Reason?.ToString() ?? string.Empty),
                new Text(error.Kind.ToString()),
                new Text(error.Advice.Action.ToString()),
                new Text(message));
        }

        ansi.Write(table);
    }
}
