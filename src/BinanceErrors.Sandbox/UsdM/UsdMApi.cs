using System.Globalization;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.UsdM.Engine;

namespace BinanceErrors.Sandbox.UsdM;

/// <summary>
/// The USDⓈ-M futures operations (<c>/fapi</c>) over the futures engine. The gateway checks the timestamp on arrival
/// and order handlers add the matching engine's own recvWindow check (-5028), which a request delayed after the
/// gateway (a <c>delayMs</c> fault) can fail. Authorisation, limits and faults are the <see cref="SandboxPipeline"/>'s.
/// </summary>
internal sealed partial class UsdMApi : VenueApi
{
    private readonly FuturesEngine _engine;
    private readonly LimitTracker _limits;
    private readonly CatalogMessages _messages;
    private readonly byte[] _exchangeInfoJson;
    private readonly ApiKeyRing _keys;

    /// <summary>Serves <c>/fapi</c> from <paramref name="engine"/>.</summary>
    public UsdMApi(FuturesEngine engine, LimitTracker limits, CatalogMessages messages, byte[] exchangeInfoJson, ApiKeyRing keys)
        : base(messages, limits, freeSuccessfulOrders: false)
    {
        _engine = engine;
        _limits = limits;
        _messages = messages;
        _exchangeInfoJson = exchangeInfoJson;
        _keys = keys;
        RegisterFutures();
    }

    /// <summary>The engine behind the API.</summary>
    public FuturesEngine Engine => _engine;

    public override bool ChecksTimestampOnArrival => true;

    public byte[] ExchangeInfoJson => _exchangeInfoJson;

    // USDⓈ-M words it per minute with one placeholder.
    public override string RateLimitedMessage(BinanceRateLimit limit) =>
        _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["limit"], limit.Limit.ToString(CultureInfo.InvariantCulture));

    public override string BannedMessage(long untilMs) =>
        _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["bannedUntil"], untilMs.ToString(CultureInfo.InvariantCulture));

    // USDⓈ-M's catalog has no "cannot be greater than" text: the parameter is malformed.
    public override SandboxRejection RecvWindowTooLarge(long maximum) => _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "recvWindow");

    private FuturesEngine Futures => _engine;

    private bool CanTrade(string account) => _keys.TryFind(account, out var key, out _) && key.CanTrade;
}
