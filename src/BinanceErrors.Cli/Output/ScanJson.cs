using System.Text.Json;
using BinanceErrors.Logs;

namespace BinanceErrors.Cli.Output;

/// <summary>The JSON of <c>scan --json</c>: an occurrence is its place in the log followed by the classification fields every command writes; then the summary.</summary>
internal static class ScanJson
{
    public static void Occurrence(Utf8JsonWriter json, LogOccurrence occurrence)
    {
        json.WriteStartObject();
        json.WriteNumber("line", occurrence.Line);
        JsonOutput.Nullable(json, "timestamp", occurrence.Timestamp?.ToString());
        json.WriteString("form", JsonOutput.Camel(occurrence.Form.ToString()));
        json.WriteString("venueSource", JsonOutput.Camel(occurrence.VenueSource.ToString()));
        json.WriteString("intent", CliArguments.IntentName(occurrence.Intent));
        JsonOutput.ClassificationFields(json, occurrence.Error);
        json.WriteEndObject();
    }

    public static void Summary(Utf8JsonWriter json, LogScanSummary summary)
    {
        json.WriteStartObject();
        json.WriteNumber("lines", summary.Lines);
        json.WriteNumber("bytes", summary.Bytes);
        json.WriteNumber("occurrences", summary.Occurrences);
        JsonOutput.NullableNumber(json, "firstLine", summary.FirstLine);
        JsonOutput.NullableNumber(json, "lastLine", summary.LastLine);
        JsonOutput.Nullable(json, "firstSeen", summary.FirstSeen?.ToString());
        JsonOutput.Nullable(json, "lastSeen", summary.LastSeen?.ToString());
        json.WriteStartArray("byCode");
        foreach (var count in summary.ByCode)
        {
            json.WriteStartObject();
            json.WriteString("venue", CliArguments.VenueName(count.Venue));
            JsonOutput.NullableNumber(json, "code", count.Code);
            JsonOutput.NullableNumber(json, "httpStatus", count.HttpStatus);
            JsonOutput.Nullable(json, "name", count.Name);
            json.WriteString("kind", count.Kind.ToString());
            json.WriteNumber("count", count.Count);
            json.WriteNumber("firstLine", count.FirstLine);
            json.WriteNumber("lastLine", count.LastLine);
            JsonOutput.Nullable(json, "firstSeen", count.FirstSeen?.ToString());
            JsonOutput.Nullable(json, "lastSeen", count.LastSeen?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("byKind");
        foreach (var kind in summary.ByKind)
        {
            json.WriteStartObject();
            json.WriteString("kind", kind.Kind.ToString());
            json.WriteNumber("count", kind.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("patterns");
        foreach (var pattern in summary.Patterns)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonOutput.Camel(pattern.Kind.ToString()));
            json.WriteString("summary", pattern.Summary);
            json.WriteString("advice", pattern.Advice);
            json.WriteNumber("count", pattern.Count);
            json.WriteNumber("firstLine", pattern.FirstLine);
            json.WriteNumber("lastLine", pattern.LastLine);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (summary.Stopped is { } stop)
        {
            json.WriteStartObject("stopped");
            json.WriteNumber("line", stop.Line);
            json.WriteNumber("byteOffset", stop.ByteOffset);
            json.WriteString("reason", JsonOutput.Camel(stop.Reason.ToString()));
            json.WriteString("description", stop.Description);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("stopped");
        }

        json.WriteEndObject();
    }
}
