using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Logs;

namespace BinanceErrors.Cli.Output;

/// <summary>The JSON of <c>scan --json</c>: an occurrence is its place in the log followed by the classification fields every command writes; then the summary.</summary>
internal static class ScanJson
{
    /// <summary>The fields an occurrence has before the classification's.</summary>
    public static readonly string[] OwnFields = ["line", "timestamp", "form", "venueSource", "intent"];

    public static void Occurrence(Utf8JsonWriter json, LogOccurrence occurrence)
    {
        var occurrenceObject = new JsonObject
        {
            ["line"] = occurrence.Line,
            ["timestamp"] = occurrence.Timestamp?.ToString(),
            ["form"] = JsonOutput.Camel(occurrence.Form.ToString()),
            ["venueSource"] = JsonOutput.Camel(occurrence.VenueSource.ToString()),
            ["intent"] = CliArguments.IntentName(occurrence.Intent),
        };

        // The classification object parse --json writes, field for field (docs/schemas/classification.schema.json).
        foreach (var (name, value) in JsonOutput.ToObject(ClassificationOutput.From(occurrence.Error, occurrence.Intent)).ToArray())
        {
            occurrenceObject[name] = value?.DeepClone();
        }

        occurrenceObject.WriteTo(json);
    }

    public static void Summary(Utf8JsonWriter json, LogScanSummary summary)
    {
        json.WriteStartObject();
        json.WriteNumber("lines", summary.Lines);
        json.WriteNumber("bytes", summary.Bytes);
        json.WriteNumber("occurrences", summary.Occurrences);
        NullableNumber(json, "firstLine", summary.FirstLine);
        NullableNumber(json, "lastLine", summary.LastLine);
        Nullable(json, "firstSeen", summary.FirstSeen?.ToString());
        Nullable(json, "lastSeen", summary.LastSeen?.ToString());
        json.WriteStartArray("byCode");
        foreach (var count in summary.ByCode)
        {
            json.WriteStartObject();
            json.WriteString("venue", CliArguments.VenueName(count.Venue));
            NullableNumber(json, "code", count.Code);
            NullableNumber(json, "httpStatus", count.HttpStatus);
            Nullable(json, "name", count.Name);
            json.WriteString("kind", count.Kind.ToString());
            json.WriteNumber("count", count.Count);
            json.WriteNumber("firstLine", count.FirstLine);
            json.WriteNumber("lastLine", count.LastLine);
            Nullable(json, "firstSeen", count.FirstSeen?.ToString());
            Nullable(json, "lastSeen", count.LastSeen?.ToString());
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

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
