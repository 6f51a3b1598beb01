namespace BinanceErrors.Preflight.Numbers;

/// <summary>Which rule of a PRICE_FILTER or LOT_SIZE grid a value breaks first.</summary>
internal enum GridCheck
{
    /// <summary>Within the bounds and on the grid.</summary>
    Ok = 0,

    /// <summary>Below the minimum.</summary>
    BelowMin,

    /// <summary>Above the maximum.</summary>
    AboveMax,

    /// <summary>Between grid points.</summary>
    OffGrid,
}
