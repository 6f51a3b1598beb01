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

    /// <summary>USDⓈ-M <c>klines</c>: the weight grows with <c>limit</c>.</summary>
    FuturesKlinesLimit = 3,

    /// <summary>Spot <c>myTrades</c>: cheaper with <c>orderId</c>.</summary>
    SpotMyTradesOrderId = 4,

    /// <summary>Spot <c>order/test</c>: dearer with <c>computeCommissionRates=true</c>.</summary>
    SpotTestOrderCommission = 5,

    /// <summary>Spot <c>executionRules</c>: 2 per symbol in <c>symbols</c>, at most 40.</summary>
    SpotExecutionRulesSymbols = 6,
}
