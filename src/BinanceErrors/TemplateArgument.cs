namespace BinanceErrors;

/// <summary>A placeholder value taken from a received message, e.g. <c>limit = 6000</c>.</summary>
/// <param name="Name">The placeholder's name in the catalog (<c>limit</c>, <c>interval</c>, <c>parameter</c>, <c>bannedUntil</c>…).</param>
/// <param name="Value">The text that stood in the placeholder's place.</param>
public readonly record struct TemplateArgument(string Name, string Value)
{
    internal static IReadOnlyList<TemplateArgument> Create(MessageTemplate template, ReadOnlySpan<char> normalized, ReadOnlySpan<Range> captures)
    {
        var count = template.ArgumentNames.Count;
        if (count == 0)
        {
            return [];
        }

        var result = new TemplateArgument[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = new TemplateArgument(template.ArgumentNames[i], Unquote(normalized[captures[i]]).ToString());
        }

        return result;
    }

    // A few texts quote their placeholders and others do not; a value never carries the quotes.
    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1] : value;
    }
}
