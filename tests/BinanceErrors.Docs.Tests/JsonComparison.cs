using System.Text.Json;
using System.Text.Json.Nodes;

namespace BinanceErrors.Docs.Tests;

/// <summary>Compares JSON a doc shows with JSON a program wrote: equal values, or (for outputs that vary by run) the same shape.</summary>
public static class JsonComparison
{
    /// <summary>Every difference in value, each with its JSON path; empty when equal.</summary>
    public static IReadOnlyList<string> ValueDifferences(JsonNode? shown, JsonNode? real)
    {
        var problems = new List<string>();
        Values(shown, real, "$", problems);
        return problems;
    }

    /// <summary>
    /// Every difference in shape: the same properties in the same order, values of the same JSON kind, array elements
    /// shaped like the real array's elements; values may differ.
    /// </summary>
    public static IReadOnlyList<string> ShapeDifferences(JsonNode? shown, JsonNode? real)
    {
        var problems = new List<string>();
        Shape(shown, real, "$", problems);
        return problems;
    }

    public static JsonNode? Parse(string text) => JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });

    private static void Values(JsonNode? shown, JsonNode? real, string path, List<string> problems)
    {
        if (shown is JsonObject a && real is JsonObject b)
        {
            Names(a, b, path, problems);
            foreach (var (name, value) in a)
            {
                if (b.TryGetPropertyValue(name, out var other))
                {
                    Values(value, other, $"{path}.{name}", problems);
                }
            }
        }
        else if (shown is JsonArray x && real is JsonArray y)
        {
            if (x.Count != y.Count)
            {
                problems.Add($"{path}: the doc shows {x.Count} elements, the real output has {y.Count}");
            }

            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                Values(x[i], y[i], $"{path}[{i}]", problems);
            }
        }
        else if (!JsonNode.DeepEquals(shown, real))
        {
            problems.Add($"{path}: the doc shows {Text(shown)}, the real output has {Text(real)}");
        }
    }

    private static void Shape(JsonNode? shown, JsonNode? real, string path, List<string> problems)
    {
        var (kind, realKind) = (Kind(shown), Kind(real));
        if (kind != realKind)
        {
            problems.Add($"{path}: the doc shows a {kind}, the real output has a {realKind}");
            return;
        }

        if (shown is JsonObject a && real is JsonObject b)
        {
            Names(a, b, path, problems);
            foreach (var (name, value) in a)
            {
                if (b.TryGetPropertyValue(name, out var other))
                {
                    Shape(value, other, $"{path}.{name}", problems);
                }
            }
        }
        else if (shown is JsonArray x && real is JsonArray y && y.Count > 0)
        {
            for (var i = 0; i < x.Count; i++)
            {
                Shape(x[i], y[Math.Min(i, y.Count - 1)], $"{path}[{i}]", problems);
            }
        }
    }

    private static void Names(JsonObject shown, JsonObject real, string path, List<string> problems)
    {
        var (names, realNames) = (shown.Select(p => p.Key).ToArray(), real.Select(p => p.Key).ToArray());
        if (!names.SequenceEqual(realNames, StringComparer.Ordinal))
        {
            problems.Add($"{path}: the doc shows the properties [{string.Join(", ", names)}], the real output has [{string.Join(", ", realNames)}]");
        }
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False => "boolean",
            var k => k.ToString().ToLowerInvariant(),
        },
        _ => "unknown",
    };

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
