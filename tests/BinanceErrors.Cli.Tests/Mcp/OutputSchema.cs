using System.Text.Json;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// A small JSON Schema check (type, required, properties, items, additionalProperties): enough to prove that
/// structuredContent matches the outputSchema a tool advertises, as validating clients require.
/// </summary>
public static class OutputSchema
{
    public static void ShouldConform(JsonElement value, JsonElement schema, string path = "$")
    {
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
            types.Any(t => Fits(t, value)).ShouldBeTrue($"{path}: {value.ValueKind} is not {string.Join("|", types)}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    value.TryGetProperty(name, out _).ShouldBeTrue($"{path}: required property '{name}' is missing");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(property.Name, out var sub))
                {
                    ShouldConform(property.Value, sub, $"{path}.{property.Name}");
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
                {
                    ShouldConform(property.Value, additional, $"{path}.{property.Name}");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                ShouldConform(item, items, $"{path}[{i++}]");
            }
        }
    }

    private static bool Fits(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };
}
