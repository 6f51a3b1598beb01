using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>
/// Spot order lists: <c>POST /api/v3/orderList/oco|oto|otoco|opo|opoco</c> (and the deprecated <c>POST /api/v3/order/oco</c>), <c>GET /api/v3/orderList</c>,
/// <c>DELETE /api/v3/orderList</c> and <c>GET /api/v3/openOrderList</c>, in the shapes of the Spot REST docs.
/// </summary>
internal sealed partial class SpotApi
{
    // Observed answers (no Spot documentation page lists them): GET of an unknown list, binance-spot-api-docs#43;
    // DELETE of an unknown or finished list, "Unknown order list sent." with -2011 (CANCEL_REJECTED) on the testnet.
    private const int OrderListDoesNotExistCode = -2018;
    private const string OrderListDoesNotExist = "Order list does not exist.";
    private const string UnknownOrderListSent = "Unknown order list sent.";

    private static readonly string[] LegSuffixes = ["Type", "Side", "Price", "StopPrice", "TrailingDelta", "Quantity", "IcebergQty", "TimeInForce", "ClientOrderId", "StrategyId", "StrategyType", "PegPriceType", "PegOffsetType", "PegOffsetValue"];

    private static readonly string[] ListCommon = ["symbol", "listClientOrderId", "newOrderRespType", "selfTradePreventionMode"];

    private void RegisterOrderLists()
    {
        string[] Legs(params string[] prefixes) => [.. prefixes.SelectMany(p => LegSuffixes.Select(s => p + s))];

        Add("POST", "/api/v3/orderList/oco", call => PlaceList(call, "OCO"), signed: true, trade: true, parameters:
            [.. ListCommon, "side", "quantity", .. Legs("above", "below")]);
        Add("POST", "/api/v3/orderList/oto", call => PlaceList(call, "OTO"), signed: true, trade: true, parameters:
            [.. ListCommon, .. Legs("working", "pending")]);
        Add("POST", "/api/v3/orderList/otoco", call => PlaceList(call, "OTOCO"), signed: true, trade: true, parameters:
            [.. ListCommon, .. Legs("working"), "pendingSide", "pendingQuantity", .. Legs("pendingAbove", "pendingBelow")]);
        // OPO/OPOCO take no pending quantity; it is accepted as a name so that it is answered with -1225.
        Add("POST", "/api/v3/orderList/opo", call => PlaceList(call, "OPO"), signed: true, trade: true, parameters:
            [.. ListCommon, .. Legs("working", "pending")]);
        Add("POST", "/api/v3/orderList/opoco", call => PlaceList(call, "OPOCO"), signed: true, trade: true, parameters:
            [.. ListCommon, .. Legs("working"), "pendingSide", "pendingQuantity", .. Legs("pendingAbove", "pendingBelow")]);
        Add("POST", "/api/v3/order/oco", call => PlaceList(call, "LEGACY_OCO"), signed: true, trade: true, parameters:
        [
            .. ListCommon, "side", "quantity", "limitClientOrderId", "limitStrategyId", "limitStrategyType", "price", "limitIcebergQty", "trailingDelta",
            "stopClientOrderId", "stopPrice", "stopStrategyId", "stopStrategyType", "stopLimitPrice", "stopIcebergQty", "stopLimitTimeInForce",
        ]);
        Add("GET", "/api/v3/orderList", QueryList, signed: true, parameters: ["orderListId", "origClientOrderId"]);
        Add("GET", "/api/v3/openOrderList", OpenLists, signed: true);
        Add("DELETE", "/api/v3/orderList", CancelList, signed: true, trade: true, parameters: ["symbol", "orderListId", "listClientOrderId", "newClientOrderId"]);
    }

