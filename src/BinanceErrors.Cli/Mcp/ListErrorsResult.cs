namespace BinanceErrors.Cli.Mcp;

/// <summary>The answer of <c>list_errors</c>.</summary>
/// <param name="Venue">The venue.</param>
/// <param name="Category">The category asked for; null for all.</param>
/// <param name="Categories">Every category the venue has, for a follow-up call.</param>
/// <param name="Count">How many codes follow.</param>
/// <param name="Codes">The codes, in catalog order.</param>
internal sealed record ListErrorsResult(string Venue, string? Category, IReadOnlyList<string> Categories, int Count, IReadOnlyList<ListErrorsResult.Entry> Codes)
{
    /// <summary>One code in the list.</summary>
    /// <param name="Code">The code.</param>
    /// <param name="Name">Its NAME.</param>
    /// <param name="Category">Its section.</param>
    /// <param name="Kind">The classifier's kind.</param>
    /// <param name="Retired">Whether the exchange no longer documents or sends it.</param>
    /// <param name="Meaning">What it means.</param>
    internal sealed record Entry(int Code, string Name, string Category, string Kind, bool Retired, string Meaning);
}
