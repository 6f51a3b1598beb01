namespace BinanceErrors.Cli.Mcp;

/// <summary>The answer of <c>recovery_plan</c>.</summary>
/// <param name="Situation">The situation's id, e.g. post-timeout.</param>
/// <param name="Title">The situation in words.</param>
/// <param name="Codes">The codes and statuses involved.</param>
/// <param name="Steps">What to do, in order.</param>
/// <param name="DoNot">What not to do.</param>
/// <param name="Toolkit">How BinanceErrors does it for you.</param>
internal sealed record RecoveryPlanResult(string Situation, string Title, IReadOnlyList<string> Codes, IReadOnlyList<string> Steps, IReadOnlyList<string> DoNot, string Toolkit);
