using System.Net;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// A request's parameters, from the query string and a form body (REST) or a WebSocket API request's <c>params</c>,
/// kept with the text that was signed. A name in both places takes the query string's value, as on the exchange; a
/// name twice in one place is a duplicate.
/// </summary>
internal sealed class RequestParameters
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private readonly string _signaturePayload;

    private RequestParameters(List<(string Name, string Value)> fromQuery, List<(string Name, string Value)> fromBody, string signaturePayload)
    {
        _signaturePayload = signaturePayload;
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

    /// <summary>A name sent twice in the query string or twice in the body.</summary>
    public string? Duplicate { get; }

    public IReadOnlyList<string> Names { get; }

    public int Count => _values.Count;

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => _values.ContainsKey(name);

    public IEnumerable<KeyValuePair<string, string>> All => _values;

    public static RequestParameters Create(string query, string body)
    {
        query = query.TrimStart('?');
        return new(Read(query), Read(body), WithoutSignature(query) + WithoutSignature(body));
    }

    /// <summary>
    /// A WebSocket API request's <c>params</c>, in the order sent. The signed payload is every parameter but
    /// <c>signature</c>, sorted by name, <c>name=value</c> joined by <c>&amp;</c>, not percent-encoded.
    /// </summary>
    public static RequestParameters FromWebSocket(IReadOnlyList<(string Name, string Value)> parameters)
    {
        var payload = string.Join('&', parameters.Where(p => p.Name != "signature").OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value));
        return new RequestParameters([.. parameters], [], payload);
    }

    /// <summary>
    /// The signed payload. REST: query string then body, no separator, without the signature pair itself, as sent
    /// (percent-encoded). WebSocket API: the sorted parameters.
    /// </summary>
    public string SignaturePayload() => _signaturePayload;

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
