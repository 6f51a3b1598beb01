namespace BinanceErrors.Cli.Commands;

/// <summary>Which faults <c>demo</c> injects (<c>--faults</c>).</summary>
internal enum DemoFaults
{
    /// <summary>No faults: a baseline run through the same pipeline.</summary>
    None,

    /// <summary>The script: one fault kind before each order, in a fixed cycle (the default).</summary>
    Script,

    /// <summary>Random faults of every kind at a few percent each, 418 bans included, seeded by <c>--seed</c>.</summary>
    Chaos,
}
