using System.Globalization;
using BinanceErrors.Http;
using BinanceErrors.Http.Calls;
using BinanceErrors.Http.Internal;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>
/// One WebSocket API call through the per-call host: the caller's method and parameters (with the client order id the
/// call added to an order that had none), each attempt's fresh request, the <c>order.status</c> (or
/// <c>orderList.status</c>) look-up by client id that settles an unknown outcome, and the journalled intent, written as
/// its REST twin so that <see cref="BinanceOrderRecovery"/> recovers WebSocket orders as it recovers REST ones.
/// </summary>
internal sealed class WebSocketCall : ExchangeCall<WebSocketRequest, WebSocketAnswer>
{
    private readonly WebSocketTransport _transport;
    private readonly OrderUpdateCache? _updates;
    private bool _firstSent;

    private WebSocketCall(in RequestFacts facts, CallCore<WebSocketRequest, WebSocketAnswer> core, WebSocketTransport transport, WebSocketRequest request, OrderUpdateCache? updates)
        : base(facts, core)
    {
        _transport = transport;
        _updates = updates;
        Request = request;
    }

    /// <summary>The caller's request (unsigned parameters).</summary>
    public WebSocketRequest Request { get; }

    /// <inheritdoc />
    public override long RecvWindowMs =>
        long.TryParse(Request.Get("recvWindow"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : (long)Core.Options.RecvWindow.TotalMilliseconds;

    /// <inheritdoc />
    public override string ParameterText => WebSocketMethods.QueryOf(Request.Parameters, escape: false);

    /// <summary>
    /// Prepares a call. An order placement without a client id gets one (<see cref="BinanceClientOptions.ClientOrderIdFactory"/>)
    /// so an unknown outcome can be looked up; a cancel is looked up by the ids it names.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="parameters">The caller's parameters.</param>
    /// <param name="core">The client's core.</param>
    /// <param name="transport">The transport (for look-ups).</param>
    /// <param name="authority">Where limits and the clock are kept.</param>
    /// <param name="address">The connection's address.</param>
    /// <param name="updates">The orders the user-data stream reported, asked first when an outcome is unknown.</param>
    /// <returns>The call.</returns>
    public static WebSocketCall Create(string method, IEnumerable<KeyValuePair<string, string>> parameters, CallCore<WebSocketRequest, WebSocketAnswer> core, WebSocketTransport transport, string authority, Uri address, OrderUpdateCache? updates = null)
    {
        // One copy of the caller's parameters, sized for the client order id a placement may add.
        var list = parameters.TryGetNonEnumeratedCount(out var count) ? new List<KeyValuePair<string, string>>(count + 1) : [];
        foreach (var (name, value) in parameters)
        {
            ArgumentException.ThrowIfNullOrEmpty(name, nameof(parameters));
            ArgumentNullException.ThrowIfNull(value, nameof(parameters));
            list.Add(new(name, value));
        }

        var facts = WebSocketMethods.Facts(core.Options.Venue, method, list, authority, address);
        var request = new WebSocketRequest(method, list);
        var call = new WebSocketCall(facts, core, transport, request, updates);
        var endpoint = facts.Endpoint;
        if (!endpoint.PlacesOrder && !endpoint.CancelsOrder)
        {
            return call;
        }

        call.Symbol = request.Get("symbol");
        call.IsOrderList = method.StartsWith("orderList.", StringComparison.Ordinal);
        if (endpoint.PlacesOrder)
        {
            var idName = call.IsOrderList ? "listClientOrderId" : endpoint.Reconciliation.ClientIdParameter;
            call.ClientOrderId = request.Get(idName);
            if (call.ClientOrderId is null)
            {
                call.ClientOrderId = core.Options.ClientOrderIdFactory();
                list.Add(new(idName, call.ClientOrderId));
            }
        }
        else
        {
            var lookup = endpoint.Reconciliation;
            var (clientIdName, idName) = call.IsOrderList ? ("listClientOrderId", "orderListId") : (lookup.LookupClientIdParameter, lookup.OrderIdParameter);
            call.ClientOrderId = request.Get(clientIdName);
            call.OrderId = long.TryParse(request.Get(idName), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }

        return call;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A placement is settled by any update of its client id (the order exists, whatever became of it); a cancel by
    /// an update that ended the order it names. Order lists are left to <c>orderList.status</c>.
    /// </remarks>
    public override WebSocketAnswer? KnownOutcome()
    {
        if (_updates is null || ClientOrderId is not { } id || IsOrderList || !_updates.TryGet(id, out var update))
        {
            return null;
        }

        var settles = Endpoint.PlacesOrder
            ? update.ClientOrderId == id
            : update.OriginalClientOrderId == id && update.Status == "CANCELED";
        return settles ? new WebSocketAnswer(200, OrderUpdateCache.AsOrderStatusFrame(update)) : null;
    }

    /// <inheritdoc />
    public override Outgoing<WebSocketRequest> LookUp()
    {
        List<KeyValuePair<string, string>> parameters = [];
        if (IsOrderList)
        {
            parameters.Add(ClientOrderId is not null ? new("origClientOrderId", ClientOrderId) : new("orderListId", WebSocketFrames.Text(OrderId!.Value)));
            return _transport.Own("orderList.status", parameters, this);
        }

        parameters.Add(new("symbol", Symbol!));
        parameters.Add(ClientOrderId is not null ? new("origClientOrderId", ClientOrderId) : new("orderId", WebSocketFrames.Text(OrderId!.Value)));
        return _transport.Own("order.status", parameters, this);
    }

    /// <inheritdoc />
    public override BinanceOrderIntent Intent(DateTimeOffset now)
    {
        WebSocketMethods.TryRestTwin(Core.Options.Venue, Request.Method, out var twin);
        var uri = new Uri("https://" + Authority + twin.Path + "?" + WebSocketMethods.QueryOf(Request.Parameters, escape: true));
        return JournalEntries.Intent(Core.Options.Venue, twin.Method, uri, null, ClientOrderId!, Symbol!, RecvWindowMs, now);
    }

    /// <inheritdoc />
    public override WebSocketAnswer Settled(WebSocketAnswer response, string result, bool reconciled)
    {
        if (reconciled)
        {
            response.Reconciled = result;
        }

        return response;
    }

    /// <inheritdoc />
    protected override WebSocketRequest NextAttempt()
    {
        if (!_firstSent)
        {
            _firstSent = true;
            return Request;
        }

        return new WebSocketRequest(Request.Method, Request.Parameters) { Connection = Request.Connection, FullSignature = Request.FullSignature };
    }
}
