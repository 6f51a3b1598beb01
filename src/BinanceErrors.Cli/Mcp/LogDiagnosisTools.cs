using System.ComponentModel;
using System.Globalization;
using System.Text;
using BinanceErrors.Logs;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>The MCP tool that reads a bot's log, as <c>binance-errors scan</c> does, and answers with the errors and their patterns.</summary>
[McpServerToolType]
internal sealed class LogDiagnosisTools
{
    [McpServerTool(Name = "diagnose_log", Title = "Diagnose a bot's log", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(DiagnoseLogResult))]
    [Description("Find, classify and explain every Binance error in a trading bot's log (python-binance, ccxt, freqtrade, hummingbot, Binance.Net, go, Java, Node, PHP and raw JSON forms; HTTP 418/429/5XX lines): counts per code and kind, and the patterns they form with what to fix: a ban after 429s (polling), a drifting clock (-1021 again and again), a sizing bug retried in a loop (-2010 after -1013), an order whose 5XX outcome was never looked up.")]
    public static CallToolResult DiagnoseLog(
        [Description("The log text, as many lines as available (paste it whole; timestamps and request lines help).")] string text,
        [Description("auto (default: from the hosts, paths and library names in the log), spot, usdm, coinm or us.")] string? venue = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return McpToolOutput.Failure("Nothing to diagnose: 'text' is empty. Pass the bot's log lines, e.g. 'binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: LOT_SIZE'.");
        }

        BinanceVenue? chosen;
        try
        {
            chosen = venue is null || string.Equals(venue.Trim(), "auto", StringComparison.OrdinalIgnoreCase) ? null : CliArguments.ParseVenue(venue);
        }
        catch (CliUsageException ex)
        {
            return McpToolOutput.Failure(ex.Message.Replace("Valid venues: ", "Valid venues: auto, ", StringComparison.Ordinal));
        }

        var scanner = new BinanceLogScanner(chosen);
        var listed = new List<DiagnoseLogResult.Occurrence>();
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        {
            foreach (var occurrence in scanner.Scan(stream))
            {
                if (listed.Count < DiagnoseLogResult.MaxOccurrences)
                {
                    listed.Add(Describe(occurrence));
                }
            }
        }

        var summary = scanner.Summary;
        var result = new DiagnoseLogResult(
            summary.Lines,
            summary.Occurrences,
            summary.FirstSeen?.ToString(),
            summary.LastSeen?.ToString(),
            [.. summary.Patterns.Select(p => new DiagnoseLogResult.Pattern(Camel(p.Kind.ToString()), p.Summary, p.Advice, p.Count, p.FirstLine, p.LastLine))],
            [.. summary.ByCode.Select(Describe)],
            [.. summary.ByKind.Select(k => new DiagnoseLogResult.KindCount(k.Kind.ToString(), k.Count))],
            listed,
            summary.Occurrences > listed.Count,
            summary.Stopped?.Description);
        return McpToolOutput.Success(result, Text(result));
    }

    private static DiagnoseLogResult.Occurrence Describe(LogOccurrence occurrence)
    {
        var error = occurrence.Error;
        return new DiagnoseLogResult.Occurrence(
            occurrence.Line,
            occurrence.Timestamp?.ToString(),
            CliArguments.VenueName(error.Venue),
            Camel(occurrence.VenueSource.ToString()),
            error.Code,
            error.Name,
            error.HttpStatus,
            error.Kind.ToString(),
            error.Advice.Action.ToString(),
            SecretMask.Apply(error.Message),
            error.ExecutionUnknown);
    }

    private static DiagnoseLogResult.CodeCount Describe(LogCodeCount count)
    {
        var definition = count.Code is { } code && BinanceErrorCatalog.TryGetDefinition(count.Venue, code, out var found) ? found : null;
        return new DiagnoseLogResult.CodeCount(
            CliArguments.VenueName(count.Venue), count.Code, count.HttpStatus, count.Name, count.Kind.ToString(), count.Count, count.FirstLine, count.LastLine, definition?.Meaning, definition?.Hint);
    }

    private static string Text(DiagnoseLogResult result)
    {
        var text = new StringBuilder();
        var span = result.FirstSeen is { } first && result.LastSeen is { } last ? $", from {first} to {last}" : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"{result.OccurrenceCount} Binance error{(result.OccurrenceCount == 1 ? string.Empty : "s")} in {result.Lines} lines{span}.\n");
        if (result.StoppedAt is { } stopped)
        {
            text.Append(stopped).Append('\n');
        }

        if (result.Patterns.Count > 0)
        {
            text.Append("Patterns:\n");
            foreach (var pattern in result.Patterns)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {pattern.Summary} (lines {pattern.FirstLine}-{pattern.LastLine}). {pattern.Advice}\n");
            }
        }

        if (result.ByCode.Count > 0)
        {
            text.Append("By code:\n");
            foreach (var code in result.ByCode)
            {
                var what = code.Code is { } c ? $"{c} {code.Name}".TrimEnd() : code.HttpStatus is { } status ? $"HTTP {status}" : code.Name ?? code.Kind;
                text.Append(CultureInfo.InvariantCulture, $"- {what} on {code.Venue} ({code.Kind}) × {code.Count}, lines {code.FirstLine}-{code.LastLine}{(code.WhatToDo is null ? string.Empty : ": " + code.WhatToDo)}\n");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
