namespace BinanceErrors.Cli.Commands;

/// <summary>What a demo run intends: kept in the journal so <c>--resume</c> continues the same run with the same client order ids.</summary>
/// <param name="RunId">The run id in every client order id (<c>demo-{runId}-{n}</c>).</param>
/// <param name="Orders">How many orders the run intends.</param>
/// <param name="OrderType">LIMIT or MARKET.</param>
/// <param name="Chaos">Whether random faults are injected.</param>
/// <param name="Seed">The seed of the chaos faults.</param>
/// <param name="Venue"><c>spot</c> or <c>usdm</c>: a run is continued only on the venue it was placed on.</param>
internal sealed record DemoPlan(string RunId, int Orders, string OrderType, bool Chaos, int Seed, string Venue = "spot");
