using System.Globalization;

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

    /// <summary>
    /// The query that looks up an order placed or cancelled through this endpoint: an order list at
    /// <c>GET /api/v3/orderList</c> (<see cref="OrderListQuery"/>); any other order at <see cref="Path"/> (the venue's
    /// order path when <see langword="null"/>) by its client id, or by the exchange's id when it has none.
    /// </summary>
    /// <param name="venue">The venue, for its order path.</param>
    /// <param name="isList">Whether the request placed or cancelled an order list.</param>
    /// <param name="symbol">The order's symbol (required when the query takes it).</param>
    /// <param name="clientId">The client id, or <see langword="null"/>.</param>
    /// <param name="orderId">The exchange's id, used when there is no client id.</param>
    /// <returns>The path and the escaped query, without '?'.</returns>
    public (string Path, string Query) Request(BinanceVenue venue, bool isList, string? symbol, string? clientId, long? orderId)
    {
        if (isList)
        {
            return (OrderListQuery.Path, OrderListQuery.Query(clientId, orderId));
        }

        var query = (WithSymbol ? "symbol=" + Uri.EscapeDataString(symbol!) + "&" : string.Empty) + (clientId is not null
            ? LookupClientIdParameter + "=" + Uri.EscapeDataString(clientId)
            : OrderIdParameter + "=" + orderId!.Value.ToString(CultureInfo.InvariantCulture));
        return (Path ?? EndpointTable.OrderPath(venue), query);
    }
}
