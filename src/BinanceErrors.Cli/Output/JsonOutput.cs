using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BinanceErrors.Cli.Output;

/// <summary>Writes the CLI's JSON: stable field order, camelCase names, no escaping of quotes or angle brackets.</summary>
internal static class JsonOutput
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Lookup(Utf8JsonWriter json, CodeLookup lookup)
    {
        var definition = lookup.Definition;
        json.WriteStartObject();
        json.WriteString("venue", CliArguments.VenueName(lookup.Venue));
        json.WriteNumber("code", lookup.Code);
        json.WriteBoolean("known", lookup.IsKnown);
        json.WriteString("status", lookup.Status switch
        {
            CodeLookupStatus.Defined => "defined",
            CodeLookupStatus.Retired => "retired",
            CodeLookupStatus.NotABinanceCode => "notBinanceCode",
            _ => "notInCatalog",
        });
        Nullable(json, "name", definition?.Name);
        if (definition is not null)
        {
            json.WriteStartArray("aliases");
            foreach (var alias in definition.Aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
        }

        Nullable(json, "category", definition?.Category.Id);
        Nullable(json, "categoryTitle", definition?.Category.Title);
        json.WriteStartArray("messages");
        foreach (var message in definition?.Messages ?? [])
        {
            json.WriteStartObject();
            json.WriteString("text", message.Text);
            json.WriteString("form", Camel(message.Form.ToString()));
            json.WriteStartArray("args");
            foreach (var name in message.ArgumentNames)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Nullable(json, "meaning", definition?.Meaning);
        Nullable(json, "hint", definition?.Hint);
        Nullable(json, "kind", definition?.Kind.ToString());
        json.WriteBoolean("executionUnknown", definition?.ExecutionUnknown ?? false);
        json.WriteBoolean("retrySafe", definition?.RetrySafe ?? false);
        Nullable(json, "filter", definition?.Filter?.ToWireName());
        Nullable(json, "messagesFrom", definition is null ? null : Camel(definition.MessagesFrom.ToString()));
        json.WriteString("explanation", lookup.Explanation);
        if (lookup.Fabricated is { } fabricated)
        {
            json.WriteString("realForm", fabricated.RealForm);
        }

        json.WriteEndObject();
    }

    public static void Classification(Utf8JsonWriter json, BinanceError error)
    {
        json.WriteStartObject();
        ClassificationFields(json, error);
        json.WriteEndObject();
    }

    /// <summary>The fields of a classification, without the braces: scan's occurrences carry them after their own.</summary>
    public static void ClassificationFields(Utf8JsonWriter json, BinanceError error)
    {
        json.WriteString("venue", CliArguments.VenueName(error.Venue));
        NullableNumber(json, "httpStatus", error.HttpStatus);
        NullableNumber(json, "code", error.Code);
        Nullable(json, "name", error.Name);
        json.WriteBoolean("known", error.IsKnown);
        json.WriteString("message", error.Message);
        Nullable(json, "template", error.Template?.Text);
        json.WriteStartObject("args");
        foreach (var argument in error.Arguments)
        {
            json.WriteString(argument.Name, argument.Value);
        }

        json.WriteEndObject();
        Nullable(json, "reason", error.Reason?.ToString());
        Nullable(json, "filter", error.Filter?.ToWireName());
        json.WriteString("kind", error.Kind.ToString());
        json.WriteString("action", error.Advice.Action.ToString());
        NullableNumber(json, "retryAfterMs", error.Advice.RetryAfter is { } wait ? (long)wait.TotalMilliseconds : null);
        NullableNumber(json, "untilMs", error.Advice.Until?.ToUnixTimeMilliseconds());
        json.WriteBoolean("executionUnknown", error.ExecutionUnknown);
        json.WriteString("bodyKind", Camel(error.BodyKind.ToString()));
        json.WriteString("advice", error.Advice.ToString());
    }

    public static void Error(Utf8JsonWriter json, string message)
    {
        json.WriteStartObject();
        json.WriteString("error", message);
        json.WriteEndObject();
    }

    internal static void Nullable(Utf8JsonWriter json, string name, string? value)
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

    internal static void NullableNumber(Utf8JsonWriter json, string name, long? value)
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

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
