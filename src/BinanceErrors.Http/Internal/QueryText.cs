namespace BinanceErrors.Http.Internal;

/// <summary>Edits raw query strings without re-encoding what is already there, so the signed text is what is sent.</summary>
internal static class QueryText
{
    public static string? Get(string query, string name)
    {
        foreach (var pair in Pairs(query))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    public static string Without(string query, params string[] names) =>
        string.Join('&', Pairs(query).Where(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            return !names.Contains(name);
        }));

    public static string Append(string query, string name, string value) =>
        (query.Length == 0 ? string.Empty : query + "&") + name + "=" + value;

    public static IEnumerable<string> Pairs(string query) => query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
}
