using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Futures;

namespace BinanceErrors.Sandbox.Internal;

/// <summary>
/// The <c>/fapi</c> surface of the USDⓈ-M sandbox: the same routing, limits, faults and security as <c>/api/v3</c>,
/// with the futures engine behind it. Order handlers add the matching engine's own recvWindow check (-5028), which
/// a request delayed after the gateway (a <c>delayMs</c> fault) can fail.
/// </summary>
internal sealed partial class SandboxApi
{
    private static readonly string[] FuturesOrderParameters =
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

    private FuturesEngine Futures => _futures!;

    private void RegisterFutures()
    {
        Add("GET", "/fapi/v1/ping", 1, _ => Empty());
        Add("GET", "/fapi/v1/time", 1, call => Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("serverTime", call.Now);
            json.WriteEndObject();
        }));
        Add("GET", "/fapi/v1/exchangeInfo", 1, call => FuturesExchangeInfo(call));
        Add("GET", "/fapi/v1/depth", p => FuturesDepthWeight(p["limit"]), FuturesDepth, parameters: ["symbol", "limit"]);
        Add("GET", "/fapi/v1/ticker/price", p => p.Has("symbol") ? 1 : 2, call => FuturesTicker(call, "price"), parameters: ["symbol"]);
        Add("GET", "/fapi/v2/ticker/price", p => p.Has("symbol") ? 1 : 2, call => FuturesTicker(call, "price"), parameters: ["symbol"]);
        Add("GET", "/fapi/v1/ticker/bookTicker", p => p.Has("symbol") ? 2 : 5, call => FuturesTicker(call, "book"), parameters: ["symbol"]);
        Add("GET", "/fapi/v1/ticker/24hr", p => p.Has("symbol") ? 1 : 40, call => FuturesTicker(call, "24hr"), parameters: ["symbol"]);
        Add("GET", "/fapi/v1/premiumIndex", p => p.Has("symbol") ? 1 : 10, call => FuturesTicker(call, "premium"), parameters: ["symbol"]);
        Add("GET", "/fapi/v2/account", 5, call => FuturesAccountInfo(call, version: 2), signed: true);
        Add("GET", "/fapi/v3/account", 5, call => FuturesAccountInfo(call, version: 3), signed: true);
        Add("GET", "/fapi/v2/balance", 5, FuturesBalance, signed: true);
        Add("GET", "/fapi/v3/balance", 5, FuturesBalance, signed: true);
        Add("GET", "/fapi/v2/positionRisk", 5, call => FuturesPositionRisk(call, version: 2), signed: true, parameters: ["symbol"]);
        Add("GET", "/fapi/v3/positionRisk", 5, call => FuturesPositionRisk(call, version: 3), signed: true, parameters: ["symbol"]);
        Add("GET", "/fapi/v1/leverageBracket", 1, FuturesLeverageBracket, signed: true, parameters: ["symbol"]);
        Add("POST", "/fapi/v1/leverage", 1, FuturesLeverage, signed: true, trade: true, parameters: ["symbol", "leverage"]);
        Add("POST", "/fapi/v1/marginType", 1, FuturesMarginType, signed: true, trade: true, parameters: ["symbol", "marginType"]);
        Add("GET", "/fapi/v1/positionSide/dual", 30, FuturesPositionMode, signed: true);
        Add("POST", "/fapi/v1/positionSide/dual", 1, FuturesChangePositionMode, signed: true, trade: true, parameters: ["dualSidePosition"]);
        Add("POST", "/fapi/v1/order", 0, FuturesNewOrder, signed: true, trade: true, parameters: FuturesOrderParameters);
        Add("GET", "/fapi/v1/order", 1, FuturesQueryOrder, signed: true, parameters: ["symbol", "orderId", "origClientOrderId"]);
        Add("DELETE", "/fapi/v1/order", 1, FuturesCancelOrder, signed: true, trade: true, parameters: ["symbol", "orderId", "origClientOrderId"]);
        Add("GET", "/fapi/v1/openOrders", p => p.Has("symbol") ? 1 : 40, FuturesOpenOrders, signed: true, parameters: ["symbol"]);
        Add("DELETE", "/fapi/v1/allOpenOrders", 1, FuturesCancelAll, signed: true, trade: true, parameters: ["symbol"]);
        Add("GET", "/fapi/v1/allOrders", 5, FuturesAllOrders, signed: true, parameters: ["symbol", "orderId", "startTime", "endTime", "limit"]);
        Add("GET", "/fapi/v1/userTrades", 5, FuturesUserTrades, signed: true, parameters: ["symbol", "orderId", "startTime", "endTime", "fromId", "limit"]);
        Add("POST", "/fapi/v1/batchOrders", 5, FuturesBatchOrders, signed: true, trade: true, parameters: ["batchOrders"]);
        Add("DELETE", "/fapi/v1/batchOrders", 1, FuturesBatchCancel, signed: true, trade: true, parameters: ["symbol", "orderIdList", "origClientOrderIdList"]);
        Add("POST", "/fapi/v1/algoOrder", 0, FuturesNewAlgoOrder, signed: true, trade: true, parameters: AlgoOrderParameters);
        Add("GET", "/fapi/v1/algoOrder", 1, FuturesQueryAlgoOrder, signed: true, parameters: ["algoId", "clientAlgoId", "symbol"]);
        Add("DELETE", "/fapi/v1/algoOrder", 1, FuturesCancelAlgoOrder, signed: true, trade: true, parameters: ["algoId", "clientAlgoId", "symbol"]);
        Add("GET", "/fapi/v1/openAlgoOrders", p => p.Has("symbol") ? 1 : 40, FuturesOpenAlgoOrders, signed: true, parameters: ["symbol", "algoType"]);
        Add("POST", "/fapi/v1/listenKey", 1, _ => ListenKey(), parameters: []);
        Add("PUT", "/fapi/v1/listenKey", 1, _ => ListenKey(), parameters: []);
        Add("DELETE", "/fapi/v1/listenKey", 1, _ => Empty(), parameters: []);
        Add("GET", "/fapi/v1/rateLimit/order", 1, RateLimitOrder, signed: true);
    }

    private static int FuturesDepthWeight(string? limit) => int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n switch
    {
        <= 50 => 2,
        <= 100 => 5,
        <= 500 => 10,
        _ => 20,
    } : 10;

    /// <summary>Serializes under the engine lock, so mutable orders and positions are read consistently.</summary>
    private ApiResult FuturesJsonResult(Call call, Action<Utf8JsonWriter> write, bool placedOrder = false)
    {
        var raw = Futures.Read(call.Now, () =>
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var json = new Utf8JsonWriter(buffer))
            {
                write(json);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        });
        return new ApiResult(200, _ => { }, PlacedOrder: placedOrder, RawJson: raw);
    }

    private string RequireFuturesSymbol(Call call, out FuturesSymbolRules rules)
    {
        var symbol = call["symbol"] ?? throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "symbol");
        if (!Futures.Rules.TryGetSymbol(symbol, out var found))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.BadSymbol);
        }

        rules = found;
        return symbol;
    }

    private FuturesSymbolInfo Info(string symbol) => Futures.Book(symbol).Rules.Info;

    /// <summary>The matching engine's own recvWindow check: a request that reached it too late is refused with -5028.</summary>
    private void CheckEngineRecvWindow(Call call)
    {
        if (call["timestamp"] is not { } text || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return;
        }

        var timestampMs = text.Length >= 16 ? timestamp / 1000m : timestamp;
        var recvWindow = decimal.TryParse(call["recvWindow"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) ? w : 5000m;
        if (call.Now - timestampMs > recvWindow)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MeRecvwindowReject);
        }
    }

    private void OrderRateGuard(Call call, int orders)
    {
        if (_limits.WouldBreakOrders(call.Account, call.Now) is { } broken)
        {
            var message = _messages.Text(UsdMFuturesErrorCodes.TooManyOrders, broken.Limit.ToString(CultureInfo.InvariantCulture), broken.IntervalText);
            throw new SandboxRejection(429, UsdMFuturesErrorCodes.TooManyOrders, message, retryAfter: RetryAfter(LimitTracker.WindowEnd(broken, call.Now), call.Now));
        }

        for (var i = 0; i < orders; i++)
        {
            _limits.CountOrder(call.Account, call.Now);
        }
    }

    private ApiResult FuturesNewOrder(Call call)
    {
        CheckEngineRecvWindow(call);
        OrderRateGuard(call, 1);
        var request = FuturesOrderRequest.FromParameters(call.Parameters.All);
        var order = Futures.Place(call.Account, request, call.Now);
        var ack = request.NewOrderRespType != "RESULT";
        var info = Info(order.Symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info, ack), placedOrder: true);
    }

    private (string Symbol, long? OrderId, string? ClientOrderId) FuturesOrderReference(Call call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        long? orderId = null;
        if (call["orderId"] is { } idText)
        {
            orderId = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "orderId");
        }

        var clientOrderId = call["origClientOrderId"];
        if (orderId is null && clientOrderId is null)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "orderId", "origClientOrderId");
        }

        return (symbol, orderId, clientOrderId);
    }

    private ApiResult FuturesQueryOrder(Call call)
    {
        var (symbol, orderId, clientOrderId) = FuturesOrderReference(call);
        var order = Futures.Find(call.Account, symbol, orderId, clientOrderId) ?? throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
        var info = Info(symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info, withTime: true));
    }

    private ApiResult FuturesCancelOrder(Call call)
    {
        var (symbol, orderId, clientOrderId) = FuturesOrderReference(call);
        var order = Futures.Cancel(call.Account, symbol, orderId, clientOrderId, call.Now);
        var info = Info(symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info));
    }

    private ApiResult FuturesOpenOrders(Call call)
    {
        var symbol = call["symbol"] is null ? null : RequireFuturesSymbol(call, out _);
        return FuturesJsonResult(call, json =>
        {
            json.WriteStartArray();
            foreach (var order in Futures.OpenOrders(call.Account, symbol))
            {
                FuturesJson.Order(json, order, Info(order.Symbol), withTime: true);
            }

            json.WriteEndArray();
        });
    }

    private ApiResult FuturesCancelAll(Call call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        Futures.CancelAll(call.Account, symbol, call.Now);
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("code", 200);
            json.WriteString("msg", "The operation of cancel all open order is done.");
            json.WriteEndObject();
        });
    }

    private ApiResult FuturesAllOrders(Call call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        var limit = FuturesLimit(call, 500, 1000);
        var fromId = call["orderId"] is { } id && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var info = Info(symbol);
        return FuturesJsonResult(call, json =>
        {
            json.WriteStartArray();
            foreach (var order in Futures.AllOrders(call.Account, symbol).Where(o => o.OrderId >= fromId).Take(limit))
            {
                FuturesJson.Order(json, order, info, withTime: true);
            }

            json.WriteEndArray();
        });
    }

    private ApiResult FuturesUserTrades(Call call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        var limit = FuturesLimit(call, 500, 1000);
        var info = Info(symbol);
        var orderId = call["orderId"] is { } id && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return FuturesJsonResult(call, json =>
        {
            json.WriteStartArray();
            foreach (var trade in Futures.Trades(call.Account, symbol).Where(t => orderId is null || t.OrderId == orderId).TakeLast(limit))
            {
                FuturesJson.Trade(json, trade, info);
            }

            json.WriteEndArray();
        });
    }

    private int FuturesLimit(Call call, int fallback, int max)
    {
        if (call["limit"] is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 && limit <= max
            ? limit
            : throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "limit");
    }

    /// <summary>Up to five orders, each validated and placed on its own: the reply is HTTP 200 with an order or a <c>{code, msg}</c> per element.</summary>
    private ApiResult FuturesBatchOrders(Call call)
    {
        CheckEngineRecvWindow(call);
        var text = call["batchOrders"] ?? throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "batchOrders");
        List<Dictionary<string, JsonElement>>? elements;
        try
        {
            elements = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(text);
        }
        catch (JsonException)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "batchOrders");
        }

        if (elements is null || elements.Count is 0 or > 5)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidBatchPlaceOrderSize);
        }

        OrderRateGuard(call, elements.Count);
        var results = new List<(FuturesOrder? Order, bool Ack, SandboxRejection? Error)>();
        foreach (var element in elements)
        {
            var pairs = element.Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()));
            var request = FuturesOrderRequest.FromParameters(pairs);
            try
            {
                results.Add((Futures.Place(call.Account, request, call.Now), request.NewOrderRespType != "RESULT", null));
            }
            catch (SandboxRejection ex)
            {
                results.Add((null, false, ex));
            }
        }

        return FuturesJsonResult(call, json =>
        {
            json.WriteStartArray();
            foreach (var (order, ack, error) in results)
            {
                if (order is not null)
                {
                    FuturesJson.Order(json, order, Info(order.Symbol), ack);
                }
                else
                {
                    FuturesJson.Error(json, error!.Code, error.Message);
                }
            }

            json.WriteEndArray();
        }, placedOrder: results.Any(r => r.Order is not null));
    }

    private ApiResult FuturesBatchCancel(Call call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        var ids = ParseList<long>(call, "orderIdList");
        var clientIds = ParseList<string>(call, "origClientOrderIdList");
        if (ids is null && clientIds is null)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "orderIdList", "origClientOrderIdList");
        }

        var targets = ids?.Select(id => ((long?)id, (string?)null)) ?? clientIds!.Select(c => ((long?)null, (string?)c));
        var results = new List<(FuturesOrder? Order, SandboxRejection? Error)>();
        foreach (var (id, clientId) in targets.Take(10))
        {
            try
            {
                results.Add((Futures.Cancel(call.Account, symbol, id, clientId, call.Now), null));
            }
            catch (SandboxRejection ex)
            {
                results.Add((null, ex));
            }
        }

        var info = Info(symbol);
        return FuturesJsonResult(call, json =>
        {
            json.WriteStartArray();
            foreach (var (order, error) in results)
            {
                if (order is not null)
                {
                    FuturesJson.Order(json, order, info);
                }
                else
                {
                    FuturesJson.Error(json, error!.Code, error.Message);
                }
            }

            json.WriteEndArray();
        });
    }

    private List<T>? ParseList<T>(Call call, string name)
    {
        if (call[name] is not { } text)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<T>>(text);
        }
        catch (JsonException)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, name);
        }
    }

    private ApiResult FuturesNewAlgoOrder(Call call)
    {
        CheckEngineRecvWindow(call);
        OrderRateGuard(call, 1);
        var request = FuturesAlgoOrderRequest.FromParameters(call.Parameters.All);
        var algo = Futures.PlaceAlgo(call.Account, request, call.Now);
        var info = Info(algo.Symbol);
        return FuturesJsonResult(call, json => FuturesJson.Algo(json, algo, info), placedOrder: true);
    }

    private (long? AlgoId, string? ClientAlgoId) AlgoReference(Call call)
    {
        long? algoId = null;
        if (call["algoId"] is { } idText)
        {
            algoId = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "algoId");
        }

        var clientAlgoId = call["clientAlgoId"];
        if (algoId is null && clientAlgoId is null)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "algoId", "clientAlgoId");
        }

        return (algoId, clientAlgoId);
    }

    private ApiResult FuturesQueryAlgoOrder(Call call)
    {
        var (algoId, clientAlgoId) = AlgoReference(call);
        var algo = Futures.FindAlgo(call.Account, algoId, clientAlgoId) ?? throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
        var info = Info(algo.Symbol);
        return FuturesJsonResult(call, json => FuturesJson.Algo(json, algo, info));
    }

    private ApiResult FuturesCancelAlgoOrder(Call call)
    {
        var (algoId, clientAlgoId) = AlgoReference(call);
        var algo = Futures.CancelAlgo(call.Account, algoId, clientAlgoId, call.Now);
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("algoId", algo.AlgoId);
            json.WriteString("clientAlgoId", algo.ClientAlgoId);
            json.WriteString("code", "200");
            json.WriteString("msg", "success");
            json.WriteEndObject();
        });
    }

    private ApiResult FuturesOpenAlgoOrders(Call call)
    {
        var symbol = call["symbol"] is null ? null : RequireFuturesSymbol(call, out _);
        return FuturesJsonResult(call, json =>
        {
            json.WriteStartArray();
            foreach (var algo in Futures.OpenAlgoOrders(call.Account, symbol))
            {
                FuturesJson.Algo(json, algo, Info(algo.Symbol));
            }

            json.WriteEndArray();
        });
    }

    /// <summary>User data streams are not served; the key lets connectors that open one at start-up carry on.</summary>
    private static ApiResult ListenKey() => Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("listenKey", "sandboxListenKeyUsdM0000000000000000000000000000000000000000000000");
            json.WriteEndObject();
        });
}
