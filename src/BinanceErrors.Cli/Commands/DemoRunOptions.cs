namespace BinanceErrors.Cli.Commands;

/// <summary>The demo's order type and journal options, as given on the command line.</summary>
/// <param name="OrderType"><c>limit</c> or <c>market</c>.</param>
/// <param name="JournalPath">The <c>--journal</c> file, or <see langword="null"/> for a temporary one.</param>
/// <param name="Resume">Whether to continue the run recorded in the journal.</param>
internal sealed record DemoRunOptions(string OrderType, string? JournalPath, bool Resume)
{
    /// <summary>
    /// The options of the run's plan that were given on the command line (not defaults), e.g. <c>--orders</c>: a
    /// resumed run keeps its recorded plan, so one that differs from it is refused rather than ignored.
    /// </summary>
    public IReadOnlySet<string> PlanOptionsGiven { get; init; } = new HashSet<string>();
}
