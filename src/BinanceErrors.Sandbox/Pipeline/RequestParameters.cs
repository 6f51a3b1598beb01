using System.Net;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// A request's parameters from the query string and a form body, kept with the raw text that was signed. A name in
/// both places takes the query string's value, as on the exchange; a name twice in one place is a duplicate.
/// </summary>
internal sealed class RequestParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private RequestParameters(string query, string body)
    {
        RawQuery = query;
        RawBody = body;
        var fromQuery = Read(query);
        var fromBody = Read(body);
        Duplicate = FirstDuplicate(fromQuery) ?? FirstDuplicate(fromBody);
        foreach (var (name, value) in fromBody)
        {
            _values[name] = value;
        }

        foreach (var (name, value) in fromQuery)
        {
            _values[name] = value;
        }

        Names = [.. fromQuery.Select(p => p.Name).Concat(fromBody.Select(p => p.Name)).Distinct(StringComparer.Ordinal)];
    }

    public string RawQuery { get; }

    public string RawBody { get; }

    /// <summary>A name sent twice in the query string or twice in the body.</summary>
    public string? Duplicate { get; }

    public IReadOnlyList<string> Names { get; }

    public int Count => _values.Count;

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => _values.ContainsKey(name);

    public IEnumerable<KeyValuePair<string, string>> All => _values;

    public static RequestParameters Create(string query, string body) => new(query.TrimStart('?'), body);

    /// <summary>The signed payload: query string then body, no separator, without the signature pair itself.</summary>
    public string SignaturePayload() => WithoutSignature(RawQuery) + WithoutSignature(RawBody);

    private static string WithoutSignature(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var pairs = text.Split('&');
        return string.Join('&', pairs.Where(p => !p.StartsWith("signature=", StringComparison.Ordinal) && p != "signature"));
    }

    private static List<(string Name, string Value)> Read(string text)
    {
        var result = new List<(string, string)>();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            result.Add((WebUtility.UrlDecode(name), WebUtility.UrlDecode(value)));
        }

        return result;
    }

    private static string? FirstDuplicate(List<(string Name, string Value)> pairs) =>
        pairs.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
}
