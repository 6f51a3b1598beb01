using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Futures.Engine;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>The futures order operations and the routes both venues serve under the same path.</summary>
internal abstract partial class FuturesApi
{
    /// <summary>
    /// The routes both venues serve under their prefix (<c>/fapi</c>, <c>/dapi</c>) and version 1: market data, orders,
    /// leverage, margin type, position mode and listenKeys. <paramref name="orderParameters"/> are the venue's order
    /// parameters.
    /// </summary>
    protected void RegisterShared(string[] orderParameters)
    {
        var v1 = Setup.PathPrefix + "/v1";
        Add("GET", v1 + "/ping", _ => Empty());
        Add("GET", v1 + "/time", call => Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("serverTime", call.Now);
            json.WriteEndObject();
        }));
        Add("GET", v1 + "/exchangeInfo", call => FuturesExchangeInfo(call));
        Add("GET", v1 + "/depth", FuturesDepth, parameters: ["symbol", "limit"]);
        Add("GET", v1 + "/ticker/price", call => FuturesTicker(call, "price"), parameters: ["symbol"]);
        Add("GET", v1 + "/ticker/bookTicker", call => FuturesTicker(call, "book"), parameters: ["symbol"]);
        Add("GET", v1 + "/ticker/24hr", call => FuturesTicker(call, "24hr"), parameters: ["symbol"]);
        Add("GET", v1 + "/premiumIndex", call => FuturesTicker(call, "premium"), parameters: ["symbol"]);
        Add("POST", v1 + "/leverage", FuturesLeverage, signed: true, trade: true, parameters: ["symbol", "leverage"]);
        Add("POST", v1 + "/marginType", FuturesMarginType, signed: true, trade: true, parameters: ["symbol", "marginType"]);
        Add("GET", v1 + "/positionSide/dual", FuturesPositionMode, signed: true);
        Add("POST", v1 + "/positionSide/dual", FuturesChangePositionMode, signed: true, trade: true, parameters: ["dualSidePosition"]);
        Add("POST", v1 + "/order", FuturesNewOrder, signed: true, trade: true, parameters: orderParameters);
        Add("GET", v1 + "/order", FuturesQueryOrder, signed: true, parameters: ["symbol", "orderId", "origClientOrderId"]);
        Add("DELETE", v1 + "/order", FuturesCancelOrder, signed: true, trade: true, parameters: ["symbol", "orderId", "origClientOrderId"]);
        Add("PUT", v1 + "/order", FuturesModifyOrder, signed: true, trade: true, parameters: ["symbol", "orderId", "origClientOrderId", "side", "quantity", "price", "priceMatch", "origType", "positionSide"]);
        Add("GET", v1 + "/openOrders", FuturesOpenOrders, signed: true, parameters: ["symbol"]);
        Add("DELETE", v1 + "/allOpenOrders", FuturesCancelAll, signed: true, trade: true, parameters: ["symbol"]);
        Add("GET", v1 + "/allOrders", FuturesAllOrders, signed: true, parameters: ["symbol", "orderId", "startTime", "endTime", "limit"]);
        Add("GET", v1 + "/userTrades", FuturesUserTrades, signed: true, parameters: ["symbol", "orderId", "startTime", "endTime", "fromId", "limit"]);
        Add("POST", v1 + "/batchOrders", FuturesBatchOrders, signed: true, trade: true, parameters: ["batchOrders"]);
        Add("DELETE", v1 + "/batchOrders", FuturesBatchCancel, signed: true, trade: true, parameters: ["symbol", "orderIdList", "origClientOrderIdList"]);
        AddUserStream("POST", v1 + "/listenKey", StartListenKey);
        AddUserStream("PUT", v1 + "/listenKey", KeepAliveListenKey, "listenKey");
        AddUserStream("DELETE", v1 + "/listenKey", CloseListenKey, "listenKey");
    }

    /// <summary>Serializes under the engine lock, so mutable orders and positions are read consistently.</summary>
    private OperationResult FuturesJsonResult(OperationCall call, Action<Utf8JsonWriter> write, bool placedOrder = false)
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
        return new OperationResult(200, _ => { }, PlacedOrder: placedOrder, RawJson: raw);
    }

    private string RequireFuturesSymbol(OperationCall call, out FuturesSymbolRules rules)
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

    /// <summary>The matching engine's own recvWindow check: a request that reached it too late is refused (USDⓈ-M -5028, COIN-M -4188).</summary>
    private void CheckEngineRecvWindow(OperationCall call)
    {
        if (call["timestamp"] is not { } text || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return;
        }

        var timestampMs = text.Length >= 16 ? timestamp / 1000m : timestamp;
        var recvWindow = decimal.TryParse(call["recvWindow"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) ? w : 5000m;
        if (call.Now - timestampMs > recvWindow)
        {
            throw _messages.Reject(Setup.EngineRecvWindowCode);
        }
    }

    private void OrderRateGuard(OperationCall call, int orders)
    {
        if (_limits.WouldBreakOrders(call.Account, call.Now) is { } broken)
        {
            throw TooManyOrders(broken, call.Now);
        }

        for (var i = 0; i < orders; i++)
        {
            _limits.CountOrder(call.Account, call.Now);
        }
    }

    private OperationResult FuturesNewOrder(OperationCall call)
    {
        CheckEngineRecvWindow(call);
        OrderRateGuard(call, 1);
        var request = FuturesOrderRequest.FromParameters(call.Parameters.All);
        var order = Futures.Place(call.Account, request, call.Now);
        var ack = request.NewOrderRespType != "RESULT";
        var info = Info(order.Symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info, ack), placedOrder: true);
    }

    private (string Symbol, long? OrderId, string? ClientOrderId) FuturesOrderReference(OperationCall call)
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

    private OperationResult FuturesQueryOrder(OperationCall call)
    {
        var (symbol, orderId, clientOrderId) = FuturesOrderReference(call);
        var order = Futures.Find(call.Account, symbol, orderId, clientOrderId) ?? throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
        var info = Info(symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info, withTime: true));
    }

    private OperationResult FuturesCancelOrder(OperationCall call)
    {
        var (symbol, orderId, clientOrderId) = FuturesOrderReference(call);
        var order = Futures.Cancel(call.Account, symbol, orderId, clientOrderId, call.Now);
        var info = Info(symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info));
    }

    /// <summary>
    /// Amends a resting LIMIT order (<c>PUT …/order</c>, <c>order.modify</c>): one order on the order counts, no weight.
    /// USDⓈ-M needs both <c>quantity</c> and <c>price</c> (or <c>priceMatch</c>); COIN-M keeps the one not sent.
    /// <c>origType</c> and <c>positionSide</c> are accepted as the documented sample sends them and not otherwise read.
    /// </summary>
    private OperationResult FuturesModifyOrder(OperationCall call)
    {
        CheckEngineRecvWindow(call);
        var (symbol, orderId, clientOrderId) = FuturesOrderReference(call);
        OrderRateGuard(call, 1);
        var request = FuturesOrderRequest.FromParameters(call.Parameters.All);
        if (CoinMargined && (request.Quantity is null || (request.Price is null && request.PriceMatch is null)) && Futures.Find(call.Account, symbol, orderId, clientOrderId) is { } current)
        {
            request = request with
            {
                Quantity = request.Quantity ?? current.OrigQty.ToString(CultureInfo.InvariantCulture),
                Price = request.Price ?? (request.PriceMatch is null ? current.Price.ToString(CultureInfo.InvariantCulture) : null),
            };
        }

        var order = Futures.Modify(call.Account, request, orderId, clientOrderId, call.Now);
        var info = Info(symbol);
        return FuturesJsonResult(call, json => FuturesJson.Order(json, order, info), placedOrder: true);
    }

    private OperationResult FuturesOpenOrders(OperationCall call)
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

    private OperationResult FuturesCancelAll(OperationCall call)
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

    private OperationResult FuturesAllOrders(OperationCall call)
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

    private OperationResult FuturesUserTrades(OperationCall call)
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
                FuturesJson.Trade(json, trade, info, CoinMargined);
            }

            json.WriteEndArray();
        });
    }

    private int FuturesLimit(OperationCall call, int fallback, int max)
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
    private OperationResult FuturesBatchOrders(OperationCall call)
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

    private OperationResult FuturesBatchCancel(OperationCall call)
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

    private List<T>? ParseList<T>(OperationCall call, string name)
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

    protected OperationResult FuturesNewAlgoOrder(OperationCall call)
    {
        CheckEngineRecvWindow(call);
        OrderRateGuard(call, 1);
        var request = FuturesAlgoOrderRequest.FromParameters(call.Parameters.All);
        var algo = Futures.PlaceAlgo(call.Account, request, call.Now);
        var info = Info(algo.Symbol);
        return FuturesJsonResult(call, json => FuturesJson.Algo(json, algo, info), placedOrder: true);
    }

    private (long? AlgoId, string? ClientAlgoId) AlgoReference(OperationCall call)
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

    protected OperationResult FuturesQueryAlgoOrder(OperationCall call)
    {
        var (algoId, clientAlgoId) = AlgoReference(call);
        var algo = Futures.FindAlgo(call.Account, algoId, clientAlgoId) ?? throw _messages.Reject(UsdMFuturesErrorCodes.NoSuchOrder);
        var info = Info(algo.Symbol);
        return FuturesJsonResult(call, json => FuturesJson.Algo(json, algo, info));
    }

    protected OperationResult FuturesCancelAlgoOrder(OperationCall call)
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

    protected OperationResult FuturesOpenAlgoOrders(OperationCall call)
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

    /// <summary><c>POST …/listenKey</c>, <c>userDataStream.start</c>: the account's active key (extended) or a new one.</summary>
    private OperationResult StartListenKey(OperationCall call) => ListenKeyResult(_listenKeys.Start(call.Account));

    /// <summary><c>PUT …/listenKey</c>, <c>userDataStream.ping</c>: extends the account's key; -1125 when it has none (expired, closed, never started).</summary>
    private OperationResult KeepAliveListenKey(OperationCall call) => _listenKeys.TryKeepAlive(call.Account, call["listenKey"], out var key)
        ? ListenKeyResult(key)
        : throw NoSuchListenKey();

    /// <summary><c>DELETE …/listenKey</c>, <c>userDataStream.stop</c>: invalidates the key and closes its streams; -1125 when there is none.</summary>
    private OperationResult CloseListenKey(OperationCall call) => _listenKeys.TryClose(call.Account, call["listenKey"])
        ? Empty()
        : throw NoSuchListenKey();

    /// <summary>
    /// -1125 as USDⓈ-M sends it, "This listenKey does not exist." (seen in 2026-01, ocho011/ict_2025#73; the error page
    /// words it longer); the catalog's text where it has no such wording (COIN-M).
    /// </summary>
    private SandboxRejection NoSuchListenKey() => _messages.RejectAs(UsdMFuturesErrorCodes.InvalidListenKey, "This listenKey does not exist.");

    private static OperationResult ListenKeyResult(string key) => Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("listenKey", key);
            json.WriteEndObject();
        });
}
