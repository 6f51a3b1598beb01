using System.Text;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Futures;
using BinanceErrors.Sandbox.Futures.Engine;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.CoinM;

/// <summary>
/// COIN-M futures (<c>/dapi</c>): the shared futures operations under COIN-M's routes (v1 account, balance and
/// positionRisk; leverage brackets by pair on v1 and by symbol on v2, in coins), inverse contracts margined in the coin
/// (initial margin = contracts × contractSize / price / leverage), <c>cumBase</c>, and COIN-M's own codes: -4188 for the
/// matching engine's recvWindow, -4150 for lowering an isolated position's leverage, and post-only and fill-or-kill
/// orders that cannot rest or fill accepted and EXPIRED (COIN-M's list has no -5022/-5021).
/// </summary>
internal sealed class CoinMApi : FuturesApi
{
    /// <summary>COIN-M's configuration of the shared futures engine.</summary>
    public static readonly FuturesVenueSetup Configuration = new()
    {
        Venue = BinanceVenue.CoinMFutures,
        PathPrefix = "/dapi",
        Validate = CoinMOrderValidator.Validate,
        Brackets = CoinMLeverageBrackets.Table,
        EngineRecvWindowCode = CoinMFuturesErrorCodes.MeInvalidTimestamp,
        DuplicateClientOrderIdCode = CoinMFuturesErrorCodes.NewOrderRejected,
        PriceMatchNoDepthCode = CoinMFuturesErrorCodes.NoDepth,
        IsolatedLeverageWithPositionCode = CoinMFuturesErrorCodes.IsolatedLeverageRejectWithPosition,
        LimitOrderOnlyCode = CoinMFuturesErrorCodes.LimitOrderOnly,
        SameOrderCode = CoinMFuturesErrorCodes.SameOrder,
        ExceedModifyLimitCode = CoinMFuturesErrorCodes.ExceedMaxModifyOrderLimit,
    };

    private static readonly string[] OrderParameters =
    [
        "symbol", "side", "positionSide", "type", "timeInForce", "quantity", "reduceOnly", "price", "newClientOrderId", "stopPrice",
        "closePosition", "activationPrice", "callbackRate", "workingType", "priceProtect", "newOrderRespType", "priceMatch",
        "selfTradePreventionMode",
    ];

    private CoinMApi(FuturesEngine engine, LimitTracker limits, byte[] exchangeInfoJson, ApiKeyRing keys, SandboxClock clock)
        : base(engine, limits, exchangeInfoJson, keys, Configuration, clock)
    {
        RegisterShared(OrderParameters);
        Add("GET", "/dapi/v1/account", call => FuturesAccountInfo(call, version: 1), signed: true);
        Add("GET", "/dapi/v1/balance", FuturesBalance, signed: true);
        Add("GET", "/dapi/v1/positionRisk", call => FuturesPositionRisk(call, version: 2), signed: true, parameters: ["symbol", "marginAsset", "pair"]);
        Add("GET", "/dapi/v1/leverageBracket", call => FuturesLeverageBracket(call, byPair: true), signed: true, parameters: ["pair"]);
        Add("GET", "/dapi/v2/leverageBracket", call => FuturesLeverageBracket(call), signed: true, parameters: ["symbol"]);
    }

    /// <summary>
    /// The COIN-M venue for <paramref name="options"/>: its exchangeInfo (checked; every symbol needs a positive
    /// <c>contractSize</c>), the futures engine (inverse contracts, margined in each symbol's coin) with an account per
    /// API key, over <paramref name="limits"/> and <paramref name="modes"/> (shared with USDⓈ-M when both are served;
    /// the venue's own when null).
    /// </summary>
    public static CoinMApi Create(SandboxOptions options, string exchangeJson, SandboxClock clock, ApiKeyRing keys, LimitTracker? limits = null, FuturesPositionModes? modes = null)
    {
        var info = FuturesExchangeInfo.Parse(exchangeJson) with { Venue = BinanceVenue.CoinMFutures };
        foreach (var symbol in info.Symbols)
        {
            if (symbol.ContractSize is not > 0)
            {
                throw new ArgumentException($"COIN-M symbol '{symbol.Symbol}' needs a contractSize (USD per contract) above 0 in its exchangeInfo.", nameof(exchangeJson));
            }
        }

        var engine = new FuturesEngine(FuturesExchangeRules.Compile(info), s => FuturesContract.InverseOf(s.Info.ContractSize!.Value), Configuration, modes ?? new FuturesPositionModes(), options.MarkPrices,
            options.FuturesCommission.Maker, options.FuturesCommission.Taker, options.DefaultLeverage, options.SeedLiquidity, options.MarkPriceWalk, clock.NowMs);
        foreach (var key in options.ApiKeys)
        {
            engine.OpenAccount(key.ApiKey, key.Balances, clock.NowMs);
        }

        return new CoinMApi(engine, limits ?? SandboxConfiguration.Limits(info.RateLimits, options), Encoding.UTF8.GetBytes(exchangeJson), keys, clock);
    }
}
