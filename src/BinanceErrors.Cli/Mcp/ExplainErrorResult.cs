using BinanceErrors.Cli.Output;

namespace BinanceErrors.Cli.Mcp;

/// <summary>The answer of <c>explain_error</c>.</summary>
/// <param name="Code">The code asked about.</param>
/// <param name="DiffersAcrossVenues">Whether the venues define it differently (e.g. -2021 on Spot vs. USDⓈ-M).</param>
/// <param name="Venues">The code object (as <c>explain --json</c> writes it) for the venue asked about, or one per venue when none was given.</param>
/// <param name="Match">With a message: its classification (as <c>parse --json</c> writes it) on the first venue listed.</param>
internal sealed record ExplainErrorResult(int Code, bool DiffersAcrossVenues, IReadOnlyList<CodeLookupOutput> Venues, ClassificationOutput? Match);
