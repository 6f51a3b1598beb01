using BinanceErrors.Internal;

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
            result[i] = new TemplateArgument(template.ArgumentNames[i], CapturedArguments.Unquote(normalized[captures[i]]).ToString());
        }

        return result;
    }
}
