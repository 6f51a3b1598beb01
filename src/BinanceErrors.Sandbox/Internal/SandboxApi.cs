using System.Globalization;
using System.Text.Json.Nodes;
using BinanceErrors.Sandbox.Engine;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Internal;

/// <summary>
/// The <c>/api/v3</c> (Spot) or <c>/fapi</c> (USDⓈ-M) operations over their engine. Every client mistake is answered
/// with the exchange's 4XX code and message; a 500 means a sandbox bug. Authorisation, limits and faults are the
/// <see cref="SandboxPipeline"/>'s.
/// </summary>
internal sealed partial class SandboxApi : VenueApi
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
    private readonly Futures.FuturesEngine? _futures;

    /// <summary>Serves <c>/api/v3</c> from <paramref name="engine"/>, or <c>/fapi</c> from <paramref name="futures"/> when given.</summary>
    public SandboxApi(MatchingEngine engine, LimitTracker limits, CatalogMessages messages, byte[] exchangeInfoJson, ApiKeyRing keys, Futures.FuturesEngine? futures = null, bool freeSuccessfulOrders = true)
        : base(messages, freeSuccessfulOrders)
    {
        _engine = engine;
        _limits = limits;
        _messages = messages;
        _exchangeInfoJson = exchangeInfoJson;
        _keys = keys;
        _futures = futures;
        if (futures is null)
        {
            Register();
        }
        else
        {
            RegisterFutures();
        }
    }

    public override bool ChecksTimestampOnArrival => _futures is not null;

    // USDⓈ-M words it per minute with one placeholder; Spot names the weight and the interval.
    public override string RateLimitedMessage(BinanceRateLimit limit) => _futures is null
        ? _messages.Text(BinanceErrorCodes.TooManyRequests, limit.Limit.ToString(CultureInfo.InvariantCulture), limit.IntervalText)
        : _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["limit"], limit.Limit.ToString(CultureInfo.InvariantCulture));

    public override string BannedMessage(long untilMs) => _futures is null
        ? _messages.Text(BinanceErrorCodes.TooManyRequests, untilMs.ToString(CultureInfo.InvariantCulture))
        : _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["bannedUntil"], untilMs.ToString(CultureInfo.InvariantCulture));

    // USDⓈ-M's catalog has no "cannot be greater than" text: the parameter is malformed.
    public override SandboxRejection RecvWindowTooLarge(long maximum) => _futures is null
        ? new SandboxRejection(400, BinanceErrorCodes.MandatoryParamEmptyOrMalformed, _messages.TextFor(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, ["parameter", "maximum"], "recvWindow", maximum.ToString(CultureInfo.InvariantCulture)))
        : _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "recvWindow");

    public byte[] ExchangeInfoJson => _exchangeInfoJson;

    private bool CanTrade(string account) => _keys.TryFind(account, out var key, out _) && key.CanTrade;

    internal static JsonArray? SymbolsArray(JsonNode root) => root["symbols"] as JsonArray;
}
