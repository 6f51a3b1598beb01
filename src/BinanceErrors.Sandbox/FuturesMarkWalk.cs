namespace BinanceErrors.Sandbox;

/// <summary>
/// A seeded random walk of the mark price: every <see cref="IntervalMs"/> each symbol's mark price moves up, down or
/// not at all by <see cref="Step"/> (a fraction). Same seed, same path.
/// </summary>
/// <param name="Seed">The random seed.</param>
/// <param name="Step">The move per step as a fraction, e.g. 0.0005 for 0.05 %.</param>
/// <param name="IntervalMs">Milliseconds between steps.</param>
public sealed record FuturesMarkWalk(int Seed, decimal Step = 0.0005m, long IntervalMs = 1000);
