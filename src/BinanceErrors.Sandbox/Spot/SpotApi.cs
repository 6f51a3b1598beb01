using System.Globalization;
using System.Text.Json.Nodes;
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
        Register();
    }

    /// <summary>The engine behind the API.</summary>
    public MatchingEngine Engine => _engine;

    public byte[] ExchangeInfoJson => _exchangeInfoJson;

    public override string RateLimitedMessage(BinanceRateLimit limit) =>
        _messages.Text(BinanceErrorCodes.TooManyRequests, limit.Limit.ToString(CultureInfo.InvariantCulture), limit.IntervalText);

    public override string BannedMessage(long untilMs) =>
        _messages.Text(BinanceErrorCodes.TooManyRequests, untilMs.ToString(CultureInfo.InvariantCulture));

    public override SandboxRejection RecvWindowTooLarge(long maximum) =>
        new(400, BinanceErrorCodes.MandatoryParamEmptyOrMalformed, _messages.TextFor(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, ["parameter", "maximum"], "recvWindow", maximum.ToString(CultureInfo.InvariantCulture)));

    internal static JsonArray? SymbolsArray(JsonNode root) => root["symbols"] as JsonArray;

    private bool CanTrade(string account) => _keys.TryFind(account, out var key, out _) && key.CanTrade;
}
