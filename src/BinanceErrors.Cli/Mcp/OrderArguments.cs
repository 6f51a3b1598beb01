using System.Text.Json;

namespace BinanceErrors.Cli.Mcp;

/// <summary>Reads <c>validate_order</c>'s JSON arguments into Binance parameters, the way they would go on the wire.</summary>
internal static class OrderArguments
{
    /// <summary>The order's parameters as strings; a sentence saying what to fix when it cannot be read.</summary>
    public static string? Read(Dictionary<string, JsonElement>? order, out List<KeyValuePair<string, string>> parameters)
    {
        parameters = [];
        if (order is null || order.Count == 0)
        {
            return "'order' is empty. Pass the order's parameters, e.g. {\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":\"65000\",\"quantity\":\"0.001\"}.";
        }

        foreach (var (name, value) in order)
        {
            if (Text(value) is not { } text)
            {
                return $"Order parameter '{name}' must be a string or a number as it would be sent, not a {value.ValueKind.ToString().ToLowerInvariant()}.";
            }

            parameters.Add(new(name, text));
        }

        return null;
    }

    /// <summary>A scalar as it would be sent: strings as they are, numbers in their JSON spelling, booleans as true/false.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
