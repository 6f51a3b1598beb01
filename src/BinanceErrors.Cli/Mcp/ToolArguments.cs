using System.Text.Json;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// Checks a tool call's arguments against the tool's input schema before the SDK binds them. Without it a missing or
/// mistyped argument ends in the SDK's generic "An error occurred invoking …", which tells a model nothing it can fix.
/// </summary>
internal static class ToolArguments
{
    /// <summary>One sentence naming the first argument that does not fit the schema, or null when all fit.</summary>
    public static string? Problem(string tool, JsonElement schema, IDictionary<string, JsonElement>? arguments)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties))
        {
            return null;
        }

        var given = arguments ?? new Dictionary<string, JsonElement>();
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!given.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return $"{tool}: the argument '{name}' is required ({Description(properties, name)}). Call {tool} again with it.";
                }
            }
        }

        foreach (var (name, value) in given)
        {
            if (!properties.TryGetProperty(name, out var property))
            {
                var names = string.Join(", ", properties.EnumerateObject().Select(p => p.Name));
                return $"{tool}: there is no argument '{name}'. Its arguments are: {names}.";
            }

            if (!Fits(property, value))
            {
                return $"{tool}: the argument '{name}' must be {Expected(property)}, not {Kind(value)} ({Description(properties, name)}).";
            }
        }

        return null;
    }

    private static bool Fits(JsonElement property, JsonElement value)
    {
        if (!property.TryGetProperty("type", out var type))
        {
            return true;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        return types.Any(t => t switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => true,
        });
    }

    private static string Expected(JsonElement property)
    {
        var type = property.GetProperty("type");
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null") : [type.GetString()!];
        return string.Join(" or ", types.Select(t => t switch
        {
            "integer" => "an integer",
            "object" => "a JSON object",
            "array" => "a JSON array",
            _ => "a " + t,
        }));
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    private static string Description(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var property) && property.TryGetProperty("description", out var description)
            ? description.GetString()!.TrimEnd('.')
            : "see the tool's input schema";
}
