using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>
/// The Spot operations (<c>/api/v3</c>) over the Spot matching engine. Every client mistake is answered with the
/// exchange's 4XX code and message; a 500 means a sandbox bug. Authorisation, limits and faults are the
/// <see cref="SandboxPipeline"/>'s.
/// </summary>
internal sealed partial class SpotApi : VenueApi
{
    private static readonly string[] OrderParameters =
    [
        "symbol", "side", "type", "timeInForce", "quantity", "quoteOrderQty", "price", "newClientOrderId", "strategyId", "strategyType",
        "stopPrice", "trailingDelta", "icebergQty", "newOrderRespType", "selfTradePreventionMode", "pegPriceType", "pegOffsetValue", "pegOffsetType",
    ];

    private readonly MatchingEngine _engine;
    private readonly LimitTracker _limits;
    private readonly CatalogMessages _messages;
    private readonly byte[] _exchangeInfoJson;
    private readonly ApiKeyRing _keys;

    /// <summary>Serves <c>/api/v3</c> from <paramref name="engine"/>.</summary>
    public SpotApi(MatchingEngine engine, LimitTracker limits, CatalogMessages messages, byte[] exchangeInfoJson, ApiKeyRing keys, bool freeSuccessfulOrders)
        : base(messages, limits, freeSuccessfulOrders)
    {
        _engine = engine;
        _limits = limits;
        _messages = messages;
        _exchangeInfoJson = exchangeInfoJson;
        _keys = keys;
        engine.Events = new SpotUserEvents(engine, UserData);
        Register();
    }

    /// <summary>
    /// The Spot venue for <paramref name="options"/>: its exchangeInfo (checked), its limits, the matching engine with
    /// an account per API key.
    /// </summary>
    public static SpotApi Create(SandboxOptions options, string exchangeJson, SandboxClock clock, ApiKeyRing keys)
    {
        var info = Preflight.ExchangeInfo.Parse(exchangeJson);
        var limits = SandboxConfiguration.Limits(info.RateLimits, options);
        var messages = new CatalogMessages(BinanceVenue.Spot);
        var engine = new MatchingEngine(ExchangeRules.Compile(info), messages, options.SeedPrices, options.CommissionRate, options.SeedLiquidity, clock.NowMs);
        foreach (var key in options.ApiKeys)
        {
            engine.OpenAccount(key.ApiKey, key.Balances);
        }

        return new SpotApi(engine, limits, messages, Encoding.UTF8.GetBytes(exchangeJson), keys, options.FreeSuccessfulOrders);
    }

    /// <summary>The engine behind the API.</summary>
    public MatchingEngine Engine => _engine;

    public byte[] ExchangeInfoJson => _exchangeInfoJson;

    public override string? WebSocketPath => "/ws-api/v3";

    public override bool UserDataSubscriptions => true;

    public override string RateLimitedMessage(BinanceRateLimit limit) =>
        _messages.Text(BinanceErrorCodes.TooManyRequests, limit.Limit.ToString(CultureInfo.InvariantCulture), limit.IntervalText);

    public override string BannedMessage(long untilMs) =>
        _messages.Text(BinanceErrorCodes.TooManyRequests, untilMs.ToString(CultureInfo.InvariantCulture));

    public override SandboxRejection RecvWindowTooLarge(long maximum) =>
        new(400, BinanceErrorCodes.MandatoryParamEmptyOrMalformed, _messages.TextFor(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, ["parameter", "maximum"], "recvWindow", maximum.ToString(CultureInfo.InvariantCulture)));

    public override IReadOnlyList<AcceptedOrder> AcceptedOrders(long now) => _engine.Read(() => _engine.AcceptedOrders().Select(o => new AcceptedOrder(
        o.Symbol, o.OrderId, o.ClientOrderId, o.Account, SpotWire.Side(o.Side), o.OriginalType.ToWireName(), o.Price, o.OrigQty, o.ExecutedQty, o.Status, o.Time)).ToArray());

    public override IReadOnlyList<AcceptedOrderList> AcceptedOrderLists() => _engine.Read(() => _engine.AcceptedLists().Select(l => new AcceptedOrderList(
        l.Symbol, l.OrderListId, l.ListClientOrderId, l.Account, l.ContingencyType, l.ListOrderStatus, [.. l.Orders.Select(o => o.OrderId)], l.TransactionTime)).ToArray());

    internal static JsonArray? SymbolsArray(JsonNode root) => root["symbols"] as JsonArray;

    private bool CanTrade(string account) => _keys.TryFind(account, out var key, out _) && key.CanTrade;
}
