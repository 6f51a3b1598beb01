namespace BinanceErrors.Cli.Commands;

/// <summary>How a demo run connects, which faults it injects, where its limits live and how it reports.</summary>
/// <param name="ApiKey">The sandbox API key.</param>
/// <param name="ApiSecret">The sandbox HMAC secret.</param>
/// <param name="Faults">Which faults are injected (from the plan on <c>--resume</c>).</param>
/// <param name="LimitStore"><c>memory</c>, <c>redis://HOST:PORT</c>, or <see langword="null"/> for memory.</param>
/// <param name="IpGroup">The egress IP group, or <see langword="null"/> for the host.</param>
/// <param name="FallbackShare">The share of each limit used while Redis is down.</param>
/// <param name="Resume">Whether the run continues one recorded in the journal.</param>
/// <param name="Json">Whether only the final JSON object is written.</param>
internal sealed record DemoSettings(string ApiKey, string ApiSecret, DemoFaults Faults, string? LimitStore, string? IpGroup, decimal FallbackShare, bool Resume, bool Json)
{
    /// <summary>The metrics endpoint's meter factory (<c>--metrics-port</c>): the run's meters outlive it, for the linger.</summary>
    public System.Diagnostics.Metrics.IMeterFactory? Meters { get; init; }

    /// <summary>How orders are sent (<c>--transport</c>).</summary>
    public DemoTransport Transport { get; init; }
}
