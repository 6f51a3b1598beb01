namespace BinanceErrors.Cli.Commands;

/// <summary>Reads <c>--faults none|script|chaos</c> together with its older synonym <c>--chaos</c>.</summary>
internal static class DemoFaultsOption
{
    /// <summary>The faults asked for; a contradiction (<c>--chaos --faults none</c>) is refused with a sentence.</summary>
    public static DemoFaults Resolve(string? faults, bool chaos)
    {
        DemoFaults? named = faults?.ToUpperInvariant() switch
        {
            null => null,
            "NONE" => DemoFaults.None,
            "SCRIPT" => DemoFaults.Script,
            "CHAOS" => DemoFaults.Chaos,
            _ => throw new CliUsageException($"'{faults}' is not a fault mode. Use none, script or chaos."),
        };

        if (chaos && named is { } mode && mode != DemoFaults.Chaos)
        {
            throw new CliUsageException($"--chaos and --faults {faults} contradict each other: --chaos means --faults chaos. Pass only one of them.");
        }

        return chaos ? DemoFaults.Chaos : named ?? DemoFaults.Script;
    }
}
