namespace BinanceErrors.Internal;

/// <summary>How an endpoint's weight depends on a parameter other than <c>symbol</c>.</summary>
internal enum WeightRule
{
    /// <summary>The weight does not depend on such a parameter.</summary>
    Fixed = 0,

    /// <summary>Spot <c>depth</c>: the weight grows with <c>limit</c>.</summary>
    SpotDepthLimit = 1,

    /// <summary>USDⓈ-M <c>depth</c>: the weight grows with <c>limit</c>.</summary>
    FuturesDepthLimit = 2,
}
