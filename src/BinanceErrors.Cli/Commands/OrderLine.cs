using System.Text.Json;

namespace BinanceErrors.Cli.Commands;

/// <summary>One <c>validate --jsonl</c> line: a JSON object whose values are Binance's parameter strings (numbers taken as written).</summary>
internal static class OrderLine
{
    /// <summary>The line's fields in order, nulls left out; anything but an object of strings and numbers is a usage error.</summary>
    public static List<KeyValuePair<string, string>> Fields(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            throw new CliUsageException("empty line; expected an order object such as {\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",…}");
        }

        using var document = JsonDocument.Parse(line);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new CliUsageException("expected a JSON object");
        }

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new CliUsageException($"'{property.Name}' must be a string, not {property.Value.ValueKind}"),
            };
            if (value is not null)
            {
                fields.Add(new(property.Name, value));
            }
        }

        return fields;
    }
}
