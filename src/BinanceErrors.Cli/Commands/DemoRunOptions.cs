namespace BinanceErrors.Cli.Commands;

/// <summary>The demo's order type and journal options, as given on the command line.</summary>
/// <param name="OrderType"><c>limit</c> or <c>market</c>.</param>
/// <param name="JournalPath">The <c>--journal</c> file, or <see langword="null"/> for a temporary one.</param>
/// <param name="Resume">Whether to continue the run recorded in the journal.</param>
internal sealed record DemoRunOptions(string OrderType, string? JournalPath, bool Resume);
