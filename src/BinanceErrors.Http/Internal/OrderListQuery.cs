using System.Globalization;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// How an order list (OCO, OTO, OTOCO) is looked up after an unknown outcome: by <c>listClientOrderId</c> (or
/// <c>orderListId</c>) at <c>GET /api/v3/orderList</c>, which is the only query that sees lists. The single-order
/// query cannot prove a list absent.
/// </summary>
/// <remarks>
/// An unknown list is answered <c>{"code":-2018,"msg":"Order list does not exist."}</c>. No Spot documentation page lists
/// -2018 (binance-spot-api-docs#43 reports it from <c>GET api/v3/orderList</c>; the errors page never took it), so the
/// catalog does not define it and the classifier cannot call it "not found"; this is the one place that does, and only
/// for answers to the list query.
/// </remarks>
internal static class OrderListQuery
{
    public const string Path = "/api/v3/orderList";

    public const int DoesNotExistCode = -2018;

    /// <summary>Whether a placement path creates a list (identified by <c>listClientOrderId</c>).</summary>
    public static bool IsPlacement(string path) =>
        path.Contains("/orderList/", StringComparison.Ordinal) || path.EndsWith("/order/oco", StringComparison.Ordinal);

    /// <summary>Whether a request cancels a list (<c>DELETE /api/v3/orderList</c>).</summary>
    public static bool IsCancel(HttpMethod method, string path) => method == HttpMethod.Delete && path == Path;

    /// <summary>The look-up's query string: by client id when there is one, else by list id.</summary>
    public static string Query(string? listClientOrderId, long? orderListId) => listClientOrderId is not null
        ? "origClientOrderId=" + Uri.EscapeDataString(listClientOrderId)
        : "orderListId=" + orderListId!.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An answer of the list query as classified, with -2018 counted as "not found".</summary>
    public static BinanceError NotFoundAware(BinanceError error) =>
        error.Code == DoesNotExistCode ? error with { Kind = BinanceErrorKind.OrderNotFound } : error;
}
