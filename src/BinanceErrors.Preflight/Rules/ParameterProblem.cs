namespace BinanceErrors.Preflight.Rules;

/// <summary>
/// What is wrong with one parameter, in words every venue shares; each venue answers each problem with its own code and
/// message (<c>Rejections.Of</c>, <c>FuturesRejections.Of</c>).
/// </summary>
internal enum ParameterProblem : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>A mandatory parameter (or both of a pair where one is needed) was not sent.</summary>
    NotSent,

    /// <summary>A mandatory parameter was sent empty (Spot answers as <see cref="NotSent"/>, futures as <see cref="Empty"/>).</summary>
    SentEmpty,

    /// <summary>An optional parameter was sent empty.</summary>
    Empty,

    /// <summary>The parameter is not taken by this order (<c>-1106</c> on every venue).</summary>
    NotRequired,

    /// <summary>The value is not a number of the exchange's pattern.</summary>
    Malformed,

    /// <summary>The value has more decimal places than the asset's precision.</summary>
    TooPrecise,

    /// <summary>The value is not one of the enumeration's names (side, type, time in force, position side).</summary>
    Invalid,
}
