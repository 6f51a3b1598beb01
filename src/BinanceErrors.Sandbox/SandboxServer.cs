using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using BinanceErrors.Sandbox.CoinM;
using BinanceErrors.Sandbox.Futures;
using BinanceErrors.Sandbox.Futures.Engine;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Rest;
using BinanceErrors.Sandbox.Spot;
using BinanceErrors.Sandbox.Spot.Engine;
using BinanceErrors.Sandbox.UsdM;
using BinanceErrors.Sandbox.WebSocket;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Sandbox;

/// <summary>
/// A Binance-compatible Spot exchange on Kestrel, for tests: start it in-process on 127.0.0.1 with an ephemeral
/// port, point a client at <see cref="BaseAddress"/>, script faults through <see cref="AddFault"/> or the
/// <c>/sandbox/</c> admin API, and count what it accepted with <see cref="AcceptedOrders"/>.
/// </summary>
public sealed partial class SandboxServer : IAsyncDisposable
{
    /// <summary>
    /// The exchange side's meter: <c>binance.sandbox.requests</c>, <c>binance.sandbox.errors</c> and
    /// <c>binance.sandbox.faults</c>, made through the sandbox host's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>.
    /// </summary>
    public const string MeterName = "BinanceErrors.Sandbox";

    private static readonly JsonSerializerOptions AdminJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly WebApplication _app;
    private readonly FaultInjector _faults;
    private readonly SandboxClock _clock;
    private readonly LimitTracker _limits;
    private readonly DelayedExecutions _delayed;
    private readonly RequestLog _log;
    private readonly IReadOnlyList<VenueApi> _venues;
    private readonly ApiKeyRing _keys;
    private readonly WebSocketFront[] _webSockets;
    private readonly ListenKeyStreamFront _listenKeyStreams;
    private readonly MatchingEngine? _engine;
    private readonly FuturesEngine? _futures;
    private readonly FuturesEngine[] _futuresEngines;

    private SandboxServer(WebApplication app, IReadOnlyList<SandboxPipeline> pipelines, FaultInjector faults, DelayedExecutions delayed, RequestLog log, SandboxOptions options, ApiKeyRing keys, WebSocketFront[] webSockets, ListenKeyStreamFront listenKeyStreams)
    {
        _listenKeyStreams = listenKeyStreams;
        _keys = keys;
        _webSockets = webSockets;
        _app = app;
        _faults = faults;
        _delayed = delayed;
        _log = log;
        _clock = pipelines[0].Clock;
        _limits = pipelines[0].Limits;
        _venues = [.. pipelines.Select(p => p.Venue)];
        _engine = (_venues[0] as SpotApi)?.Engine;
        _futuresEngines = [.. _venues.OfType<FuturesApi>().Select(f => f.Engine)];
        _futures = _futuresEngines.FirstOrDefault();
        Options = options;
    }

    /// <summary>The options the server runs with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:53127/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The server clock's current offset from the time provider, in milliseconds.</summary>
    public long ClockOffsetMs => _clock.OffsetMs;

