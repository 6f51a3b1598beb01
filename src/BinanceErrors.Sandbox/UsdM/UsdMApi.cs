using System.Globalization;
using System.Text;
using BinanceErrors.Preflight.Futures;
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

    /// <summary>
    /// The USDⓈ-M venue for <paramref name="options"/>: its exchangeInfo (checked), its limits, the futures engine with
    /// an account per API key.
    /// </summary>
    public static UsdMApi Create(SandboxOptions options, string exchangeJson, SandboxClock clock, ApiKeyRing keys)
    {
        var info = Preflight.Futures.FuturesExchangeInfo.Parse(exchangeJson);
        var limits = SandboxConfiguration.Limits(info.RateLimits, options);
        var messages = new CatalogMessages(BinanceVenue.UsdMFutures);
        var engine = new FuturesEngine(FuturesExchangeRules.Compile(info), messages, options.MarkPrices,
            options.FuturesCommission.Maker, options.FuturesCommission.Taker, options.DefaultLeverage, options.SeedLiquidity, options.MarkPriceWalk, clock.NowMs);
        foreach (var key in options.ApiKeys)
        {
            engine.OpenAccount(key.ApiKey, key.Balances, clock.NowMs);
        }

        return new UsdMApi(engine, limits, messages, Encoding.UTF8.GetBytes(exchangeJson), keys);
    }

    /// <summary>
    /// The orders clients placed, then the algo orders (order id = <c>algoId</c>, client order id = <c>clientAlgoId</c>,
    /// status = <c>algoStatus</c>); the orders a triggered algo order placed are its own and not listed again.
    /// </summary>
    public override IReadOnlyList<AcceptedOrder> AcceptedOrders(long now) => _engine.Read(now, () => _engine.AcceptedOrders()
        .Where(o => !o.OrigType.IsConditional())
        .Select(o => new AcceptedOrder(o.Symbol, o.OrderId, o.ClientOrderId, o.Account, FuturesJson.Side(o.Side), o.Type.ToWireName(), o.Price, o.OrigQty, o.ExecutedQty, o.Status, o.Time))
        .Concat(_engine.AlgoOrders().Select(a => new AcceptedOrder(a.Symbol, a.AlgoId, a.ClientAlgoId, a.Account, FuturesJson.Side(a.Side), a.Type.ToWireName(), a.Price, a.Quantity, a.ActualOrder?.ExecutedQty ?? 0, a.AlgoStatus, a.CreateTime)))
        .ToArray());

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
