using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// One venue's API over its engine: the endpoints it serves (REST routes and WebSocket API methods to the same
/// operations) and the few ways its gateway words or orders the shared checks. The <see cref="SandboxPipeline"/>
/// runs every request through authorisation, limits and faults before an operation of this table.
/// </summary>
internal abstract class VenueApi
{
    private readonly Dictionary<(string Method, string Path), Endpoint> _endpoints = [];
    private readonly bool _freeSuccessfulOrders;

    /// <summary>Creates the table.</summary>
    /// <param name="messages">The venue's catalog texts.</param>
    /// <param name="limits">The shared limit windows (order counts are per account).</param>
    /// <param name="freeSuccessfulOrders">Whether endpoints the shared table marks free on success give their weight back.</param>
    protected VenueApi(CatalogMessages messages, LimitTracker limits, bool freeSuccessfulOrders)
    {
        Messages = messages;
        Limits = limits;
        _freeSuccessfulOrders = freeSuccessfulOrders;
    }

    /// <summary>The request-weight, raw-request and order-count windows of the venue's exchangeInfo.</summary>
    public LimitTracker Limits { get; }

    /// <summary>The venue's error texts, from the catalog.</summary>
    public CatalogMessages Messages { get; }

    /// <summary>Every endpoint served.</summary>
    public IEnumerable<Endpoint> Endpoints => _endpoints.Values;

    /// <summary>
    /// Whether the gateway checks the timestamp when the request arrives (USDⓈ-M, which checks it again in the matching
    /// engine, -5028) rather than when it reaches the operation (Spot).
    /// </summary>
    public virtual bool ChecksTimestampOnArrival => false;

    /// <summary>Who receives each account's user data events.</summary>
    public UserDataStreams UserData { get; } = new();

    /// <summary>The venue's listenKeys (futures user data streams); <see langword="null"/> where user data has none (Spot since 2026-02-20).</summary>
    public virtual ListenKeys? ListenKeys => null;

    /// <summary>Whether accounts subscribe to user data over the WebSocket API (Spot since 2026-02-20).</summary>
    public virtual bool UserDataSubscriptions => false;

    /// <summary>Where the venue's WebSocket API is served (<c>/ws-api/v3</c>); <see langword="null"/> when it has none.</summary>
    public virtual string? WebSocketPath => null;

    /// <summary>The request weight of opening a WebSocket API connection (Spot 2).</summary>
    public virtual int WebSocketConnectWeight => 2;

    /// <summary>The request weight of the <c>session.*</c> methods (Spot 2).</summary>
    public virtual int WebSocketSessionWeight => 2;

    /// <summary>Finds the endpoint for a REST route or a WebSocket API method.</summary>
    public bool TryFind(string method, string path, [NotNullWhen(true)] out Endpoint? endpoint) =>
        _endpoints.TryGetValue((method, path), out endpoint);

    /// <summary>Whether any method is served at <paramref name="path"/> (405 rather than 404 for another method).</summary>
    public bool Serves(string path) => _endpoints.Keys.Any(k => k.Path == path);

    /// <summary>Every order the venue ever accepted, in acceptance order (the admin's <c>/sandbox/orders</c>).</summary>
    /// <param name="now">The server clock, epoch milliseconds (a futures engine first catches up its mark price walk).</param>
    public abstract IReadOnlyList<AcceptedOrder> AcceptedOrders(long now);

    /// <summary>Every order list the venue ever accepted, in acceptance order; none where the venue has no order lists.</summary>
    public virtual IReadOnlyList<AcceptedOrderList> AcceptedOrderLists() => [];

    /// <summary>The 429 message for a broken request-weight or raw-request limit.</summary>
    public abstract string RateLimitedMessage(BinanceRateLimit limit);

    /// <summary>The 418 message for an IP banned until <paramref name="untilMs"/>.</summary>
    public abstract string BannedMessage(long untilMs);

    /// <summary>The answer to a <c>recvWindow</c> above <paramref name="maximum"/>.</summary>
    public abstract SandboxRejection RecvWindowTooLarge(long maximum);

    /// <summary>-1015 for an account whose unfilled order count would break <paramref name="broken"/>; retry when its window ends.</summary>
    public SandboxRejection TooManyOrders(BinanceRateLimit broken, long now)
    {
        var message = Messages.Text(BinanceErrorCodes.TooManyOrders, broken.Limit.ToString(CultureInfo.InvariantCulture), broken.IntervalText);
        return new SandboxRejection(429, BinanceErrorCodes.TooManyOrders, message, retryAtMs: LimitTracker.WindowEnd(broken, now), decidedAtMs: now);
    }

    /// <summary>The account's unfilled order counts (<c>GET /api/v3/rateLimit/order</c>, <c>GET /fapi/v1/rateLimit/order</c>).</summary>
    protected OperationResult RateLimitOrder(OperationCall call)
    {
        var counts = Limits.OrderCounts(call.Account, call.Now).ToArray();
        return Json(json =>
        {
            json.WriteStartArray();
            foreach (var (limit, count) in counts)
            {
                RateLimitJson.Write(json, limit, count);
            }

            json.WriteEndArray();
        });
    }

    /// <summary>A 200 answer written by <paramref name="write"/>.</summary>
    protected static OperationResult Json(Action<Utf8JsonWriter> write) => OperationResult.Json(write);

    /// <summary>A 200 answer with an empty object.</summary>
    protected static OperationResult Empty() => OperationResult.Empty();

    /// <summary>
    /// Serves an operation at a REST route; its weight (and whether success is free) comes from the shared
    /// <see cref="BinanceEndpoints"/> table, so the sandbox charges exactly what the client estimates. An endpoint
    /// missing from it is a bug found at start-up.
    /// </summary>
    protected Endpoint Add(string method, string path, Func<OperationCall, OperationResult> handler, bool signed = false, bool trade = false, params string[] parameters)
    {
        if (!BinanceEndpoints.TryFind(method, path, out var documented))
        {
            throw new InvalidOperationException($"{method} {path} has no weight in BinanceEndpoints; add it there.");
        }

        var endpoint = new Endpoint(method, path, signed, trade, p => documented.WeightFor(name => p[name]), parameters, handler, documented.FreeOnSuccess && _freeSuccessfulOrders);
        _endpoints[(method, path)] = endpoint;
        return endpoint;
    }

    /// <summary>
    /// Serves a USER_STREAM operation at a REST route: the API key identifies the account, without a timestamp or a
    /// signature (the futures <c>listenKey</c> endpoints).
    /// </summary>
    protected Endpoint AddUserStream(string method, string path, Func<OperationCall, OperationResult> handler, params string[] parameters)
    {
        var endpoint = Add(method, path, handler, parameters: parameters) with { UserStream = true };
        Serve(endpoint);
        return endpoint;
    }

    /// <summary>
    /// Serves the operation at a REST route also as a WebSocket API method, with the same weight, signing and
    /// parameters (the exchange charges both transports alike).
    /// </summary>
    protected void AddWebSocket(string method, string restMethod, string restPath)
    {
        var rest = _endpoints[(restMethod, restPath)];
        Serve(rest with { Method = Endpoint.WebSocket, Path = method });
    }

    /// <summary>Serves an endpoint, e.g. a WebSocket API method the front owns (<c>session.logon</c>).</summary>
    public void Serve(Endpoint endpoint) => _endpoints[(endpoint.Method, endpoint.Path)] = endpoint;
}
