namespace BinanceErrors.Cli.Validation;

/// <summary>A market-context field that cannot be used: unknown to the venue, or a value of the wrong kind.</summary>
/// <param name="Field">The field's name, e.g. markPrice.</param>
/// <param name="Text">The value as given.</param>
/// <param name="Kind">What the field holds; null when the venue has no such field.</param>
/// <param name="Expected">What the value must be, in a tool's words; null when the venue has no such field.</param>
/// <param name="Venue">The venue whose rules were asked.</param>
internal sealed record ContextProblem(string Field, string Text, ContextValueKind? Kind, string? Expected, ValidationVenue Venue)
{
    /// <summary>The CLI's sentence, naming the input by <paramref name="label"/> (an option such as --mark-price, or a JSON field).</summary>
    public string Describe(string label) => Kind switch
    {
        ContextValueKind.Decimal => $"'{Text}' is not a decimal number ({label}).",
        ContextValueKind.Count => $"'{Text}' is not a whole number ({label}).",
        ContextValueKind.Boolean => $"'{Text}' is not \"true\" or \"false\" ({label}).",
        _ => $"{label} is not market context of {Venue.Name}. Valid context fields: {string.Join(", ", Venue.ContextFields)}.",
    };

    /// <summary>The MCP tool's sentence, naming the field of its <c>context</c> argument.</summary>
    public string DescribeForTool() => Kind is null
        ? $"Unknown context '{Field}' for {Venue.Name}. Valid context fields: {string.Join(", ", Venue.ContextFields)}."
        : $"Context '{Field}' must be {Expected}.";
}
