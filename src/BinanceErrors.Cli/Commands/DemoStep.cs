using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>One scripted fault: its name for the table, and what is done before the order is placed.</summary>
/// <param name="Name">The fault, in words.</param>
/// <param name="Rules">The fault rules added to the sandbox, for the order's routes.</param>
/// <param name="ClockShiftMs">How far the server clock is moved first (0: not moved).</param>
/// <param name="Ban">Whether a read (<see cref="DemoTargets.Poll"/>) is sent first, as a polling loop would, to trip a ban rule.</param>
/// <param name="ServerShutdown">Whether the sandbox sends <c>serverShutdown</c> to every WebSocket connection first.</param>
internal sealed record DemoStep(string Name, Func<DemoTargets, FaultRule[]> Rules, long ClockShiftMs = 0, bool Ban = false, bool ServerShutdown = false)
{
    /// <summary>The step of a chaos run: the faults are the chaos rules set up at the start.</summary>
    public static DemoStep Chaos { get; } = new("random (chaos)", _ => []);
}
