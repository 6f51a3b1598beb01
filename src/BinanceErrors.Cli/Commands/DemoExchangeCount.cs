namespace BinanceErrors.Cli.Commands;

/// <summary>
/// What the sandbox itself accepted for one demo run, counted from its own order records (not from what the client
/// believes): the demo's verdict on exactly-once delivery.
/// </summary>
/// <param name="ExactlyOnce">Intended orders the exchange holds exactly once.</param>
/// <param name="Duplicates">Client order ids the exchange holds more than once.</param>
/// <param name="Missing">Intended orders the exchange does not hold at all.</param>
internal readonly record struct DemoExchangeCount(int ExactlyOnce, int Duplicates, int Missing)
{
    /// <summary>How many times the run's fault rules fired on the sandbox (<c>serverShutdown</c> calls aside).</summary>
    public int FaultsInjected { get; init; }
}
