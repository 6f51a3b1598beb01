namespace BinanceErrors;

/// <summary>A section of a venue's error list, such as <c>10xx</c> "General Server or Network issues".</summary>
/// <param name="Id">The short id used for filtering: <c>10xx</c>, <c>11xx</c>, <c>20xx</c>, <c>40xx</c>, <c>50xx</c> or <c>cancelReplace</c>.</param>
/// <param name="Title">The section's title on the venue's error page.</param>
public sealed record ErrorCategory(string Id, string Title);
