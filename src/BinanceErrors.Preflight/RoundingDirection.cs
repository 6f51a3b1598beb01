namespace BinanceErrors.Preflight;

/// <summary>How a value is moved onto its tick or step grid.</summary>
public enum RoundingDirection
{
    /// <summary>The side that never costs more than intended: BUY prices down, SELL prices up, quantities down.</summary>
    SafeSide = 0,

    /// <summary>Towards zero.</summary>
    Down = 1,

    /// <summary>Away from zero.</summary>
    Up = 2,

    /// <summary>To the nearest grid point, halves away from zero.</summary>
    Nearest = 3,
}