    /// <summary>One leg's parameters under the single-order names (<c>aboveStopPrice</c> → <c>stopPrice</c>).</summary>
    private static OrderRequest Leg(OperationCall call, string symbol, string prefix, string? side = null, string? quantity = null)
    {
        var values = new List<KeyValuePair<string, string>> { new("symbol", symbol) };
        foreach (var suffix in LegSuffixes)
        {
            if (call[prefix + suffix] is { } value)
            {
                var name = suffix == "ClientOrderId" ? "newClientOrderId" : char.ToLowerInvariant(suffix[0]) + suffix[1..];
                values.Add(new(name, value));
            }
        }

        if (side is not null)
        {
            values.Add(new("side", side));
        }

        if (quantity is not null)
        {
            values.Add(new("quantity", quantity));
        }

        return OrderRequest.FromParameters(values);
    }

    private ParsedOrder Validate(OrderRequest request, MarketContext context, string parameter)
    {
        if (string.IsNullOrEmpty(request.Type))
        {
            throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, parameter);
        }

        var validation = OrderValidator.Validate(_engine.Rules, request, context);
        return validation.IsValid ? validation.Order : throw SandboxRejection.From(validation.Error!);
    }

    // As for single orders, the open-order counts the validators read and the legs the engine adds happen in one step.
    private OperationResult PlaceList(OperationCall call, string kind) => _engine.Atomically(() => PlaceListUnderLock(call, kind));

    private OperationResult PlaceListUnderLock(OperationCall call, string kind)
    {
        var symbol = RequireSymbol(call, out var rules);
        var context = _engine.Context(call.Account, symbol, call.Now);
        var legContext = context with { LastPrice = null, BestBid = null, BestAsk = null };
        var legs = new List<MatchingEngine.ListLeg>();
        if (kind == "LEGACY_OCO")
        {
            legs.AddRange(LegacyOcoLegs(call, symbol, context, legContext));
        }
        else if (kind == "OCO")
        {
            var oco = Oco(call, symbol, "above", "below", call["side"], call["quantity"]);
            var validation = OcoValidator.Validate(_engine.Rules, oco, context);
            if (!validation.IsValid)
            {
                throw SandboxRejection.From(validation.Error!);
            }

            legs.Add(new(Validate(Leg(call, symbol, "above", call["side"], call["quantity"]), legContext, "aboveType"), call["aboveClientOrderId"], false));
            legs.Add(new(Validate(Leg(call, symbol, "below", call["side"], call["quantity"]), legContext, "belowType"), call["belowClientOrderId"], false));
        }
        else
        {
            var opo = kind is "OPO" or "OPOCO";
            if (opo)
            {
                CheckOnePaysTheOther(call, rules);
            }
            else if (!rules.Info.OtoAllowed)
            {
                throw _messages.Reject(BinanceErrorCodes.InvalidOrderType);
            }

            // The working leg goes on the book first: LIMIT or LIMIT_MAKER only, checked against the market like any order.
            var working = Validate(Leg(call, symbol, "working"), context, "workingType");
            if (working.Type is not (BinanceOrderType.Limit or BinanceOrderType.LimitMaker))
            {
                throw _messages.Reject(BinanceErrorCodes.InvalidOrderType);
            }

            legs.Add(new(working, call["workingClientOrderId"], false));
            if (kind == "OPO")
            {
                var pending = ValidatePendingOpo(Leg(call, symbol, "pending", quantity: call["workingQuantity"]), legContext);
                legs.Add(new(pending, call["pendingClientOrderId"], true));
            }
            else if (kind == "OPOCO")
            {
                // The pair follows the OCO rules, sized like the working leg until it is sized by what that receives.
                var oco = Oco(call, symbol, "pendingAbove", "pendingBelow", call["pendingSide"], call["workingQuantity"]);
                var validation = OcoValidator.Validate(_engine.Rules, oco, legContext);
                if (!validation.IsValid && !IsQuantityFilter(validation.Error!))
                {
                    throw SandboxRejection.From(validation.Error!);
                }

                legs.Add(new(ValidatePendingOpo(Leg(call, symbol, "pendingAbove", call["pendingSide"], call["workingQuantity"]), legContext), call["pendingAboveClientOrderId"], true));
                legs.Add(new(ValidatePendingOpo(Leg(call, symbol, "pendingBelow", call["pendingSide"], call["workingQuantity"]), legContext), call["pendingBelowClientOrderId"], true));
            }
            else if (kind == "OTO")
            {
                var pending = Validate(Leg(call, symbol, "pending"), legContext, "pendingType");
                if (pending.Type == BinanceOrderType.Market && pending.QuoteOrderQty is not null)
                {
                    throw _messages.Reject(BinanceErrorCodes.InvalidOrderType);
                }

                legs.Add(new(pending, call["pendingClientOrderId"], true));
            }
            else
            {
                // The pending pair follows the OCO rules; its price relationship is judged when it starts working.
                var oco = Oco(call, symbol, "pendingAbove", "pendingBelow", call["pendingSide"], call["pendingQuantity"]);
                var validation = OcoValidator.Validate(_engine.Rules, oco, legContext);
                if (!validation.IsValid)
                {
                    throw SandboxRejection.From(validation.Error!);
                }

                legs.Add(new(Validate(Leg(call, symbol, "pendingAbove", call["pendingSide"], call["pendingQuantity"]), legContext, "pendingAboveType"), call["pendingAboveClientOrderId"], true));
                legs.Add(new(Validate(Leg(call, symbol, "pendingBelow", call["pendingSide"], call["pendingQuantity"]), legContext, "pendingBelowType"), call["pendingBelowClientOrderId"], true));
            }
        }

        var responseType = call["newOrderRespType"] ?? "ACK";
        if (responseType is not ("ACK" or "RESULT" or "FULL"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "newOrderRespType");
        }

        var stp = call["selfTradePreventionMode"] ?? rules.Info.DefaultSelfTradePreventionMode ?? "NONE";
        if (!rules.Info.AllowedSelfTradePreventionModes.Contains(stp) && stp != (rules.Info.DefaultSelfTradePreventionMode ?? "NONE"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, "selfTradePreventionMode");
        }

        if (_limits.WouldBreakOrders(call.Account, call.Now) is { } broken)
        {
            throw TooManyOrders(broken, call.Now);
        }

        EngineOrderList list;
        IReadOnlyList<EngineTrade> fills;
        try
        {
            (list, fills) = _engine.PlaceList(call.Account, symbol, kind is "OCO" or "LEGACY_OCO" ? "OCO" : "OTO", call["listClientOrderId"], legs, stp, call.Now, onePaysTheOther: kind is "OPO" or "OPOCO");
        }
        catch (OverflowException)
        {
            // price × quantity beyond any decimal: no account holds that much (the engine computes funds before changing anything).
            throw _messages.Engine(MatchingEngineReason.InsufficientBalance);
        }


        // Every leg counts toward the unfilled-order count (OCO, OTO and OPO 2, OTOCO and OPOCO 3).
        _limits.CountOrder(call.Account, call.Now, list.Orders.Count);
        return new OperationResult(200, json => _engine.Read(() =>
        {
            WriteList(json, list, call.Now, reports: json =>
            {
                foreach (var order in list.Orders)
                {
                    SpotJson.NewOrder(json, order, responseType, [.. fills.Where(f => f.OrderId == order.OrderId)], call.Now);
                }
            });
            return 0;
        }), PlacedOrder: true);
    }

    /// <summary>
    /// What OPO and OPOCO add to OTO (faqs/opo.md, errors.md): the symbol allows them (otoAllowed and opoAllowed, else
    /// -2010 <c>OPO orders are not supported for this symbol.</c>; OPOCO's ocoAllowed is the OCO validator's), no pending
    /// quantity (-1225), a BUY working leg (-1222) and SELL pending legs (-1223).
    /// </summary>
    private void CheckOnePaysTheOther(OperationCall call, SymbolRules rules)
    {
        if (!rules.Info.OtoAllowed || !rules.Info.OpoAllowed)
        {
            throw _messages.Engine(MatchingEngineReason.OpoNotSupported);
        }

        foreach (var name in new[] { "pendingQuantity", "pendingAboveQuantity", "pendingBelowQuantity" })
        {
            if (call[name] is not null)
            {
                throw _messages.Reject(BinanceErrorCodes.PendingParamNotRequired, name);
            }
        }

        if (call["workingSide"] == "SELL")
        {
            throw _messages.Reject(BinanceErrorCodes.OpoWorkingMustBeBuy);
        }

        if (call["pendingSide"] == "BUY")
        {
            throw _messages.Reject(BinanceErrorCodes.OpoPendingMustBeSell);
        }
    }

    /// <summary>
    /// An OPO pending leg, validated with the working quantity in place of its own: its quantity is "evaluated (e.g.
    /// filters) after the working order fully fills" (faqs/opo.md), so a failure of a quantity filter waits until then.
    /// </summary>
    private ParsedOrder ValidatePendingOpo(OrderRequest request, MarketContext context)
    {
        if (string.IsNullOrEmpty(request.Type))
        {
            throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "pendingType");
        }

        var validation = OrderValidator.Validate(_engine.Rules, request, context);
        if (!validation.IsValid && !IsQuantityFilter(validation.Error!))
        {
            throw SandboxRejection.From(validation.Error!);
        }

        return validation.Order with { Quantity = null };
    }

    private static bool IsQuantityFilter(BinanceError error) => error.Filter is FilterType.LotSize or FilterType.MarketLotSize or FilterType.MinNotional
        or FilterType.Notional or FilterType.IcebergParts or FilterType.MaxPosition;

    /// <summary>
    /// The deprecated <c>POST /api/v3/order/oco</c>: a LIMIT_MAKER leg at <c>price</c> and a STOP_LOSS leg at
    /// <c>stopPrice</c> (STOP_LOSS_LIMIT with <c>stopLimitPrice</c>), validated as the equivalent above/below list;
    /// the stop leg is reported first, as the legacy endpoint does.
    /// </summary>
    private MatchingEngine.ListLeg[] LegacyOcoLegs(OperationCall call, string symbol, MarketContext context, MarketContext legContext)
    {
        var stopType = call["stopLimitPrice"] is null ? "STOP_LOSS" : "STOP_LOSS_LIMIT";
        var stop = new OrderRequest
        {
            Symbol = symbol, Side = call["side"], Type = stopType, Quantity = call["quantity"], Price = call["stopLimitPrice"], StopPrice = call["stopPrice"],
            TrailingDelta = call["trailingDelta"], TimeInForce = call["stopLimitTimeInForce"], IcebergQty = call["stopIcebergQty"],
        };
        var limit = new OrderRequest { Symbol = symbol, Side = call["side"], Type = "LIMIT_MAKER", Quantity = call["quantity"], Price = call["price"], IcebergQty = call["limitIcebergQty"] };
        var sell = call["side"] == "SELL";
        var (above, below) = sell ? (limit, stop) : (stop, limit);
        var oco = new OcoRequest
        {
            Symbol = symbol, Side = call["side"], Quantity = call["quantity"],
            AboveType = above.Type, AbovePrice = above.Price, AboveStopPrice = above.StopPrice, AboveTrailingDelta = above.TrailingDelta, AboveTimeInForce = above.TimeInForce, AboveIcebergQty = above.IcebergQty,
            BelowType = below.Type, BelowPrice = below.Price, BelowStopPrice = below.StopPrice, BelowTrailingDelta = below.TrailingDelta, BelowTimeInForce = below.TimeInForce, BelowIcebergQty = below.IcebergQty,
        };
        var validation = OcoValidator.Validate(_engine.Rules, oco, context);
        if (!validation.IsValid)
        {
            throw SandboxRejection.From(validation.Error!);
        }

        return
        [
            new(Validate(stop, legContext, "stopPrice"), call["stopClientOrderId"], false),
            new(Validate(limit, legContext, "price"), call["limitClientOrderId"], false),
        ];
    }

    private static OcoRequest Oco(OperationCall call, string symbol, string above, string below, string? side, string? quantity) => new()
    {
        Symbol = symbol,
        Side = side,
        Quantity = quantity,
        AboveType = call[above + "Type"],
        AbovePrice = call[above + "Price"],
        AboveStopPrice = call[above + "StopPrice"],
        AboveTrailingDelta = call[above + "TrailingDelta"],
        AboveTimeInForce = call[above + "TimeInForce"],
        AboveIcebergQty = call[above + "IcebergQty"],
        BelowType = call[below + "Type"],
        BelowPrice = call[below + "Price"],
        BelowStopPrice = call[below + "StopPrice"],
        BelowTrailingDelta = call[below + "TrailingDelta"],
        BelowTimeInForce = call[below + "TimeInForce"],
        BelowIcebergQty = call[below + "IcebergQty"],
    };

    private (long? Id, string? ClientId) ListReference(OperationCall call, string idName, string clientIdName)
    {
        long? id = null;
        if (call[idName] is { } idText)
        {
            id = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw _messages.Reject(BinanceErrorCodes.IllegalChars, idName, "^[0-9]{1,20}$");
        }

        var clientId = call[clientIdName];
        return id is null && clientId is null ? throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, idName, clientIdName) : (id, clientId);
    }

    private OperationResult QueryList(OperationCall call)
    {
        var (id, clientId) = ListReference(call, "orderListId", "origClientOrderId");
        var list = _engine.FindList(call.Account, id, clientId) ?? throw new SandboxRejection(400, OrderListDoesNotExistCode, OrderListDoesNotExist);
        return Json(json => _engine.Read(() =>
        {
            WriteList(json, list, list.UpdateTime, reports: null);
            return 0;
        }));
    }

    private OperationResult OpenLists(OperationCall call)
    {
        var lists = _engine.OpenLists(call.Account);
        return Json(json => _engine.Read(() =>
        {
            json.WriteStartArray();
            foreach (var list in lists)
            {
                WriteList(json, list, list.UpdateTime, reports: null);
            }

            json.WriteEndArray();
            return 0;
        }));
    }

    private OperationResult CancelList(OperationCall call)
    {
        var symbol = RequireSymbol(call, out _);
        var (id, clientId) = ListReference(call, "orderListId", "listClientOrderId");
        var list = _engine.CancelList(call.Account, symbol, id, clientId, call.Now, () => new SandboxRejection(400, BinanceErrorCodes.CancelRejected, UnknownOrderListSent));
        var cancelId = call["newClientOrderId"];
        return Json(json => _engine.Read(() =>
        {
            WriteList(json, list, call.Now, reports: json =>
            {
                foreach (var order in list.Orders)
                {
                    SpotJson.CanceledOrder(json, order, cancelId ?? $"cancel{order.OrderId}", call.Now);
                }
            });
            return 0;
        }));
    }

    /// <summary>An order list object: the list's fields, its <c>orders</c>, and <c>orderReports</c> when the endpoint sends them.</summary>
    private static void WriteList(Utf8JsonWriter json, EngineOrderList list, long transactionTime, Action<Utf8JsonWriter>? reports)
    {
        json.WriteStartObject();
        json.WriteNumber("orderListId", list.OrderListId);
        json.WriteString("contingencyType", list.ContingencyType);
        json.WriteString("listStatusType", reports is not null && list.IsExecuting ? "EXEC_STARTED" : list.ListStatusType);
        json.WriteString("listOrderStatus", list.ListOrderStatus);
        json.WriteString("listClientOrderId", list.ListClientOrderId);
        json.WriteNumber("transactionTime", reports is not null ? transactionTime : list.TransactionTime);
        json.WriteString("symbol", list.Symbol);
        json.WriteStartArray("orders");
        foreach (var order in list.Orders)
        {
            json.WriteStartObject();
            json.WriteString("symbol", order.Symbol);
            json.WriteNumber("orderId", order.OrderId);
            json.WriteString("clientOrderId", order.ClientOrderId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (reports is not null)
        {
            json.WriteStartArray("orderReports");
            reports(json);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
