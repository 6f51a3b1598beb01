namespace BinanceErrors;

/// <summary>The unit of a rate-limit window.</summary>
public enum BinanceRateLimitInterval
{
    /// <summary><c>SECOND</c> (header letter S).</summary>
    Second = 0,

    /// <summary><c>MINUTE</c> (header letter M).</summary>
    Minute = 1,

    /// <summary><c>HOUR</c> (header letter H).</summary>
    Hour = 2,

    /// <summary><c>DAY</c> (header letter D).</summary>
    Day = 3,
}
