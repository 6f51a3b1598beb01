using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BinanceErrors.Cli.Output;

/// <summary>
/// Writes the CLI's JSON: stable field order, camelCase names, no escaping of quotes or angle brackets. Classifications
/// and code look-ups are the records <see cref="ClassificationOutput"/> and <see cref="CodeLookupOutput"/>, which the
/// MCP tools return too, so both speak one schema (<c>docs/schemas/</c>).
/// </summary>
internal static class JsonOutput
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // camelCase as the MCP SDK writes structuredContent; nulls written, because the schemas list every property.
    private static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web)
    {
        Encoder = Encoder,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One value (a record of <c>Output/</c>, an array or a node of them) as JSON text.</summary>
    public static string Serialize<T>(T value, bool indented) => JsonSerializer.Serialize(value, indented ? Indented : Compact);

    /// <summary>A record as a JSON object to which a command adds its own fields (e.g. <c>explain</c>'s <c>match</c>).</summary>
    public static JsonObject ToObject<T>(T value) => JsonSerializer.SerializeToNode(value, Compact)!.AsObject();

    public static void Error(Utf8JsonWriter json, string message)
    {
        json.WriteStartObject();
        json.WriteString("error", message);
        json.WriteEndObject();
    }

    /// <summary>An enum member as the JSON names it: <c>FilterFailures</c> → <c>filterFailures</c>.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
