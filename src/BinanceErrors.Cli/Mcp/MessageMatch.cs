namespace BinanceErrors.Cli.Mcp;

/// <summary>How a received message matched the catalog.</summary>
/// <param name="Venue">The venue whose templates were tried.</param>
/// <param name="Message">The message, with anything secret-looking masked.</param>
/// <param name="Template">The exact template it matches; null when none does.</param>
/// <param name="Reason">The typed matching-engine reason, e.g. InsufficientBalance.</param>
/// <param name="Filter">The filter named by a "Filter failure: X" message.</param>
/// <param name="Arguments">The values the template's placeholders took.</param>
/// <param name="Kind">The classifier's kind.</param>
/// <param name="Action">The classifier's recovery action.</param>
internal sealed record MessageMatch(
    string Venue,
    string Message,
    string? Template,
    string? Reason,
    string? Filter,
    IReadOnlyDictionary<string, string> Arguments,
    string Kind,
    string Action)
{
    public static MessageMatch From(BinanceError error) => new(
        CliArguments.VenueName(error.Venue),
        SecretMask.Apply(error.Message),
        error.Template?.Text,
        error.Reason?.ToString(),
        error.Filter?.ToWireName(),
        error.Arguments.ToDictionary(a => a.Name, a => SecretMask.Apply(a.Value)),
        error.Kind.ToString(),
        error.Advice.Action.ToString());
}
