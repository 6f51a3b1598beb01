namespace BinanceErrors.Preflight.Futures;

/// <summary>A futures order's position side: <see cref="Both"/> in One-way Mode, <see cref="Long"/> or <see cref="Short"/> in Hedge Mode.</summary>
public enum PositionSide
{
    /// <summary><c>BOTH</c>: One-way Mode (the default when not sent).</summary>
    Both = 0,

    /// <summary><c>LONG</c>: the long leg in Hedge Mode.</summary>
    Long = 1,

    /// <summary><c>SHORT</c>: the short leg in Hedge Mode.</summary>
    Short = 2,
}
