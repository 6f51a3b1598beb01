using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>The routes one order's faults are injected on.</summary>
/// <param name="Place">Where the order is placed.</param>
/// <param name="Cancel">Where it is cancelled.</param>
/// <param name="LookUp">Where an unknown outcome is looked up.</param>
/// <param name="Poll">The read a scripted ban is tripped by.</param>
internal readonly record struct DemoTargets(DemoRoute Place, DemoRoute Cancel, DemoRoute LookUp, DemoRoute Poll)
{
    /// <summary>A rule matching <paramref name="route"/>; the caller adds what it does with <c>with</c>.</summary>
    public static FaultRule On(DemoRoute route) => new() { Method = route.Method, Path = route.Path };
}
