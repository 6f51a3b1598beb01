using System.Globalization;
using System.Net.Http.Headers;
using BinanceErrors.Http.Calls;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// One HTTP call through <see cref="BinanceResilienceHandler"/>: what was captured of the caller's request (method,
/// URI with the client order id it may have been given, body, content type, the request itself), how each attempt's
/// request is made from it, and how its order is looked up and journalled.
/// </summary>
internal sealed class HttpCall : ExchangeCall<HttpRequestMessage, HttpResponseMessage>
{
    private HttpCall(in RequestFacts facts, CallCore<HttpRequestMessage, HttpResponseMessage> core, HttpRequestMessage original, Uri uri, byte[]? body)
        : base(facts, core)
    {
        Original = original;
        Uri = uri;
        Body = body;
        ContentType = original.Content?.Headers.ContentType;
    }

    /// <summary>The caller's request: sent as it is on the first attempt, copied (headers, options, body) for a retry.</summary>
    public HttpRequestMessage Original { get; }

    /// <summary>The request's URI, unsigned, with the client order id the call added.</summary>
    public Uri Uri { get; private set; }

    /// <summary>The body as captured before the first attempt.</summary>
    public byte[]? Body { get; }

    public MediaTypeHeaderValue? ContentType { get; }

    /// <summary>Whether the original has been sent, so the next attempt needs a copy.</summary>
    public bool OriginalSent { get; private set; }

    /// <inheritdoc />
    public override long RecvWindowMs => JournalEntries.RecvWindowMs(Uri, BodyText, Core.Options.RecvWindow);

    private string BodyText => Body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(Body);

    /// <inheritdoc />
    public override string ParameterText => Body is null ? Uri.Query : Uri.Query + "&" + BodyText;

    /// <summary>
    /// Captures the caller's request before its first attempt. An order placement that carries no client order id gets
    /// one (<see cref="BinanceClientOptions.ClientOrderIdFactory"/>), so an unknown outcome can be looked up.
    /// </summary>
    /// <param name="request">The caller's request.</param>
    /// <param name="body">Its body, read once, or <see langword="null"/>.</param>
    /// <param name="resolver">Resolves the request's facts (unless a handler of ours resolved them already).</param>
    /// <param name="core">The client's core.</param>
    /// <returns>The call.</returns>
    public static HttpCall Capture(HttpRequestMessage request, byte[]? body, RequestResolver resolver, CallCore<HttpRequestMessage, HttpResponseMessage> core)
    {
        var uri = RequestEndpoint.UriOf(request);
        var facts = RequestEndpoint.TryGet(request, out var attached) ? attached.Facts : resolver.Facts(request);
        var call = new HttpCall(facts, core, request, uri, body);
        var endpoint = facts.Endpoint;
        if (!endpoint.PlacesOrder && !endpoint.CancelsOrder)
        {
            // Only orders are journalled and reconciled, and only they need the symbol and the ids.
            return call;
        }

        var bodyText = call.BodyText;
        call.Symbol = QueryText.Get(uri.Query, "symbol") ?? QueryText.Get(bodyText, "symbol");
        if (endpoint.PlacesOrder)
        {
            // Every order carries a client order id, so an unknown outcome can be looked up; an order list carries a
            // listClientOrderId instead (newClientOrderId is not one of its parameters).
            call.IsOrderList = OrderListQuery.IsPlacement(uri.AbsolutePath);
            var idName = call.IsOrderList ? "listClientOrderId" : endpoint.Reconciliation.ClientIdParameter;
            call.ClientOrderId = QueryText.Get(uri.Query, idName) ?? QueryText.Get(bodyText, idName);
            if (call.ClientOrderId is null)
            {
                call.ClientOrderId = core.Options.ClientOrderIdFactory();
                call.Uri = new UriBuilder(uri) { Query = QueryText.Append(QueryText.Without(uri.Query), idName, Uri.EscapeDataString(call.ClientOrderId)) }.Uri;
                request.RequestUri = call.Uri;
            }
        }
        else
        {
            // A list is cancelled by listClientOrderId or orderListId, and confirmed at GET /api/v3/orderList.
            var lookup = endpoint.Reconciliation;
            call.IsOrderList = OrderListQuery.IsCancel(request.Method, uri.AbsolutePath);
            var (clientIdName, idName) = call.IsOrderList ? ("listClientOrderId", "orderListId") : (lookup.LookupClientIdParameter, lookup.OrderIdParameter);
            call.ClientOrderId = QueryText.Get(uri.Query, clientIdName) ?? QueryText.Get(bodyText, clientIdName);
            call.OrderId = long.TryParse(QueryText.Get(uri.Query, idName) ?? QueryText.Get(bodyText, idName), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }

        return call;
    }

    /// <inheritdoc />
    public override Outgoing<HttpRequestMessage> LookUp()
    {
        var (path, query) = Endpoint.Reconciliation.Request(Core.Options.Venue, IsOrderList, Symbol, ClientOrderId, OrderId);
        return HttpTransport.Get(this, path, query);
    }

    /// <inheritdoc />
    public override BinanceOrderIntent Intent(DateTimeOffset now) =>
        JournalEntries.Intent(Core.Options.Venue, Original.Method, Uri, Body, ClientOrderId!, Symbol!, RecvWindowMs, now);

    /// <inheritdoc />
    public override HttpResponseMessage Settled(HttpResponseMessage response, string result, bool reconciled)
    {
        if (reconciled)
        {
            response.Headers.TryAddWithoutValidation(BinanceResilienceHandler.ReconciledHeader, result);
        }

        response.RequestMessage = Original;
        return response;
    }

    /// <summary>
    /// Sends the caller's request itself on the first attempt; a retry or a resend gets a copy built from what was
    /// captured, because the first attempt's request was signed (and may have been consumed) on its way out.
    /// </summary>
    protected override HttpRequestMessage NextAttempt()
    {
        if (!OriginalSent)
        {
            OriginalSent = true;
            return Original;
        }

        // The original's headers and options: the sign step replaces its key header and signature on every attempt;
        // neither the last answer's classification nor the last attempt's state comes along.
        var request = new HttpRequestMessage(Original.Method, Uri);
        foreach (var header in Original.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in Original.Options)
        {
            if (option.Key is not (ResponseClassification.KeyName or RequestEndpoint.KeyName))
            {
                ((IDictionary<string, object?>)request.Options)[option.Key] = option.Value;
            }
        }

        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = ContentType;
        }

        return request;
    }
}
