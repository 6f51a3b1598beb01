using System.Globalization;
using System.Threading.Channels;
using BinanceErrors.Http;
using BinanceErrors.Http.Calls;
using BinanceErrors.WebSocket.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BinanceErrors.WebSocket;

/// <summary>
/// A client of the Binance WebSocket API (Spot <c>ws-api/v3</c>, USDⓈ-M <c>ws-fapi/v1</c>) with the guarantees of the
/// HTTP pipeline, because every call runs through the same per-call core: limits reserved before sending in the
/// registry and store REST uses (one limiter per IP across REST and WebSocket, orders per account) and corrected from
/// each answer's <c>rateLimits</c>; a 429 or 418 halts every connection and every REST client of that IP; -1021
/// resyncs the clock; reads are retried, and an order-changing request whose answer is lost (a drop, the attempt
/// timeout, 5XX, -1006, -1007) is settled by looking its client order id up, never by a blind resend; order intents are
/// journalled as their REST twins, so <see cref="BinanceOrderRecovery"/> recovers them after a crash.
/// </summary>
/// <remarks>
/// Requests are signed one by one (HMAC, RSA, Ed25519: parameters sorted by name, not percent-encoded), or the session is
/// logged on (<see cref="BinanceWebSocketOptions.SessionLogon"/>, Ed25519). The connection answers the server's pings,
/// is replaced before the exchange's 24-hour close and on <c>serverShutdown</c> without losing a request, and is reopened
/// with jittered backoff inside the connection admission limit. Typed calls throw the classified
/// <see cref="BinanceApiException"/> for an error answer; <see cref="SendAsync"/> returns every answer.
/// </remarks>
public sealed class BinanceWebSocketClient : IAsyncDisposable
{
    private readonly CallCore<WebSocketRequest, WebSocketAnswer> _core;
    private readonly CallHost<WebSocketRequest, WebSocketAnswer> _host;
    private readonly WebSocketTransport _transport;
    private readonly WebSocketResponseReader _reader;
    private readonly WebSocketSession _session;
    private readonly BinanceWebSocketOptions _webSocketOptions;
    private readonly string _authority;
    private readonly Channel<BinanceUserDataEvent> _userData = Channel.CreateUnbounded<BinanceUserDataEvent>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly OrderUpdateCache _updates = new();
    private readonly ILogger _logger;
    private readonly BinanceLimitRegistry _registry;
    private readonly SemaphoreSlim _listenKeyLock = new(1, 1);
    private volatile bool _subscribed;
    private WebSocketSession? _listenKeyStream;
    private ITimer? _listenKeyKeepAlive;

    /// <summary>Creates the client; it connects on the first request (or <see cref="ConnectAsync"/>).</summary>
    /// <param name="endpoint">The WebSocket API address (<c>wss://ws-api.binance.com:443/ws-api/v3</c>, <c>wss://ws-fapi.binance.com/ws-fapi/v1</c>, …).</param>
    /// <param name="options">The options shared with REST: venue, credentials, limits, retries, journal, clock.</param>
    /// <param name="webSocketOptions">How the connection is kept; the defaults when <see langword="null"/>.</param>
    /// <param name="registry">Where limits, clocks and metrics live: pass the one REST clients use to share them; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    /// <param name="loggerFactory">Where calls and connections are logged (never keys or signatures).</param>
    public BinanceWebSocketClient(Uri endpoint, BinanceClientOptions options, BinanceWebSocketOptions? webSocketOptions = null, BinanceLimitRegistry? registry = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        if (endpoint.Scheme is not ("ws" or "wss"))
        {
            throw new ArgumentException($"The WebSocket API address must be ws:// or wss:// (was {endpoint.Scheme}://).", nameof(endpoint));
        }

        var validation = new BinanceClientOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException("Invalid BinanceClientOptions: " + validation.FailureMessage, nameof(options));
        }

        webSocketOptions ??= new BinanceWebSocketOptions();
        webSocketOptions.Validate();
        if (webSocketOptions.SessionLogon && options.Credentials?.KeyType != ApiKeyType.Ed25519)
        {
            throw new ArgumentException("session.logon takes Ed25519 keys only; sign each request (SessionLogon = false) with an HMAC or RSA key.", nameof(webSocketOptions));
        }