    /// <summary>The built-in exchangeInfo: BTCUSDT, ETHUSDT, ETHBTC, BNBUSDT, the halted LUNAUSDT, and every filter type.</summary>
    public static string DefaultExchangeInfoJson()
    {
        using var stream = typeof(SandboxServer).Assembly.GetManifestResourceStream("BinanceErrors.Sandbox.spot-default.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The built-in USDⓈ-M exchangeInfo (part 1's <c>data/exchange-info/usdm-default.json</c>).</summary>
    public static string DefaultFuturesExchangeInfoJson()
    {
        using var stream = typeof(SandboxServer).Assembly.GetManifestResourceStream("BinanceErrors.Sandbox.usdm-default.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The built-in COIN-M exchangeInfo (<c>data/exchange-info/coinm-default.json</c>): BTCUSD_PERP, ETHUSD_PERP and other perpetuals, quarterlies.</summary>
    public static string DefaultCoinMExchangeInfoJson()
    {
        using var stream = typeof(SandboxServer).Assembly.GetManifestResourceStream("BinanceErrors.Sandbox.coinm-default.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Starts a sandbox.</summary>
    /// <param name="options">The set-up; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        if (options.ApiKeys.Count == 0)
        {
            throw new ArgumentException("The sandbox needs at least one API key.", nameof(options));
        }

        var clock = new SandboxClock(options.TimeProvider);
        var keys = new ApiKeyRing(options.ApiKeys);
        var venues = CreateVenues(options, clock, keys);
        var faults = new FaultInjector();
        var delayed = new DelayedExecutions(options.TimeProvider);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (options.LoggerFactory is { } loggerFactory)
        {
            // The host's own logs (Kestrel, ASP.NET Core: an unhandled exception, a connection error) go to the caller's factory.
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.WebHost.UseKestrel(kestrel =>
        {
            if (options.AllowRemote)
            {
                kestrel.ListenAnyIP(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Loopback, options.Port);
            }
        });
        var app = builder.Build();
        var meters = app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        SandboxPipeline[] pipelines = [.. venues.Select(venue => new SandboxPipeline(venue, faults, clock, delayed, keys, new SandboxMetrics(meters, venue.Messages.Venue)))];
        var log = new RequestLog();
        var rest = new RestFront(pipelines, log);
        // A WebSocket API front per venue that has one (/ws-api/v3, /ws-fapi/v1), over the venue's own pipeline.
        var settings = new WebSocketSettings(options.WebSocketPingInterval, options.WebSocketPongTimeout, options.WebSocketConnectionAttempts, options.WebSocketConnectionWindow);
        WebSocketFront[] webSockets = [.. pipelines.Where(p => p.Venue.WebSocketPath is not null).Select(p => new WebSocketFront(p, keys, log, p.Metrics, settings))];
        // The futures user data streams on listenKeys: /private/ws?listenKey=… and the legacy /ws/<listenKey>.
        var listenKeyStreams = new ListenKeyStreamFront(venues, clock, settings);
        var server = new SandboxServer(app, pipelines, faults, delayed, log, options, keys, webSockets, listenKeyStreams);
        app.UseWebSockets();
        app.Use(rest.CountAsync);
        var stopping = app.Lifetime.ApplicationStopping;
        foreach (var webSocket in webSockets)
        {
            app.Map(webSocket.Path, (HttpContext context) => webSocket.AcceptAsync(context, stopping));
        }

        if (listenKeyStreams.Serves)
        {
            app.Map(ListenKeyStreamFront.PrivatePath, (HttpContext context) => listenKeyStreams.AcceptAsync(context, context.Request.Query["listenKey"], stopping));
            app.Map(ListenKeyStreamFront.LegacyPrefix + "{listenKey}", (HttpContext context, string listenKey) => listenKeyStreams.AcceptAsync(context, listenKey, stopping));
        }

        server.MapAdmin(app);
        server.MapSpotAdmin(app);
        app.MapFallback(async context =>
        {
            try
            {
                await rest.HandleAsync(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away.
            }
        });

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// The venues the options ask for: Spot alone, or <see cref="SandboxOptions.Venue"/> with the futures venues of
    /// <see cref="SandboxOptions.AlsoServe"/>, which share one limit pool (the first venue's rate limits, as the
    /// exchange pools fapi and dapi since 2026-06-30) and one position mode per account.
    /// </summary>
    private static VenueApi[] CreateVenues(SandboxOptions options, SandboxClock clock, ApiKeyRing keys)
    {
        SandboxVenue[] venues = [options.Venue, .. options.AlsoServe.Where(v => v != options.Venue).Distinct()];
        if (venues.Length > 1 && venues.Contains(SandboxVenue.Spot))
        {
            throw new ArgumentException("AlsoServe combines the futures venues (UsdM and CoinM), which share their limits and position mode; Spot is served by a server of its own.", nameof(options));
        }

        if (options.Venue == SandboxVenue.Spot)
        {
            return [SpotApi.Create(options, WithRateLimits(options.ExchangeInfoJson ?? DefaultExchangeInfoJson(), options.RateLimits), clock, keys)];
        }

        var modes = new FuturesPositionModes();
        LimitTracker? pool = null;
        var apis = new VenueApi[venues.Length];
        for (var i = 0; i < venues.Length; i++)
        {
            // ExchangeInfoJson is the first venue's; the venues of AlsoServe use their built-in documents.
            var json = WithRateLimits((i == 0 ? options.ExchangeInfoJson : null) ?? DefaultExchangeInfoJson(venues[i]), options.RateLimits);
            FuturesApi api = venues[i] switch
            {
                SandboxVenue.UsdM => UsdMApi.Create(options, json, clock, keys, pool, modes),
                SandboxVenue.CoinM => CoinMApi.Create(options, json, clock, keys, pool, modes),
                var other => throw new ArgumentOutOfRangeException(nameof(options), other, "Unknown sandbox venue."),
            };
            pool ??= api.Limits;
            apis[i] = api;
        }

        return apis;
    }

    private static string DefaultExchangeInfoJson(SandboxVenue venue) =>
        venue == SandboxVenue.CoinM ? DefaultCoinMExchangeInfoJson() : DefaultFuturesExchangeInfoJson();

    /// <summary>Replaces an exchangeInfo document's <c>rateLimits</c> (and leaves it as it is when <paramref name="limits"/> is null).</summary>
    /// <param name="exchangeInfoJson">The document.</param>
    /// <param name="limits">The limits to serve and enforce.</param>
    /// <returns>The document with those limits.</returns>
    public static string WithRateLimits(string exchangeInfoJson, IReadOnlyList<BinanceRateLimit>? limits)
    {
        if (limits is null)
        {
            return exchangeInfoJson;
        }

        var root = System.Text.Json.Nodes.JsonNode.Parse(exchangeInfoJson)
            ?? throw new ArgumentException("The exchangeInfo document is empty.", nameof(exchangeInfoJson));
        var array = new System.Text.Json.Nodes.JsonArray();
        foreach (var limit in limits)
        {
            array.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["rateLimitType"] = limit.Type switch
                {
                    BinanceRateLimitType.RequestWeight => "REQUEST_WEIGHT",
                    BinanceRateLimitType.Orders => "ORDERS",
                    BinanceRateLimitType.RawRequests => "RAW_REQUESTS",
                    _ => "CONNECTIONS",
                },
                ["interval"] = limit.Interval.ToString().ToUpperInvariant(),
                ["intervalNum"] = limit.IntervalNum,
                ["limit"] = limit.Limit,
            });
        }

        root["rateLimits"] = array;
        return root.ToJsonString();
    }

    /// <summary>Adds a fault rule; the returned copy carries its id.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The stored rule.</returns>
    public FaultRule AddFault(FaultRule rule) => _faults.Add(rule);

    /// <summary>The fault rules with their hit counts.</summary>
    public IReadOnlyList<FaultRule> Faults => _faults.List();

    /// <summary>Removes every fault rule.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>What became of the requests held back by <see cref="FaultTiming.DelayedExecution"/> faults so far.</summary>
    public DelayedExecutionCounts DelayedExecutions => _delayed.Counts;

    /// <summary>Moves the server clock (positive: the server runs ahead of the client).</summary>
    /// <param name="milliseconds">The shift.</param>
    public void ShiftClock(long milliseconds) => _clock.Shift(milliseconds);

    /// <summary>
    /// Revokes an API key, as deleting it on the exchange does: every later request with it is refused with -2015 on
    /// REST and the WebSocket API, and a WebSocket session logged on with it answers its next request with
    /// <c>"id": null</c>, 401, -2015.
    /// </summary>
    /// <param name="apiKey">The key.</param>
    /// <exception cref="ArgumentException">No such key.</exception>
    public void RevokeApiKey(string apiKey)
    {
        if (!_keys.Revoke(apiKey))
        {
            throw new ArgumentException($"Unknown API key '{apiKey}'.", nameof(apiKey));
        }
    }

    /// <summary>The WebSocket API's address, e.g. <c>ws://127.0.0.1:53127/ws-api/v3</c>, on the same port as REST.</summary>
    public Uri? WebSocketAddress => _venues[0].WebSocketPath is { } path ? new UriBuilder(BaseAddress) { Scheme = "ws", Path = path }.Uri : null;

    /// <summary>The WebSocket API connections open now.</summary>
    public int WebSocketConnections => _webSockets.Sum(w => w.ConnectionCount);

    /// <summary>The WebSocket API handshakes accepted and refused since the server started.</summary>
    public WebSocketHandshakeCounts WebSocketHandshakes => new(_webSockets.Sum(w => w.HandshakesAccepted), _webSockets.Sum(w => w.HandshakesRefused));

    /// <summary>Sends <c>serverShutdown</c> on every WebSocket API connection, then closes each (a planned restart).</summary>
    public void WebSocketServerShutdown()
    {
        foreach (var webSocket in _webSockets)
        {
            webSocket.ServerShutdown();
        }
    }

    /// <summary>Closes every WebSocket API connection and listenKey stream, as the exchange does when a connection reaches 24 hours.</summary>
    public void CloseWebSocketConnections()
    {
        foreach (var webSocket in _webSockets)
        {
            webSocket.CloseAll();
        }

        _listenKeyStreams.CloseAll();
    }

    /// <summary>The futures user data streams open now (<c>/private/ws</c>, <c>/ws/&lt;listenKey&gt;</c>).</summary>
    public int ListenKeyStreams => _listenKeyStreams.ConnectionCount;

    /// <summary>
    /// USDⓈ-M and COIN-M: the active listenKeys, each with its account (API key) and when it expires on the server
    /// clock (60 minutes after its last start or keepalive).
    /// </summary>
    /// <returns>The keys.</returns>
    public IReadOnlyList<SandboxListenKey> ListenKeys() =>
        [.. _venues.Where(v => v.ListenKeys is not null).SelectMany(v => v.ListenKeys!.Active().Select(k => new SandboxListenKey(k.Key, k.Account, k.ExpiresAtMs)))];

    /// <summary>
    /// Expires a listenKey now, as 60 minutes without a keepalive would: its streams receive <c>listenKeyExpired</c>
    /// and are closed, and a keepalive answers -1125.
    /// </summary>
    /// <param name="listenKey">The key.</param>
    /// <exception cref="ArgumentException">No such active key.</exception>
    public void ExpireListenKey(string listenKey)
    {
        if (!_venues.Any(v => v.ListenKeys?.Expire(listenKey) == true))
        {
            throw new ArgumentException($"No active listenKey '{listenKey}'.", nameof(listenKey));
        }
    }

    /// <summary>Bans an IP now, as the exchange does with 418.</summary>
    /// <param name="ip">The IP, e.g. <c>127.0.0.1</c>.</param>
    /// <param name="length">The ban length.</param>
    public void Ban(string ip, TimeSpan length) => _limits.BanNow(ip, _clock.NowMs, length);

    /// <summary>
    /// Every order the sandbox ever accepted, in acceptance order. USDⓈ-M: the orders clients placed, then the algo
    /// orders (order id = <c>algoId</c>, client order id = <c>clientAlgoId</c>, status = <c>algoStatus</c>); the
    /// orders a triggered algo order placed are its own and not listed again.
    /// </summary>
    public IReadOnlyList<AcceptedOrder> AcceptedOrders() => [.. _venues.SelectMany(v => v.AcceptedOrders(_clock.NowMs))];

    /// <summary>USDⓈ-M: sets a symbol's mark price (the house liquidity follows; algo orders on MARK_PRICE may trigger).</summary>
    /// <param name="symbol">The symbol, e.g. <c>BTCUSDT</c>.</param>
    /// <param name="markPrice">The new mark price, within the symbol's PRICE_FILTER; rounded to the tick size.</param>
    /// <exception cref="ArgumentException">The symbol is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The price is outside the symbol's PRICE_FILTER (nothing changes).</exception>
    public void SetMarkPrice(string symbol, decimal markPrice)
    {
        if (TrySetMarkPrice(symbol, markPrice) is { } problem)
        {
            throw problem.OutOfRange ? new ArgumentOutOfRangeException(nameof(markPrice), markPrice, problem.Message) : new ArgumentException(problem.Message, nameof(symbol));
        }
    }

    /// <summary>Sets a mark price, or says why not (an unknown symbol, a price outside the symbol's PRICE_FILTER) and changes nothing.</summary>
    private (string Message, bool OutOfRange)? TrySetMarkPrice(string? symbol, decimal markPrice)
    {
        _ = _futures ?? throw new InvalidOperationException("Mark prices exist on the futures sandboxes only.");
        if (symbol is null || FuturesEngineOf(symbol) is not { } futures || !futures.TryGetBook(symbol, out var book))
        {
            return ($"Unknown symbol '{symbol}'.", false);
        }

        if (book.MarkPriceProblem(markPrice) is { } problem)
        {
            return (problem, true);
        }

        futures.SetMarkPrice(symbol, markPrice, _clock.NowMs);
        return null;
    }

    /// <summary>USDⓈ-M and COIN-M: a symbol's mark price now.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <returns>The mark price.</returns>
    public decimal MarkPrice(string symbol)
    {
        _ = _futures ?? throw new InvalidOperationException("Mark prices exist on the futures sandboxes only.");
        var futures = FuturesEngineOf(symbol) ?? throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));
        return futures.Read(_clock.NowMs, () => futures.MarkPrice(symbol));
    }

    /// <summary>USDⓈ-M: an account's wallet balance in USDT (realized profit and commission included).</summary>
    /// <param name="apiKey">The account's API key.</param>
    /// <returns>The wallet balance.</returns>
    public decimal FuturesWalletBalance(string apiKey) => FuturesWalletBalance(apiKey, "USDT");

    /// <summary>
    /// A futures account's wallet balance in one margin asset (realized profit and commission included): USDT on
    /// USDⓈ-M, a coin on COIN-M (<c>BTC</c> margins BTCUSD_PERP), on the first venue served that margins in it.
    /// </summary>
    /// <param name="apiKey">The account's API key.</param>
    /// <param name="asset">The margin asset, e.g. <c>USDT</c> or <c>BTC</c>.</param>
    /// <returns>The wallet balance.</returns>
    public decimal FuturesWalletBalance(string apiKey, string asset)
    {
        _ = _futures ?? throw new InvalidOperationException("The wallet balance exists on the futures sandboxes only.");
        var futures = _futuresEngines.FirstOrDefault(e => e.MarginAssets.Contains(asset, StringComparer.Ordinal))
            ?? throw new ArgumentException($"No futures venue served here margins in '{asset}'.", nameof(asset));
        return futures.Read(_clock.NowMs, () => futures.Account(apiKey).Wallet(asset));
    }

    /// <summary>The futures engine that lists <paramref name="symbol"/>, if any.</summary>
    private FuturesEngine? FuturesEngineOf(string symbol) => _futuresEngines.FirstOrDefault(e => e.TryGetBook(symbol, out _));

    /// <summary>Every order list the sandbox ever accepted, in acceptance order (none on USDⓈ-M, which has no order lists).</summary>
    public IReadOnlyList<AcceptedOrderList> AcceptedOrderLists() => [.. _venues.SelectMany(v => v.AcceptedOrderLists())];

    /// <summary>How many API requests (not admin ones) arrived for a method and path, e.g. <c>("POST", "/api/v3/order")</c>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path.</param>
    /// <returns>The count so far.</returns>
    public int RequestCount(string method, string path) => _log.RequestCount(method, path);

    /// <summary>How many API requests arrived in all.</summary>
    public int TotalRequests => _log.TotalRequests;

    /// <summary>How many API responses were answered with an HTTP status (dropped connections are not counted).</summary>
    /// <param name="status">The status, e.g. 429.</param>
    /// <returns>The count so far.</returns>
    public int ResponseCount(int status) => _log.ResponseCount(status);

    /// <summary>
    /// What the server answered, counted on the server: <c>{"responsesByStatus":{"200":n,"429":n,…},"requests":n,
    /// "requestsByEndpoint":{"GET /api/v3/ping":n,…},"acceptedOrders":n}</c> (admin requests not counted), so a test
    /// can prove that no 429 or 418 was ever sent.
    /// </summary>
    /// <returns>The counts so far.</returns>
    public SandboxStats Stats() => new(
        new SortedDictionary<string, int>(_log.Statuses.ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value), StringComparer.Ordinal),
        TotalRequests,
        new SortedDictionary<string, int>(_log.Requests.ToDictionary(p => p.Key.Method + " " + p.Key.Path, p => p.Value), StringComparer.Ordinal),
        AcceptedOrders().Count);

    /// <summary>An account's balances: asset, free, locked.</summary>
    /// <param name="apiKey">The account's API key.</param>
    /// <returns>The balances.</returns>
    /// <exception cref="InvalidOperationException">The sandbox plays USDⓈ-M (see <see cref="FuturesWalletBalance(string, string)"/>).</exception>
    public IReadOnlyList<(string Asset, decimal Free, decimal Locked)> Balances(string apiKey) =>
        (_engine ?? throw new InvalidOperationException("Balances by asset exist on the Spot sandbox only; the futures sandboxes have FuturesWalletBalance.")).Balances(apiKey);

    private void MapAdmin(WebApplication app)
    {
        app.MapGet("/sandbox/faults", () => Results.Json(_faults.List(), AdminJson));
        app.MapPost("/sandbox/faults", async (HttpContext context) =>
        {
            try
            {
                var rule = await JsonSerializer.DeserializeAsync<FaultRule>(context.Request.Body, AdminJson, context.RequestAborted).ConfigureAwait(false)
                    ?? throw new JsonException("The body must be a fault rule object.");
                return Results.Json(_faults.Add(rule), AdminJson, statusCode: 201);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                return Results.Json(new { error = ex.Message }, AdminJson, statusCode: 400);
            }
        });
        app.MapDelete("/sandbox/faults", () =>
        {
            _faults.Clear();
            return Results.NoContent();
        });
        app.MapDelete("/sandbox/faults/{id:int}", (int id) => _faults.Remove(id) ? Results.NoContent() : Results.NotFound());
        app.MapGet("/sandbox/delayed", () => Results.Json(DelayedExecutions, AdminJson));
        app.MapGet("/sandbox/orders", () => Results.Json(AcceptedOrders(), AdminJson));
        app.MapGet("/sandbox/stats", () => Results.Json(Stats(), AdminJson));
        app.MapGet("/sandbox/markPrice", () => _futures is null
            ? Results.NotFound()
            : Results.Json(_futuresEngines.SelectMany(e => e.Read(_clock.NowMs, () => e.Rules.Symbols.Select(r => new { symbol = r.Symbol, markPrice = e.MarkPrice(r.Symbol) }).ToArray())).ToArray(), AdminJson));
        app.MapPost("/sandbox/markPrice", async (HttpContext context) =>
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync<MarkPriceChange>(context.Request.Body, AdminJson, context.RequestAborted).ConfigureAwait(false)
                    ?? throw new JsonException("The body must be {\"symbol\": …, \"markPrice\": …}.");
                if (body.MarkPrice is not { } price)
                {
                    throw new JsonException("The body must be {\"symbol\": …, \"markPrice\": …} with a number or a numeric string for markPrice.");
                }

                if (TrySetMarkPrice(body.Symbol, price) is { } problem)
                {
                    return Results.Json(new { error = problem.Message }, AdminJson, statusCode: 400);
                }

                return Results.Json(new { symbol = body.Symbol, markPrice = MarkPrice(body.Symbol!) }, AdminJson);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                return Results.Json(new { error = ex.Message }, AdminJson, statusCode: 400);
            }
        });
        app.MapPost("/sandbox/revokeKey", async (HttpContext context) =>
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync<KeyRevocation>(context.Request.Body, AdminJson, context.RequestAborted).ConfigureAwait(false);
                if (body?.ApiKey is not { Length: > 0 } apiKey)
                {
                    throw new JsonException("The body must be {\"apiKey\": …}.");
                }

                return _keys.Revoke(apiKey)
                    ? Results.Json(new { apiKey, revoked = true }, AdminJson)
                    : Results.Json(new { error = $"Unknown API key '{apiKey}'." }, AdminJson, statusCode: 404);
            }
            catch (JsonException ex)
            {
                return Results.Json(new { error = ex.Message }, AdminJson, statusCode: 400);
            }
        });
        app.MapGet("/sandbox/ws", () => Results.Json(new { connections = WebSocketConnections, listenKeyStreams = ListenKeyStreams, handshakes = WebSocketHandshakes, queuedFrames = _webSockets.Sum(w => w.QueuedFrames) + _listenKeyStreams.QueuedFrames }, AdminJson));
        app.MapGet("/sandbox/listenKeys", () => Results.Json(ListenKeys(), AdminJson));
        app.MapPost("/sandbox/listenKey/expire", async (HttpContext context) =>
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync<ListenKeyExpiry>(context.Request.Body, AdminJson, context.RequestAborted).ConfigureAwait(false);
                if (body?.ListenKey is not { Length: > 0 } listenKey)
                {
                    throw new JsonException("The body must be {\"listenKey\": …}.");
                }

                return _venues.Any(v => v.ListenKeys?.Expire(listenKey) == true)
                    ? Results.Json(new { listenKey, expired = true }, AdminJson)
                    : Results.Json(new { error = $"No active listenKey '{listenKey}'." }, AdminJson, statusCode: 404);
            }
            catch (JsonException ex)
            {
                return Results.Json(new { error = ex.Message }, AdminJson, statusCode: 400);
            }
        });
        app.MapPost("/sandbox/ws/serverShutdown", () =>
        {
            var connections = WebSocketConnections;
            WebSocketServerShutdown();
            return Results.Json(new { connections }, AdminJson);
        });
        app.MapPost("/sandbox/ws/closeAll", () =>
        {
            var connections = WebSocketConnections;
            CloseWebSocketConnections();
            return Results.Json(new { connections }, AdminJson);
        });
        app.MapGet("/sandbox/clock", () => Results.Json(new { serverTime = _clock.NowMs, offsetMs = _clock.OffsetMs }, AdminJson));
        app.MapPost("/sandbox/clock", async (HttpContext context) =>
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync<ClockChange>(context.Request.Body, AdminJson, context.RequestAborted).ConfigureAwait(false);
                foreach (var (name, value) in new[] { ("offsetMs", body?.OffsetMs), ("shiftMs", body?.ShiftMs) })
                {
                    if (value is { } ms && !SandboxClock.InRange(ms))
                    {
                        return Results.Json(new { error = $"{name} must be from -{SandboxClock.MaxOffsetMs} to {SandboxClock.MaxOffsetMs} (about ten years), not {ms}." }, AdminJson, statusCode: 400);
                    }
                }

                if (body?.OffsetMs is { } offset)
                {
                    _clock.Set(offset);
                }

                if (body?.ShiftMs is { } shift)
                {
                    _clock.Shift(shift);
                }

                return Results.Json(new { serverTime = _clock.NowMs, offsetMs = _clock.OffsetMs }, AdminJson);
            }
            catch (JsonException ex)
            {
                return Results.Json(new { error = ex.Message }, AdminJson, statusCode: 400);
            }
        });
    }

    private sealed record ClockChange(long? OffsetMs, long? ShiftMs);

    private sealed record KeyRevocation(string? ApiKey);

    private sealed record ListenKeyExpiry(string? ListenKey);

    private sealed record MarkPriceChange(string? Symbol, decimal? MarkPrice);

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        CloseWebSocketConnections();
        foreach (var venue in _venues)
        {
            venue.ListenKeys?.Dispose();
        }

        _delayed.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
