using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>The endpoint handlers; their weights come from <see cref="BinanceEndpoints"/>, the table the client uses too.</summary>
internal sealed partial class SpotApi
{
    private void Register()
    {
        Add("GET", "/api/v3/ping", _ => Empty());
        Add("GET", "/api/v3/time", call => Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("serverTime", call.Now);
            json.WriteEndObject();
        }));
        Add("GET", "/api/v3/exchangeInfo", ExchangeInfo, parameters: ["symbol", "symbols", "permissions", "showPermissionSets", "symbolStatus"]);
        Add("GET", "/api/v3/depth", Depth, parameters: ["symbol", "limit"]);
        Add("GET", "/api/v3/ticker/price", call => Tickers(call, book: false), parameters: ["symbol", "symbols"]);
        Add("GET", "/api/v3/ticker/bookTicker", call => Tickers(call, book: true), parameters: ["symbol", "symbols"]);
        Add("GET", "/api/v3/avgPrice", AvgPrice, parameters: ["symbol"]);
        Add("POST", "/api/v3/order", call => NewOrder(call, test: false), signed: true, trade: true, parameters: OrderParameters);
        Add("POST", "/api/v3/order/test", call => NewOrder(call, test: true), signed: true, trade: true, parameters: [.. OrderParameters, "computeCommissionRates"]);
        Add("GET", "/api/v3/order", QueryOrder, signed: true, parameters: ["symbol", "orderId", "origClientOrderId"]);
        Add("DELETE", "/api/v3/order", CancelOrder, signed: true, trade: true, parameters: ["symbol", "orderId", "origClientOrderId", "newClientOrderId", "cancelRestrictions"]);
        Add("GET", "/api/v3/openOrders", OpenOrders, signed: true, parameters: ["symbol"]);
        Add("DELETE", "/api/v3/openOrders", CancelOpenOrders, signed: true, trade: true, parameters: ["symbol"]);
        Add("GET", "/api/v3/allOrders", AllOrders, signed: true, parameters: ["symbol", "orderId", "startTime", "endTime", "limit"]);
        Add("GET", "/api/v3/account", Account, signed: true, parameters: ["omitZeroBalances"]);
        Add("GET", "/api/v3/myTrades", MyTrades, signed: true, parameters: ["symbol", "orderId", "startTime", "endTime", "fromId", "limit"]);
        Add("GET", "/api/v3/rateLimit/order", RateLimitOrder, signed: true);
        Add("POST", "/api/v3/order/cancelReplace", CancelReplace, signed: true, trade: true, parameters:
        [
            .. OrderParameters, "cancelReplaceMode", "cancelNewClientOrderId", "cancelOrigClientOrderId", "cancelOrderId", "cancelRestrictions", "orderRateLimitExceededMode",
        ]);
        RegisterOrderLists();
        RegisterPriceRules();
        RegisterWebSocket();
    }

    private string RequireSymbol(OperationCall call, out SymbolRules rules)
    {
        var symbol = call["symbol"] ?? throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "symbol");
        if (!_engine.Rules.TryGetSymbol(symbol, out var found))
        {
            throw _messages.Reject(BinanceErrorCodes.BadSymbol);
        }

        rules = found;
        return symbol;
    }

    private IReadOnlyList<string>? Symbols(OperationCall call)
    {
        if (call["symbol"] is { } one)
        {
            return _engine.Rules.TryGetSymbol(one, out _) ? [one] : throw _messages.Reject(BinanceErrorCodes.BadSymbol);
        }

        if (call["symbols"] is not { } many)
        {
            return null;
        }

        string[] list;
        try
        {
            list = JsonSerializer.Deserialize<string[]>(many) ?? [];
        }
        catch (JsonException)
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidJson, "symbols");
        }

        if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw _messages.Reject(BinanceErrorCodes.DuplicateSymbols);
        }

        return list.All(s => _engine.Rules.TryGetSymbol(s, out _)) ? list : throw _messages.Reject(BinanceErrorCodes.BadSymbol);
    }

    /// <summary>The document as configured, with each symbol's current status (an admin may have changed it), filtered by <c>symbol</c>, <c>symbols</c> or <c>symbolStatus</c>.</summary>
    private OperationResult ExchangeInfo(OperationCall call)
    {
        var wanted = SelectSymbols(call).ToDictionary(s => s.Symbol, StringComparer.Ordinal);
        var root = JsonNode.Parse(ExchangeInfoJson)!;
        root["serverTime"] = call.Now;
        if (SymbolsArray(root) is { } symbols)
        {
            foreach (var node in symbols.ToArray())
            {
                if (wanted.TryGetValue(node!["symbol"]!.GetValue<string>(), out var rules))
                {
                    node["status"] = rules.Info.StatusText;
                }
                else
                {
                    symbols.Remove(node);
                }
            }
        }

        return new OperationResult(200, _ => { }, RawJson: root.ToJsonString());
    }

    private OperationResult Depth(OperationCall call)
    {
        var symbol = RequireSymbol(call, out _);
        var limit = 100;
        if (call["limit"] is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 5000))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "limit");
        }

        var (bids, asks) = _engine.Read(() =>
        {
            _engine.TryGetBook(symbol, out var book);
            return (Levels(book.Bids, limit), Levels(book.Asks, limit));
        });
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("lastUpdateId", call.Now);
            WriteLevels(json, "bids", bids);
            WriteLevels(json, "asks", asks);
            json.WriteEndObject();
        });

        static (decimal Price, decimal Qty)[] Levels(SortedDictionary<decimal, LinkedList<EngineOrder>> side, int limit) =>
            [.. side.Take(limit).Select(l => (l.Key, l.Value.Sum(o => o.Remaining)))];

        static void WriteLevels(Utf8JsonWriter json, string name, (decimal Price, decimal Qty)[] levels)
        {
            json.WriteStartArray(name);
            foreach (var (price, qty) in levels)
            {
                json.WriteStartArray();
                json.WriteStringValue(SpotWire.Decimal(price));
                json.WriteStringValue(SpotWire.Decimal(qty));
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }
    }

    private OperationResult Tickers(OperationCall call, bool book)
    {
        var single = call["symbol"] is not null;
        var symbols = Symbols(call) ?? [.. _engine.Rules.Symbols.Select(s => s.Symbol)];
        var rows = _engine.Read(() => symbols.Select(s =>
        {
            _engine.TryGetBook(s, out var b);
            var bid = b.Bids.FirstOrDefault();
            var ask = b.Asks.FirstOrDefault();
            return (Symbol: s, b.LastPrice, Bid: bid.Key, BidQty: bid.Value?.Sum(o => o.Remaining) ?? 0, Ask: ask.Key, AskQty: ask.Value?.Sum(o => o.Remaining) ?? 0);
        }).ToArray());
        return Json(json =>
        {
            if (!single)
            {
                json.WriteStartArray();
            }

            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("symbol", row.Symbol);
                if (book)
                {
                    json.WriteString("bidPrice", SpotWire.Decimal(row.Bid));
                    json.WriteString("bidQty", SpotWire.Decimal(row.BidQty));
                    json.WriteString("askPrice", SpotWire.Decimal(row.Ask));
                    json.WriteString("askQty", SpotWire.Decimal(row.AskQty));
                }
                else
                {
                    json.WriteString("price", SpotWire.Decimal(row.LastPrice));
                }

                json.WriteEndObject();
            }

            if (!single)
            {
                json.WriteEndArray();
            }
        });
    }

    private OperationResult AvgPrice(OperationCall call)
    {
        var symbol = RequireSymbol(call, out var rules);
        var minutes = rules.PercentPriceBySide?.AvgPriceMins ?? rules.PercentPrice?.AvgPriceMins ?? 5;
        var price = _engine.Read(() =>
        {
            _engine.TryGetBook(symbol, out var book);
            return book.AveragePrice(call.Now, minutes);
        });
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("mins", minutes);
            json.WriteString("price", SpotWire.Decimal(price));
            json.WriteNumber("closeTime", call.Now);
            json.WriteEndObject();
        });
    }

    /// <summary>Validates and places (or test-places) an order; the pre-flight rules are the sandbox's filters.</summary>
    private OperationResult NewOrder(OperationCall call, bool test)
    {
        var (order, fills, responseType) = Place(call, call.Parameters.All, test);
        if (test)
        {
            return Empty();
        }

        return new OperationResult(200, json => SpotJson.NewOrder(json, order, responseType, fills, call.Now), PlacedOrder: true);
    }

    // The open-order count the validator reads and the order the engine adds must not interleave with another
    // placement: 60 concurrent orders against MAX_NUM_ORDERS 5 must leave exactly 5 resting.
    private (EngineOrder Order, IReadOnlyList<EngineTrade> Fills, string ResponseType) Place(OperationCall call, IEnumerable<KeyValuePair<string, string>> parameters, bool test) =>
        _engine.Atomically(() => PlaceUnderLock(call, parameters, test));

    private (EngineOrder Order, IReadOnlyList<EngineTrade> Fills, string ResponseType) PlaceUnderLock(OperationCall call, IEnumerable<KeyValuePair<string, string>> parameters, bool test)
    {
        var values = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var request = OrderRequest.FromParameters(values);
        var symbol = request.Symbol;
        var context = symbol is not null && _engine.Rules.TryGetSymbol(symbol, out _) ? _engine.Context(call.Account, symbol, call.Now) : default;
        var validation = OrderValidator.Validate(_engine.Rules, request, context);
        if (!validation.IsValid)
        {
            throw SandboxRejection.From(validation.Error!);
        }

        var rules = validation.Rules!;
        OptionalLong(call, "strategyId");
        if (values.ContainsKey("pegPriceType") && !rules.Info.PegInstructionsAllowed)
        {
            throw _messages.Engine(MatchingEngineReason.PeggedOrdersNotSupported);
        }

        if (values.TryGetValue("strategyType", out var strategyType)
            && (!long.TryParse(strategyType, NumberStyles.None, CultureInfo.InvariantCulture, out var type) || type < 1_000_000))
        {
            throw _messages.Reject(BinanceErrorCodes.BadStrategyType);
        }

        var responseType = values.TryGetValue("newOrderRespType", out var rt) ? rt
            : validation.Order.Type is BinanceOrderType.Market or BinanceOrderType.Limit ? "FULL" : "ACK";
        if (responseType is not ("ACK" or "RESULT" or "FULL"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "newOrderRespType");
        }

        var stp = values.TryGetValue("selfTradePreventionMode", out var mode) ? mode : rules.Info.DefaultSelfTradePreventionMode ?? "NONE";
        if (!rules.Info.AllowedSelfTradePreventionModes.Contains(stp) && stp != (rules.Info.DefaultSelfTradePreventionMode ?? "NONE"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "selfTradePreventionMode");
        }

        if (!test && _limits.WouldBreakOrders(call.Account, call.Now) is { } broken)
        {
            throw TooManyOrders(broken, call.Now);
        }

        EngineOrder order;
        IReadOnlyList<EngineTrade> fills;
        try
        {
            (order, fills) = _engine.Place(call.Account, rules.Symbol, validation.Order, request.NewClientOrderId, stp, call.Now, test);
        }
        catch (OverflowException)
        {
            // price × quantity beyond any decimal (possible on a symbol without PRICE_FILTER or LOT_SIZE): no account
            // holds that much, which is what the exchange answers. The engine computes the funds before changing anything.
            throw _messages.Engine(MatchingEngineReason.InsufficientBalance);
        }

        if (!test)
        {
            _limits.CountOrder(call.Account, call.Now);
            if (fills.Count > 0)
            {
                // The first fill of an order gives one unit of the unfilled-order count back.
                _limits.CountOrder(call.Account, call.Now, -1);
            }
        }

        return (order, fills, responseType);
    }

    private (string Symbol, long? OrderId, string? ClientOrderId) OrderReference(OperationCall call, string idName, string clientIdName)
    {
        var symbol = RequireSymbol(call, out _);
        long? orderId = null;
        if (call[idName] is { } idText)
        {
            orderId = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw _messages.Reject(BinanceErrorCodes.IllegalChars, idName, "^[0-9]{1,20}$");
        }

        var clientOrderId = call[clientIdName];
        if (orderId is null && clientOrderId is null)
        {
            throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, idName, clientIdName);
        }

        return (symbol, orderId, clientOrderId);
    }

    private OperationResult QueryOrder(OperationCall call)
    {
        var (symbol, orderId, clientOrderId) = OrderReference(call, "orderId", "origClientOrderId");
        var order = _engine.Find(call.Account, symbol, orderId, clientOrderId) ?? throw _messages.Reject(BinanceErrorCodes.NoSuchOrder);
        if (orderId is not null && clientOrderId is not null && order.ClientOrderId != clientOrderId)
        {
            throw _messages.Reject(BinanceErrorCodes.ClientOrderIdInvalid);
        }

        return Json(json => _engine.Read(() =>
        {
            SpotJson.QueriedOrder(json, order);
            return 0;
        }));
    }

    private OperationResult CancelOrder(OperationCall call)
    {
        var (symbol, orderId, clientOrderId) = OrderReference(call, "orderId", "origClientOrderId");
        var restrictions = call["cancelRestrictions"];
        if (restrictions is not null and not ("ONLY_NEW" or "ONLY_PARTIALLY_FILLED"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidCancelRestrictions);
        }

        var order = _engine.Cancel(call.Account, symbol, orderId, clientOrderId, restrictions, call.Now);
        var cancelId = call["newClientOrderId"] ?? $"cancel{order.OrderId}";
        return Json(json => SpotJson.CanceledOrder(json, order, cancelId, call.Now));
    }

    private OperationResult OpenOrders(OperationCall call)
    {
        var symbol = call["symbol"] is null ? null : RequireSymbol(call, out _);
        var orders = _engine.OpenOrders(call.Account, symbol);
        return Json(json => WriteOrders(json, orders));
    }

    private OperationResult CancelOpenOrders(OperationCall call)
    {
        var symbol = RequireSymbol(call, out _);
        var canceled = _engine.CancelAll(call.Account, symbol, call.Now);
        if (canceled.Count == 0)
        {
            throw _messages.Engine(MatchingEngineReason.UnknownOrder, BinanceErrorCodes.CancelRejected);
        }

        return Json(json =>
        {
            json.WriteStartArray();
            foreach (var order in canceled)
            {
                SpotJson.CanceledOrder(json, order, $"cancel{order.OrderId}", call.Now);
            }

            json.WriteEndArray();
        });
    }

    private OperationResult AllOrders(OperationCall call)
    {
        var symbol = RequireSymbol(call, out _);
        var limit = Limit(call, 500, 1000);
        var fromId = OptionalLong(call, "orderId") ?? 0;
        var (from, to) = TimeRange(call);
        var orders = _engine.AllOrders(call.Account, symbol).Where(o => o.OrderId >= fromId && o.Time >= from && o.Time <= to).Take(limit).ToArray();
        return Json(json => WriteOrders(json, orders));
    }

    private void WriteOrders(Utf8JsonWriter json, IReadOnlyList<EngineOrder> orders) => _engine.Read(() =>
    {
        json.WriteStartArray();
        foreach (var order in orders)
        {
            SpotJson.QueriedOrder(json, order);
        }

        json.WriteEndArray();
        return 0;
    });

    private int Limit(OperationCall call, int fallback, int max)
    {
        if (call["limit"] is not { } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 && limit <= max
            ? limit
            : throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "limit");
    }

    private OperationResult Account(OperationCall call)
    {
        var omitZero = call["omitZeroBalances"] == "true";
        var balances = _engine.Balances(call.Account).Where(b => !omitZero || b.Free != 0 || b.Locked != 0).ToArray();
        var canTrade = CanTrade(call.Account);
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("makerCommission", 10);
            json.WriteNumber("takerCommission", 10);
            json.WriteNumber("buyerCommission", 0);
            json.WriteNumber("sellerCommission", 0);
            json.WriteStartObject("commissionRates");
            foreach (var name in new[] { "maker", "taker", "buyer", "seller" })
            {
                json.WriteString(name, SpotWire.Decimal(name is "maker" or "taker" ? 0.001m : 0m));
            }

            json.WriteEndObject();
            json.WriteBoolean("canTrade", canTrade);
            json.WriteBoolean("canWithdraw", false);
            json.WriteBoolean("canDeposit", false);
            json.WriteBoolean("brokered", false);
            json.WriteBoolean("requireSelfTradePrevention", false);
            json.WriteBoolean("preventSor", false);
            json.WriteNumber("updateTime", call.Now);
            json.WriteString("accountType", "SPOT");
            json.WriteStartArray("balances");
            foreach (var (asset, free, locked) in balances)
            {
                json.WriteStartObject();
                json.WriteString("asset", asset);
                json.WriteString("free", SpotWire.Decimal(free));
                json.WriteString("locked", SpotWire.Decimal(locked));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("permissions");
            json.WriteStringValue("SPOT");
            json.WriteEndArray();
            json.WriteNumber("uid", 354937868);
            json.WriteEndObject();
        });
    }

    private OperationResult MyTrades(OperationCall call)
    {
        var symbol = RequireSymbol(call, out _);
        var limit = Limit(call, 500, 1000);
        var orderId = OptionalLong(call, "orderId");
        var fromTradeId = OptionalLong(call, "fromId") ?? 0;
        var (from, to) = TimeRange(call);
        var trades = _engine.Trades(call.Account, symbol).Where(t => (orderId is null || t.OrderId == orderId) && t.TradeId >= fromTradeId && t.Time >= from && t.Time <= to).Take(limit).ToArray();
        return Json(json =>
        {
            json.WriteStartArray();
            foreach (var trade in trades)
            {
                json.WriteStartObject();
                json.WriteString("symbol", trade.Symbol);
                json.WriteNumber("id", trade.TradeId);
                json.WriteNumber("orderId", trade.OrderId);
                json.WriteNumber("orderListId", -1);
                json.WriteString("price", SpotWire.Decimal(trade.Price));
                json.WriteString("qty", SpotWire.Decimal(trade.Qty));
                json.WriteString("quoteQty", SpotWire.Decimal(trade.QuoteQty));
                json.WriteString("commission", SpotWire.Decimal(trade.Commission));
                json.WriteString("commissionAsset", trade.CommissionAsset);
                json.WriteNumber("time", trade.Time);
                json.WriteBoolean("isBuyer", trade.IsBuyer);
                json.WriteBoolean("isMaker", trade.IsMaker);
                json.WriteBoolean("isBestMatch", true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>Cancel then place, with the outcome matrix of the docs: 200, 400 -2022 or 409 -2021 with both halves in <c>data</c>.</summary>
    private OperationResult CancelReplace(OperationCall call)
    {
        var symbol = RequireSymbol(call, out var rules);
        var mode = call["cancelReplaceMode"] ?? throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "cancelReplaceMode");
        if (mode is not ("STOP_ON_FAILURE" or "ALLOW_FAILURE"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "cancelReplaceMode");
        }

        RequireCancelRestrictions(call);
        RequireOneOf(call, "orderRateLimitExceededMode", "DO_NOTHING", "CANCEL_ONLY");

        if (!rules.Info.CancelReplaceAllowed)
        {
            throw _messages.Engine(MatchingEngineReason.CancelReplaceNotSupported);
        }

        var (_, cancelOrderId, cancelClientId) = OrderReference(call, "cancelOrderId", "cancelOrigClientOrderId");
        string? cancelJson = null, cancelError = null, newJson = null, newError = null;
        try
        {
            var canceled = _engine.Cancel(call.Account, symbol, cancelOrderId, cancelClientId, call["cancelRestrictions"], call.Now);
            cancelJson = Render(json => SpotJson.CanceledOrder(json, canceled, call["cancelNewClientOrderId"] ?? $"cancel{canceled.OrderId}", call.Now));
        }
        catch (SandboxRejection ex)
        {
            cancelError = Render(json => SpotJson.Error(json, ex.Code, ex.Message, null));
        }

        var attemptNew = cancelError is null || mode == "ALLOW_FAILURE";
        var placed = false;
        if (attemptNew)
        {
            try
            {
                var orderParameters = call.Parameters.All.Where(p => OrderParameters.Contains(p.Key));
                var (order, fills, responseType) = Place(call, orderParameters, test: false);
                newJson = Render(json => SpotJson.NewOrder(json, order, responseType, fills, call.Now));
                placed = true;
            }
            catch (SandboxRejection ex)
            {
                newError = Render(json => SpotJson.Error(json, ex.Code, ex.Message, null));
            }
        }

        var cancelResult = cancelError is null ? "SUCCESS" : "FAILURE";
        var newResult = !attemptNew ? "NOT_ATTEMPTED" : newError is null ? "SUCCESS" : "FAILURE";
        var data = Render(json =>
        {
            json.WriteStartObject();
            json.WriteString("cancelResult", cancelResult);
            json.WriteString("newOrderResult", newResult);
            json.WritePropertyName("cancelResponse");
            json.WriteRawValue(cancelJson ?? cancelError!);
            json.WritePropertyName("newOrderResponse");
            json.WriteRawValue(newJson ?? newError ?? "null");
            json.WriteEndObject();
        });

        if (cancelResult == "SUCCESS" && newResult == "SUCCESS")
        {
            return new OperationResult(200, _ => { }, PlacedOrder: placed, RawJson: data);
        }

        var partial = cancelResult == "SUCCESS" || newResult == "SUCCESS";
        var code = partial ? BinanceErrorCodes.CancelReplacePartiallyFailed : BinanceErrorCodes.CancelReplaceFailed;
        var message = BinanceErrorCatalog.Lookup(_messages.Venue, code).Definition!.Messages.First(m => m.Form == MessageForm.Server).Text;
        throw new SandboxRejection(partial ? 409 : 400, code, message, data);
    }

    private static string Render(Action<Utf8JsonWriter> write) => OperationResult.Render(write);
}