        Endpoint = endpoint;
        _webSocketOptions = webSocketOptions;
        registry ??= BinanceLimitRegistry.Shared;
        _registry = registry;
        var factory = loggerFactory ?? NullLoggerFactory.Instance;
        var logger = factory.CreateLogger<BinanceWebSocketClient>();
        _logger = logger;
        _authority = WebSocketMethods.LimitAuthority(endpoint);
        _session = new WebSocketSession(endpoint, _authority, webSocketOptions, options, registry, logger)
        {
            Opened = OnOpenedAsync,
            Reconnected = OnReconnectedAsync,
            Event = OnEvent,
        };
        _transport = new WebSocketTransport(_session, options.Venue);
        _reader = new WebSocketResponseReader(options.Venue, options.TimeProvider);
        var signer = new WebSocketRequestSigner(options, registry, request => webSocketOptions.SessionLogon && (request.Connection ?? _session.Current)?.LoggedOn == true);
        _core = new CallCore<WebSocketRequest, WebSocketAnswer>(options, registry, logger, CallSteps.All, _transport, _reader, signer);
        _host = new CallHost<WebSocketRequest, WebSocketAnswer>(_core, logger);
    }

    /// <summary>The WebSocket API address.</summary>
    public Uri Endpoint { get; }

    /// <summary>The venue.</summary>
    public BinanceVenue Venue => _core.Options.Venue;

    /// <summary>How many connections this client has opened (replacements and reconnects included).</summary>
    public long ConnectionsOpened => _session.ConnectionsOpened;

    /// <summary>
    /// The user-data events once <see cref="SubscribeUserDataAsync"/> ran: order updates (with rejections classified and
    /// expiries reported as such), account and balance updates, and an <see cref="BinanceUserDataEvent.OpenOrdersSnapshot"/>
    /// after every reconnect. Across a connection replacement an event may come twice (both connections are subscribed
    /// for a moment): de-duplicate by order id and execution id.
    /// </summary>
    public ChannelReader<BinanceUserDataEvent> UserData => _userData.Reader;

    /// <summary>The connections (for tests).</summary>
    internal WebSocketSession Session => _session;

    /// <summary>Opens the connection (and logs the session on) now rather than on the first request.</summary>
    /// <param name="cancellationToken">Cancels waiting.</param>
    /// <returns>A task that completes when connected.</returns>
    public async Task ConnectAsync(CancellationToken cancellationToken = default) =>
        await _session.CurrentAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Calls any method and returns its answer, success or error (classified in <see cref="BinanceWebSocketResponse.Error"/>).
    /// Signing, limits, retries and reconciliation follow the method's REST twin.
    /// </summary>
    /// <param name="method">The method (<c>order.place</c>, <c>account.status</c>, …).</param>
    /// <param name="parameters">Its parameters, values as the API documents them (decimals as text).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="BinanceExecutionUnknownException">An order-changing request's answer was lost and the look-ups could not settle it.</exception>
    /// <exception cref="BinanceRateLimitException">Refused before sending: the IP is banned or halted.</exception>
    public Task<BinanceWebSocketResponse> SendAsync(string method, IEnumerable<KeyValuePair<string, string>>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        return CallAsync(method, parameters ?? [], throwOnError: false, cancellationToken);
    }

    /// <summary><c>order.place</c>: places an order; a client order id is added when none is given, so a lost answer can be settled.</summary>
    /// <param name="parameters">The order's parameters (<c>symbol</c>, <c>side</c>, <c>type</c>, …).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer (or the order found by a look-up after a lost answer).</returns>
    public Task<BinanceWebSocketResponse> PlaceOrderAsync(IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default) =>
        CallAsync("order.place", parameters, throwOnError: true, cancellationToken);

    /// <summary><c>order.test</c>: validates an order without placing it.</summary>
    /// <param name="parameters">The order's parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> TestOrderAsync(IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default) =>
        CallAsync("order.test", parameters, throwOnError: true, cancellationToken);

    /// <summary><c>order.status</c>: one order by client id or order id.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="clientOrderId">The order's client id (<c>origClientOrderId</c>).</param>
    /// <param name="orderId">The exchange's order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> GetOrderAsync(string symbol, string? clientOrderId = null, long? orderId = null, CancellationToken cancellationToken = default) =>
        CallAsync("order.status", OrderIds(symbol, "origClientOrderId", clientOrderId, "orderId", orderId), throwOnError: true, cancellationToken);

    /// <summary><c>order.cancel</c>: cancels one order by client id or order id.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="clientOrderId">The order's client id (<c>origClientOrderId</c>).</param>
    /// <param name="orderId">The exchange's order id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> CancelOrderAsync(string symbol, string? clientOrderId = null, long? orderId = null, CancellationToken cancellationToken = default) =>
        CallAsync("order.cancel", OrderIds(symbol, "origClientOrderId", clientOrderId, "orderId", orderId), throwOnError: true, cancellationToken);

    /// <summary><c>order.cancelReplace</c> (Spot): cancels an order and places a new one.</summary>
    /// <param name="parameters">The parameters (<c>cancelReplaceMode</c>, the order to cancel, the new order).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> CancelReplaceOrderAsync(IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default) =>
        CallAsync("order.cancelReplace", parameters, throwOnError: true, cancellationToken);

    /// <summary><c>order.modify</c> (USDⓈ-M): changes a LIMIT order's price or quantity.</summary>
    /// <param name="parameters">The parameters (<c>symbol</c>, <c>side</c>, the order's id, <c>quantity</c>, <c>price</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> ModifyOrderAsync(IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default) =>
        CallAsync("order.modify", parameters, throwOnError: true, cancellationToken);

    /// <summary><c>openOrders.status</c>: the open orders of a symbol, or of every symbol (weight 80 on Spot).</summary>
    /// <param name="symbol">The symbol, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer (an array).</returns>
    public Task<BinanceWebSocketResponse> GetOpenOrdersAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        CallAsync("openOrders.status", symbol is null ? [] : [new("symbol", symbol)], throwOnError: true, cancellationToken);

    /// <summary><c>openOrders.cancelAll</c> (Spot): cancels every open order of a symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(symbol);
        return CallAsync("openOrders.cancelAll", [new("symbol", symbol)], throwOnError: true, cancellationToken);
    }

    /// <summary><c>orderList.place.oco|oto|otoco</c> (Spot): places an order list; a <c>listClientOrderId</c> is added when none is given.</summary>
    /// <param name="type">The list type.</param>
    /// <param name="parameters">The list's parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> PlaceOrderListAsync(BinanceOrderListType type, IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken = default)
    {
        var method = type switch
        {
            BinanceOrderListType.Oco => "orderList.place.oco",
            BinanceOrderListType.Oto => "orderList.place.oto",
            BinanceOrderListType.Otoco => "orderList.place.otoco",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an order list type."),
        };
        return CallAsync(method, parameters, throwOnError: true, cancellationToken);
    }

    /// <summary><c>orderList.status</c> (Spot): one order list by its client id or id.</summary>
    /// <param name="listClientOrderId">The list's client id (<c>origClientOrderId</c>).</param>
    /// <param name="orderListId">The list's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> GetOrderListAsync(string? listClientOrderId = null, long? orderListId = null, CancellationToken cancellationToken = default) =>
        CallAsync("orderList.status", OrderIds(null, "origClientOrderId", listClientOrderId, "orderListId", orderListId), throwOnError: true, cancellationToken);

    /// <summary><c>orderList.cancel</c> (Spot): cancels an order list.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="listClientOrderId">The list's client id.</param>
    /// <param name="orderListId">The list's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> CancelOrderListAsync(string symbol, string? listClientOrderId = null, long? orderListId = null, CancellationToken cancellationToken = default) =>
        CallAsync("orderList.cancel", OrderIds(symbol, "listClientOrderId", listClientOrderId, "orderListId", orderListId), throwOnError: true, cancellationToken);

    /// <summary><c>account.status</c>: balances and permissions (weight 20 on Spot, 5 on USDⓈ-M).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    public Task<BinanceWebSocketResponse> GetAccountStatusAsync(CancellationToken cancellationToken = default) =>
        CallAsync("account.status", [], throwOnError: true, cancellationToken);

    /// <summary>
    /// Subscribes to the account's user-data stream. Spot: <c>userDataStream.subscribe</c> on a logged-on session,
    /// <c>userDataStream.subscribe.signature</c> otherwise (any key type), on every connection from then on, with an
    /// open-orders snapshot after each reconnect. USDⓈ-M: a listenKey from <c>userDataStream.start</c>, its stream opened
    /// at <see cref="BinanceWebSocketOptions.UserDataStreamAddress"/> and kept up (reconnected with backoff), the key kept
    /// alive with <c>userDataStream.ping</c>, and a new key and stream after <c>listenKeyExpired</c> or -1125. Events
    /// arrive on <see cref="UserData"/>, and an order whose answer is lost is looked up there first.
    /// </summary>
    /// <param name="cancellationToken">Cancels the subscription request.</param>
    /// <returns>A task that completes when subscribed.</returns>
    /// <exception cref="BinanceApiException">The exchange refused the subscription.</exception>
    public async Task SubscribeUserDataAsync(CancellationToken cancellationToken = default)
    {
        if (Venue is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures)
        {
            _subscribed = true;
            await StartListenKeyStreamAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (Venue != BinanceVenue.Spot)
        {
            throw new NotSupportedException($"{BinanceVenueNames.Of(Venue)} has no user-data subscription on its WebSocket API; use its listenKey stream.");
        }

        _subscribed = true;
        _session.KeepConnected = true;
        var connection = await _session.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (!connection.Subscribed)
        {
            await SubscribeAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _listenKeyKeepAlive?.Dispose();
        if (_listenKeyStream is { } stream)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        await _session.DisposeAsync().ConfigureAwait(false);
        _userData.Writer.TryComplete();
    }

    private static List<KeyValuePair<string, string>> OrderIds(string? symbol, string clientIdName, string? clientId, string idName, long? id)
    {
        if (clientId is null && id is null)
        {
            throw new ArgumentException($"Give {clientIdName} or {idName}.", clientIdName == "listClientOrderId" ? "listClientOrderId" : "clientOrderId");
        }

        List<KeyValuePair<string, string>> parameters = [];
        if (symbol is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(symbol);
            parameters.Add(new("symbol", symbol));
        }

        if (id is { } value)
        {
            parameters.Add(new(idName, value.ToString(CultureInfo.InvariantCulture)));
        }

        if (clientId is not null)
        {
            parameters.Add(new(clientIdName, clientId));
        }

        return parameters;
    }

    private async Task<BinanceWebSocketResponse> CallAsync(string method, IEnumerable<KeyValuePair<string, string>> parameters, bool throwOnError, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var call = WebSocketCall.Create(method, parameters, _core, _transport, _authority, Endpoint, _subscribed ? _updates : null);
        var answer = await _host.RunAsync(call, cancellationToken).ConfigureAwait(false);
        var error = answer.Succeeded ? null : call.LastError ?? _reader.Classify(answer, call.Endpoint.Intent);
        var response = new BinanceWebSocketResponse(method, answer.Status, answer.Frame, error, call.ClientOrderId, answer.Reconciled);
        return throwOnError ? response.EnsureSuccess() : response;
    }

    /// <summary>A new connection, before it takes requests: <c>session.logon</c> when the session logs on.</summary>
    private async Task OnOpenedAsync(WebSocketConnection connection, CancellationToken cancellationToken)
    {
        if (_webSocketOptions.SessionLogon)
        {
            await LogOnAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        // Spot subscribes on each API connection; a futures stream is its own listenKey connection, not this one's
        // (ws-fapi has no userDataStream.subscribe: it answers -1020).
        if (_subscribed && Venue == BinanceVenue.Spot)
        {
            await SubscribeAsync(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A subscription on one connection (pinned to it, so a replacement is subscribed before it takes over).</summary>
    private async Task SubscribeAsync(WebSocketConnection connection, CancellationToken cancellationToken)
    {
        var method = connection.LoggedOn ? "userDataStream.subscribe" : "userDataStream.subscribe.signature";
        var subscribe = _transport.Own(method, [], new CallState(WebSocketMethods.Facts(Venue, method, [], _authority, Endpoint)), connection);
        var outcome = await _core.AttemptAsync(subscribe.Request, subscribe.State, cancellationToken).ConfigureAwait(false);
        outcome.ThrowIfException();
        var answer = outcome.Result!;

        // -2035: this connection is subscribed already (a second call raced the first).
        if (!answer.Succeeded && subscribe.State.LastError?.Code != -2035)
        {
            throw BinanceApiException.Create(subscribe.State.LastError ?? _reader.Classify(answer, RequestIntent.Read));
        }

        connection.Subscribed = true;
    }

    /// <summary>After a reconnect or replacement: the open orders, because events sent in the gap are not replayed.</summary>
    private async Task OnReconnectedAsync(WebSocketConnection connection)
    {
        // Spot only: ws-fapi has no openOrders.status, and its events come on the listenKey stream, not this connection.
        if (!_subscribed || Venue != BinanceVenue.Spot)
        {
            return;
        }

        var snapshot = await CallAsync("openOrders.status", [], throwOnError: true, _session.Lifetime).ConfigureAwait(false);
        _userData.Writer.TryWrite(new BinanceUserDataEvent(BinanceUserDataEvent.OpenOrdersSnapshot, null, snapshot.Result, null));
    }

    private void OnEvent(WebSocketConnection connection, ReadOnlyMemory<byte> frame)
    {
        if (UserDataEvents.Read(Venue, frame, _core.Options.TimeProvider) is not { } userData)
        {
            return;
        }

        if (userData.Order is { } order)
        {
            _updates.Record(order);
        }

        if (userData.EventType == "listenKeyExpired" && _subscribed)
        {
            _ = RestartListenKeyStreamAsync("listenKeyExpired");
        }

        if (userData.EventType == "eventStreamTerminated" && _subscribed && connection.IsUsable)
        {
            // The subscription ended (logout, unsubscribe) while the client still wants events: subscribe again.
            connection.Subscribed = false;
            _ = ResubscribeAsync(connection);
        }

        _userData.Writer.TryWrite(userData);
    }

    private async Task ResubscribeAsync(WebSocketConnection connection)
    {
        try
        {
            await SubscribeAsync(connection, _session.Lifetime).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BinanceException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
        {
            WebSocketLog.ReconnectFailed(_logger, Endpoint.Authority, "re-subscribe: " + ex.Message);
        }
    }

    /// <summary>A listenKey from <c>userDataStream.start</c> and its stream (USDⓈ-M), replacing any earlier one.</summary>
    private async Task StartListenKeyStreamAsync(CancellationToken cancellationToken)
    {
        await _listenKeyLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var start = await CallAsync("userDataStream.start", [], throwOnError: true, cancellationToken).ConfigureAwait(false);
            var listenKey = start.Result.TryGetProperty("listenKey", out var key) && key.GetString() is { Length: > 0 } text
                ? text
                : throw new InvalidOperationException("userDataStream.start answered without a listenKey.");
            var stream = new WebSocketSession(ListenKeyAddress(listenKey), _authority, _webSocketOptions, _core.Options, _registry, _logger, handshakeWeight: 0)
            {
                KeepConnected = true,
                Event = OnEvent,
            };
            try
            {
                await stream.CurrentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            var old = _listenKeyStream;
            _listenKeyStream = stream;
            var interval = _webSocketOptions.ListenKeyKeepAliveInterval;
            _listenKeyKeepAlive ??= _core.Options.TimeProvider.CreateTimer(_ => _ = KeepListenKeyAliveAsync(), null, interval, interval);
            if (old is not null)
            {
                await old.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _listenKeyLock.Release();
        }
    }

    /// <summary><c>userDataStream.ping</c>; a key the exchange no longer knows (-1125) is replaced with a new key and stream.</summary>
    private async Task KeepListenKeyAliveAsync()
    {
        try
        {
            var ping = await CallAsync("userDataStream.ping", [], throwOnError: false, _session.Lifetime).ConfigureAwait(false);
            if (ping.Error?.Code == -1125)
            {
                await RestartListenKeyStreamAsync("-1125").ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is BinanceException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException or Polly.Timeout.TimeoutRejectedException)
        {
            WebSocketLog.ReconnectFailed(_logger, Endpoint.Authority, "listenKey keepalive: " + ex.Message);
        }
    }

    private async Task RestartListenKeyStreamAsync(string reason)
    {
        try
        {
            WebSocketLog.Replacing(_logger, Endpoint.Authority, 0, "listenKey: " + reason);
            await StartListenKeyStreamAsync(_session.Lifetime).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BinanceException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException or Polly.Timeout.TimeoutRejectedException)
        {
            WebSocketLog.ReconnectFailed(_logger, Endpoint.Authority, "listenKey restart: " + ex.Message);
        }
    }

    /// <summary>The listenKey stream's address: the option's, <c>fstream.</c> for <c>ws-fapi.</c>, or <c>/private/ws</c> on this host.</summary>
    private Uri ListenKeyAddress(string listenKey)
    {
        var address = _webSocketOptions.UserDataStreamAddress ?? (Endpoint.Host.StartsWith("ws-fapi.", StringComparison.OrdinalIgnoreCase)
            ? new UriBuilder(Endpoint) { Host = "fstream." + Endpoint.Host["ws-fapi.".Length..], Port = -1, Path = "/private/ws", Query = string.Empty }.Uri
            : new UriBuilder(Endpoint) { Path = "/private/ws", Query = string.Empty }.Uri);
        return new UriBuilder(address) { Query = "listenKey=" + Uri.EscapeDataString(listenKey) }.Uri;
    }

    /// <summary><c>session.logon</c> on one connection.</summary>
    private async Task LogOnAsync(WebSocketConnection connection, CancellationToken cancellationToken)
    {
        var logon = _transport.Own("session.logon", [], new CallState(WebSocketMethods.Facts(Venue, "session.logon", [], _authority, Endpoint)), connection);
        var outcome = await _core.AttemptAsync(logon.Request, logon.State, cancellationToken).ConfigureAwait(false);
        outcome.ThrowIfException();
        var answer = outcome.Result!;
        if (!answer.Succeeded)
        {
            throw BinanceApiException.Create(logon.State.LastError ?? _reader.Classify(answer, RequestIntent.Read));
        }

        connection.LoggedOn = true;
    }
}
