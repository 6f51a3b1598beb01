using System.Text;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Futures;
using BinanceErrors.Sandbox.Futures.Engine;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.UsdM;

/// <summary>
/// USDⓈ-M futures (<c>/fapi</c>): the shared futures operations under USDⓈ-M's routes and versions (v2/v3 account,
/// balance and positionRisk), the Algo Service (<c>/fapi/v1/algoOrder</c>), the order-count endpoint, and USDⓈ-M's
/// configuration: its pre-flight, its leverage brackets in USDT and its own codes (-5028, -4116, -5022, -5021, -4161).
/// </summary>
internal sealed partial class UsdMApi : FuturesApi
{
    /// <summary>USDⓈ-M's configuration of the shared futures engine.</summary>
    public static readonly FuturesVenueSetup Configuration = new()
    {
        Venue = BinanceVenue.UsdMFutures,
        PathPrefix = "/fapi",
        Validate = FuturesOrderValidator.Validate,
        Brackets = UsdMLeverageBrackets.Table,
        EngineRecvWindowCode = UsdMFuturesErrorCodes.MeRecvwindowReject,
        DuplicateClientOrderIdCode = UsdMFuturesErrorCodes.DuplicatedClientOrderId,
        PostOnlyRejectCode = UsdMFuturesErrorCodes.GtxOrderReject,
        FillOrKillRejectCode = UsdMFuturesErrorCodes.FokOrderReject,
        PriceMatchNoDepthCode = UsdMFuturesErrorCodes.BboOrderReject,
        IsolatedLeverageWithPositionCode = UsdMFuturesErrorCodes.IsolatedLeverageRejectWithPosition,
        LimitOrderOnlyCode = UsdMFuturesErrorCodes.LimitOrderOnly,
        SameOrderCode = UsdMFuturesErrorCodes.SameOrder,
        ExceedModifyLimitCode = UsdMFuturesErrorCodes.ExceedMaximumModifyOrderLimit,
        ModificationMinNotionalCode = UsdMFuturesErrorCodes.ModificationMinNotional,
    };

    private static readonly string[] OrderParameters =
    [
        "symbol", "side", "positionSide", "type", "timeInForce", "quantity", "reduceOnly", "price", "newClientOrderId", "stopPrice",
        "closePosition", "activationPrice", "callbackRate", "workingType", "priceProtect", "newOrderRespType", "priceMatch",
        "selfTradePreventionMode", "goodTillDate",
    ];

    private static readonly string[] AlgoOrderParameters =
    [
        "algoType", "symbol", "side", "positionSide", "type", "timeInForce", "quantity", "price", "triggerPrice", "workingType",
        "priceMatch", "closePosition", "priceProtect", "reduceOnly", "activatePrice", "callbackRate", "clientAlgoId",
        "selfTradePreventionMode", "goodTillDate", "newOrderRespType",
    ];

    private UsdMApi(FuturesEngine engine, LimitTracker limits, byte[] exchangeInfoJson, ApiKeyRing keys, SandboxClock clock)
        : base(engine, limits, exchangeInfoJson, keys, Configuration, clock)
    {
        RegisterShared(OrderParameters);
        Add("GET", "/fapi/v2/ticker/price", call => FuturesTicker(call, "price"), parameters: ["symbol"]);
        Add("GET", "/fapi/v2/account", call => FuturesAccountInfo(call, version: 2), signed: true);
        Add("GET", "/fapi/v3/account", call => FuturesAccountInfo(call, version: 3), signed: true);
        Add("GET", "/fapi/v2/balance", FuturesBalance, signed: true);
        Add("GET", "/fapi/v3/balance", FuturesBalance, signed: true);
        Add("GET", "/fapi/v2/positionRisk", call => FuturesPositionRisk(call, version: 2), signed: true, parameters: ["symbol"]);
        Add("GET", "/fapi/v3/positionRisk", call => FuturesPositionRisk(call, version: 3), signed: true, parameters: ["symbol"]);
        Add("GET", "/fapi/v1/leverageBracket", call => FuturesLeverageBracket(call), signed: true, parameters: ["symbol"]);
        Add("POST", "/fapi/v1/algoOrder", FuturesNewAlgoOrder, signed: true, trade: true, parameters: AlgoOrderParameters);
        Add("GET", "/fapi/v1/algoOrder", FuturesQueryAlgoOrder, signed: true, parameters: ["algoId", "clientAlgoId", "symbol"]);
        Add("DELETE", "/fapi/v1/algoOrder", FuturesCancelAlgoOrder, signed: true, trade: true, parameters: ["algoId", "clientAlgoId", "symbol"]);
        Add("GET", "/fapi/v1/openAlgoOrders", FuturesOpenAlgoOrders, signed: true, parameters: ["symbol", "algoType"]);
        Add("GET", "/fapi/v1/rateLimit/order", RateLimitOrder, signed: true);
        RegisterWebSocket();
    }

    /// <summary>
    /// The USDⓈ-M venue for <paramref name="options"/>: its exchangeInfo (checked), the futures engine (linear contracts,
    /// margined in USDT) with an account per API key, over <paramref name="limits"/> and <paramref name="modes"/> (shared
    /// with COIN-M when both are served; the venue's own when null).
    /// </summary>
    public static UsdMApi Create(SandboxOptions options, string exchangeJson, SandboxClock clock, ApiKeyRing keys, LimitTracker? limits = null, FuturesPositionModes? modes = null)
    {
        var info = FuturesExchangeInfo.Parse(exchangeJson);
        var engine = new FuturesEngine(FuturesExchangeRules.Compile(info), _ => FuturesContract.Linear, Configuration, modes ?? new FuturesPositionModes(), options.MarkPrices,
            options.FuturesCommission.Maker, options.FuturesCommission.Taker, options.DefaultLeverage, options.SeedLiquidity, options.MarkPriceWalk, clock.NowMs);
        foreach (var key in options.ApiKeys)
        {
            engine.OpenAccount(key.ApiKey, key.Balances, clock.NowMs);
        }

        return new UsdMApi(engine, limits ?? SandboxConfiguration.Limits(info.RateLimits, options), Encoding.UTF8.GetBytes(exchangeJson), keys, clock);
    }
}
