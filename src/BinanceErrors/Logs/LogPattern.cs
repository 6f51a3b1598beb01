namespace BinanceErrors.Logs;

/// <summary>A pattern in a log's errors, with what it means and what to do.</summary>
/// <param name="Kind">The pattern.</param>
/// <param name="Summary">One line, e.g. "418 after 3 × 429: you are polling".</param>
/// <param name="Advice">What to change, in a few sentences.</param>
/// <param name="Count">How many occurrences make the pattern (the 429s before the ban, the -1021s, the repeated rejections…).</param>
/// <param name="FirstLine">The first line (1-based) of the pattern.</param>
/// <param name="LastLine">The last line of the pattern.</param>
public sealed record LogPattern(LogPatternKind Kind, string Summary, string Advice, long Count, long FirstLine, long LastLine);
