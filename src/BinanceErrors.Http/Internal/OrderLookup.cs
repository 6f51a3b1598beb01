namespace BinanceErrors.Http.Internal;

/// <summary>
/// How an order placed or cancelled through an endpoint is looked up after an unknown outcome: which id parameter
/// the request carries, and which query answers for it. Orders use <c>newClientOrderId</c> and
/// <c>GET …/order?symbol=…&amp;origClientOrderId=…</c>; USDⓈ-M algo orders use <c>clientAlgoId</c> on both sides.
/// </summary>
/// <param name="Path">The query path, e.g. <c>/fapi/v1/algoOrder</c>; <see langword="null"/> means the venue's order path.</param>
/// <param name="ClientIdParameter">The client id a new order carries, e.g. <c>newClientOrderId</c>.</param>
/// <param name="LookupClientIdParameter">The client id parameter of the query and of a cancel, e.g. <c>origClientOrderId</c>.</param>
/// <param name="OrderIdParameter">The exchange id parameter of the query and of a cancel, e.g. <c>orderId</c>.</param>
/// <param name="WithSymbol">Whether the query takes <c>symbol</c>.</param>
internal sealed record OrderLookup(string? Path, string ClientIdParameter, string LookupClientIdParameter, string OrderIdParameter, bool WithSymbol)
{
    /// <summary>Spot and futures orders.</summary>
    public static OrderLookup Orders { get; } = new(null, "newClientOrderId", "origClientOrderId", "orderId", WithSymbol: true);

    /// <summary>USDⓈ-M algo (conditional) orders on the Algo Service.</summary>
    public static OrderLookup AlgoOrders { get; } = new("/fapi/v1/algoOrder", "clientAlgoId", "clientAlgoId", "algoId", WithSymbol: false);
}
