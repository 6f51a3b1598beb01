using System.Globalization;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Futures.Engine;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>
/// The operations both futures venues serve (<c>/fapi</c> and <c>/dapi</c>) over a <see cref="FuturesEngine"/>, written
/// once: market data, orders, account, positions, leverage, margin type and the shared position mode. A venue folder
/// registers its routes and versions and gives its <see cref="FuturesVenueSetup"/>; the answers' shapes follow the
/// venue (cumQuote or cumBase, maxNotionalValue or maxQty, notionalCap or qtyCap). The gateway checks the timestamp
/// on arrival and order handlers add the matching engine's own recvWindow check (USDⓈ-M -5028, COIN-M -4188), which a
/// request delayed after the gateway (a <c>delayMs</c> fault) can fail.
/// </summary>
internal abstract partial class FuturesApi : VenueApi
{
    private readonly FuturesEngine _engine;
    private readonly LimitTracker _limits;
    private readonly CatalogMessages _messages;
    private readonly byte[] _exchangeInfoJson;
    private readonly ApiKeyRing _keys;
    private readonly ListenKeys _listenKeys;

    /// <summary>Serves a futures venue from <paramref name="engine"/>.</summary>
    protected FuturesApi(FuturesEngine engine, LimitTracker limits, byte[] exchangeInfoJson, ApiKeyRing keys, FuturesVenueSetup setup, SandboxClock clock)
        : base(engine.Messages, limits, freeSuccessfulOrders: false)
    {
        // USDⓈ-M's listenKeyExpired sample carries E as a string, COIN-M's as a number.
        _listenKeys = new ListenKeys(clock, UserData, eventTimeAsText: setup.Venue == BinanceVenue.UsdMFutures);
        engine.Events = new FuturesUserEvents(engine, UserData);
        _engine = engine;
        _limits = limits;
        _messages = engine.Messages;
        _exchangeInfoJson = exchangeInfoJson;
        _keys = keys;
        Setup = setup;
    }

    /// <summary>The venue's configuration.</summary>
    public FuturesVenueSetup Setup { get; }

    /// <summary>The engine behind the API.</summary>
    public FuturesEngine Engine => _engine;

    public override bool ChecksTimestampOnArrival => true;

    /// <summary>The venue's listenKeys (<c>/fapi/v1/listenKey</c>, <c>/dapi/v1/listenKey</c>, <c>userDataStream.start</c>).</summary>
    public override ListenKeys ListenKeys => _listenKeys;

    public byte[] ExchangeInfoJson => _exchangeInfoJson;

    /// <summary>
    /// The orders clients placed (COIN-M's conditional orders among them, as their type), then the Algo Service orders
    /// (order id = <c>algoId</c>, client order id = <c>clientAlgoId</c>, status = <c>algoStatus</c>); the orders a
    /// triggered algo order placed are its own and not listed again.
    /// </summary>
    public override IReadOnlyList<AcceptedOrder> AcceptedOrders(long now) => _engine.Read(now, () => _engine.AcceptedOrders()
        .Where(o => !o.PlacedByAlgo)
        .Select(o => new AcceptedOrder(o.Symbol, o.OrderId, o.ClientOrderId, o.Account, FuturesJson.Side(o.Side), o.OrigType.ToWireName(), o.Price, o.OrigQty, o.ExecutedQty, o.Status, o.Time))
        .Concat(_engine.AlgoOrders().Where(a => a.HeldOrder is null).Select(a => new AcceptedOrder(a.Symbol, a.AlgoId, a.ClientAlgoId, a.Account, FuturesJson.Side(a.Side), a.Type.ToWireName(), a.Price, a.Quantity, a.ActualOrder?.ExecutedQty ?? 0, a.AlgoStatus, a.CreateTime)))
        .ToArray());

    // Both futures venues word -1003 per minute with one placeholder.
    public override string RateLimitedMessage(BinanceRateLimit limit) =>
        _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["limit"], limit.Limit.ToString(CultureInfo.InvariantCulture));

    public override string BannedMessage(long untilMs) =>
        _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["bannedUntil"], untilMs.ToString(CultureInfo.InvariantCulture));

    // The futures catalogs have no "cannot be greater than" text: the parameter is malformed.
    public override SandboxRejection RecvWindowTooLarge(long maximum) => _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "recvWindow");

    /// <summary>Whether the venue's quantities are contracts margined in the coin (COIN-M).</summary>
    protected bool CoinMargined => Setup.Venue == BinanceVenue.CoinMFutures;

    private FuturesEngine Futures => _engine;

    private bool CanTrade(string account) => _keys.TryFind(account, out var key, out _) && key.CanTrade;
}
