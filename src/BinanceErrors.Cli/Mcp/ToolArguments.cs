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

            if (Mismatch(property, value) is { } expected)
            {
                return $"{tool}: the argument '{name}' must be {expected}, not {Kind(value)} ({Description(properties, name)}).";
            }

            // The SDK binds nested values too (e.g. headers as strings): a member of the wrong type is named by its path.
            if (Nested(property, value, name) is { } nested)
            {
                return $"{tool}: the argument '{name}' does not fit: '{nested.Path}' must be {nested.Expected}, not {Kind(nested.Value)} ({Description(properties, name)}).";
            }
        }

        return null;
    }

    /// <summary>What the value should have been when its JSON type does not fit the schema's <c>type</c>; null when it fits.</summary>
    private static string? Mismatch(JsonElement schema, JsonElement value)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
        var fits = types.Any(t => t switch
        {
            "string" => value.ValueKind == JsonValueKind.String,

            // Every integer a tool takes is a 32-bit int; a larger one would fail in the SDK's binding.
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => true,
        });
        return fits ? null : Expected(types, value);
    }

    /// <summary>The first member or item (at any depth) whose type does not fit its schema, with its path.</summary>
    private static (string Path, string Expected, JsonElement Value)? Nested(JsonElement schema, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var additional = schema.TryGetProperty("additionalProperties", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
            foreach (var member in value.EnumerateObject())
            {
                var memberSchema = properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var named) ? named : additional;
                if (memberSchema.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var memberPath = $"{path}.{member.Name}";
                if (Mismatch(memberSchema, member.Value) is { } expected)
                {
                    return (memberPath, expected, member.Value);
                }

                if (Nested(memberSchema, member.Value, memberPath) is { } deeper)
                {
                    return deeper;
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var itemPath = $"{path}[{index++}]";
                if (Mismatch(items, item) is { } expected)
                {
                    return (itemPath, expected, item);
                }

                if (Nested(items, item, itemPath) is { } deeper)
                {
                    return deeper;
                }
            }
        }

        return null;
    }

    private static string Expected(string[] types, JsonElement value) =>
        string.Join(" or ", types.Where(t => t != "null").Select(t => t switch
        {
            "integer" when value.ValueKind == JsonValueKind.Number => "an integer from -2147483648 to 2147483647",
            "integer" => "an integer",
            "object" => "a JSON object",
            "array" => "a JSON array",
            _ => "a " + t,
        }));

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
