using System.Text.Json;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>A request the fixture received: its id, method, parameters, and the connection it came on.</summary>
internal sealed record FixtureRequest(string Id, string Method, IReadOnlyDictionary<string, string> Params, FixtureConnection Connection)
{
    public string? Get(string name) => Params.TryGetValue(name, out var value) ? value : null;

    public static FixtureRequest Parse(string text, FixtureConnection connection)
    {
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("params", out var p))
        {
            foreach (var property in p.EnumerateObject())
            {
                parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return new FixtureRequest(root.GetProperty("id").GetString()!, root.GetProperty("method").GetString()!, parameters, connection);
    }
}
