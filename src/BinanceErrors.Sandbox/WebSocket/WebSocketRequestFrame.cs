using System.Buffers;
using System.Text.Json;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// One WebSocket API request frame, <c>{"id": …, "method": "order.place", "params": {…}}</c>, read without trusting
/// it: the id as raw JSON (a string, a number or null, echoed as sent), the method, and the parameters as text (strings
/// as they are, numbers as written, booleans as <c>true</c>/<c>false</c>, arrays as compact JSON).
/// </summary>
/// <param name="IdJson">The id as JSON text; <c>null</c> when it was absent or unreadable.</param>
/// <param name="Method">The method, or <see langword="null"/> when the frame is not a request.</param>
/// <param name="Parameters">The parameters in the order sent.</param>
/// <param name="Problem">Why the frame is not a request (then the answer is -1135 or -1102), or <see langword="null"/>.</param>
internal sealed record WebSocketRequestFrame(string IdJson, string? Method, IReadOnlyList<(string Name, string Value)> Parameters, WebSocketFrameProblem? Problem)
{
    /// <summary>The longest id echoed; a longer one is answered with <c>"id": null</c>.</summary>
    public const int MaxIdLength = 256;

    /// <summary>Reads a text frame.</summary>
    public static WebSocketRequestFrame Read(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return Invalid("null", WebSocketFrameProblem.InvalidJson);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Invalid("null", WebSocketFrameProblem.InvalidJson);
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                && idElement.GetRawText() is { Length: <= MaxIdLength } raw ? raw : "null";
            if (!root.TryGetProperty("id", out _))
            {
                return Invalid(id, WebSocketFrameProblem.MissingId);
            }

            if (!root.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String || methodElement.GetString() is not { Length: > 0 } method)
            {
                return Invalid(id, WebSocketFrameProblem.MissingMethod);
            }

            var parameters = new List<(string, string)>();
            if (root.TryGetProperty("params", out var paramsElement) && paramsElement.ValueKind != JsonValueKind.Null)
            {
                if (paramsElement.ValueKind != JsonValueKind.Object)
                {
                    return Invalid(id, WebSocketFrameProblem.InvalidJson);
                }

                foreach (var property in paramsElement.EnumerateObject())
                {
                    parameters.Add((property.Name, Text(property.Value)));
                }
            }

            return new WebSocketRequestFrame(id, method, parameters, null);
        }
    }

    private static WebSocketRequestFrame Invalid(string id, WebSocketFrameProblem problem) => new(id, null, [], problem);

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        _ => Compact(value),
    };

    private static string Compact(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
