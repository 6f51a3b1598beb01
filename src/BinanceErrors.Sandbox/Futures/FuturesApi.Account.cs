using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Futures.Engine;

namespace BinanceErrors.Sandbox.Futures;

/// <summary>The futures market data and account endpoints: prices, mark prices, account, balance, positions, leverage, margin type, position mode.</summary>
internal abstract partial class FuturesApi
{
    private const string FundingRate = "0.00010000";

    private OperationResult FuturesExchangeInfo(OperationCall call)
    {
        var root = JsonNode.Parse(ExchangeInfoJson)!;
        root["serverTime"] = call.Now;
        return new OperationResult(200, _ => { }, RawJson: root.ToJsonString());
    }

    private OperationResult FuturesDepth(OperationCall call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        var limit = 500;
        if (call["limit"] is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is not (5 or 10 or 20 or 50 or 100 or 500 or 1000)))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "limit");
        }

        var info = Info(symbol);
        return FuturesJsonResult(call, json =>
        {
            var book = Futures.Book(symbol);
            json.WriteStartObject();
            json.WriteNumber("lastUpdateId", call.Now);
            json.WriteNumber("E", call.Now);
            json.WriteNumber("T", call.Now);
            WriteSide(json, "bids", book.Bids, limit, info);
            WriteSide(json, "asks", book.Asks, limit, info);
            json.WriteEndObject();
        });

        static void WriteSide(Utf8JsonWriter json, string name, SortedDictionary<decimal, LinkedList<FuturesOrder>> side, int limit, FuturesSymbolInfo info)
        {
            json.WriteStartArray(name);
            foreach (var (price, level) in side.Take(limit))
            {
                json.WriteStartArray();
                json.WriteStringValue(FuturesJson.Fixed(price, info.PricePrecision));
                json.WriteStringValue(FuturesJson.Fixed(level.Sum(o => o.Remaining), info.QuantityPrecision));
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }
    }

    /// <summary>ticker/price, bookTicker, 24hr and premiumIndex: one object for a symbol, an array without.</summary>
    protected OperationResult FuturesTicker(OperationCall call, string kind)
    {
        var single = call["symbol"] is not null;
        string[] symbols = single ? [RequireFuturesSymbol(call, out _)] : [.. Futures.Rules.Symbols.Select(s => s.Symbol)];
        return FuturesJsonResult(call, json =>
        {
            if (!single)
            {
                json.WriteStartArray();
            }

            foreach (var symbol in symbols)
            {
                var book = Futures.Book(symbol);
                var info = book.Rules.Info;
                var p = info.PricePrecision;
                json.WriteStartObject();
                json.WriteString("symbol", symbol);
                switch (kind)
                {
                    case "price":
                        json.WriteString("price", FuturesJson.Fixed(book.LastPrice, p));
                        json.WriteNumber("time", call.Now);
                        break;
                    case "book":
                        json.WriteString("bidPrice", FuturesJson.Fixed(book.BestBid ?? 0, p));
                        json.WriteString("bidQty", FuturesJson.Fixed(book.BestBid is { } b ? book.Bids[b].Sum(o => o.Remaining) : 0, info.QuantityPrecision));
                        json.WriteString("askPrice", FuturesJson.Fixed(book.BestAsk ?? 0, p));
                        json.WriteString("askQty", FuturesJson.Fixed(book.BestAsk is { } a ? book.Asks[a].Sum(o => o.Remaining) : 0, info.QuantityPrecision));
                        json.WriteNumber("time", call.Now);
                        break;
                    case "premium":
                        json.WriteString("markPrice", FuturesJson.Fixed(book.MarkPrice, p + 6));
                        json.WriteString("indexPrice", FuturesJson.Fixed(book.MarkPrice, p + 6));
                        json.WriteString("estimatedSettlePrice", FuturesJson.Fixed(book.MarkPrice, p + 6));
                        json.WriteString("lastFundingRate", FundingRate);
                        json.WriteString("interestRate", "0.00010000");
                        json.WriteNumber("nextFundingTime", ((call.Now / 28_800_000) + 1) * 28_800_000);
                        json.WriteNumber("time", call.Now);
                        break;
                    default:
                        var stats = book.Stats;
                        var open = stats.Count == 0 ? book.LastPrice : stats.OpenPrice;
                        json.WriteString("priceChange", FuturesJson.Fixed(book.LastPrice - open, p));
                        json.WriteString("priceChangePercent", FuturesJson.Fixed(open == 0 ? 0 : (book.LastPrice - open) / open * 100, 3));
                        json.WriteString("weightedAvgPrice", FuturesJson.Fixed(stats.Volume == 0 ? book.LastPrice : stats.QuoteVolume / stats.Volume, p));
                        json.WriteString("lastPrice", FuturesJson.Fixed(book.LastPrice, p));
                        json.WriteString("lastQty", FuturesJson.Fixed(0, info.QuantityPrecision));
                        json.WriteString("openPrice", FuturesJson.Fixed(open, p));
                        json.WriteString("highPrice", FuturesJson.Fixed(stats.Count == 0 ? book.LastPrice : stats.High, p));
                        json.WriteString("lowPrice", FuturesJson.Fixed(stats.Count == 0 ? book.LastPrice : stats.Low, p));
                        json.WriteString("volume", FuturesJson.Fixed(stats.Volume, info.QuantityPrecision));
                        json.WriteString("quoteVolume", FuturesJson.Fixed(stats.QuoteVolume, 2));
                        json.WriteNumber("openTime", call.Now - 86_400_000);
                        json.WriteNumber("closeTime", call.Now);
                        json.WriteNumber("firstId", 1);
                        json.WriteNumber("lastId", stats.Count);
                        json.WriteNumber("count", stats.Count);
                        break;
                }

                json.WriteEndObject();
            }

            if (!single)
            {
                json.WriteEndArray();
            }
        });
    }

    /// <summary>The account (<c>/fapi/v2|v3/account</c>, <c>/dapi/v1/account</c>): totals (USDⓈ-M), assets with their margin, positions.</summary>
    protected OperationResult FuturesAccountInfo(OperationCall call, int version) => FuturesJsonResult(call, json =>
    {
        var account = Futures.Account(call.Account);
        var sheets = Sheets(call.Account);
        json.WriteStartObject();
        if (CoinMargined)
        {
            json.WriteNumber("feeTier", 0);
            json.WriteBoolean("canTrade", CanTrade(call.Account));
            json.WriteBoolean("canDeposit", true);
            json.WriteBoolean("canWithdraw", true);
            json.WriteNumber("updateTime", 0);
        }
        else
        {
            if (version == 2)
            {
                json.WriteNumber("feeTier", 0);
                json.WriteBoolean("feeBurn", false);
                json.WriteBoolean("canTrade", CanTrade(call.Account));
                json.WriteBoolean("canDeposit", true);
                json.WriteBoolean("canWithdraw", true);
                json.WriteNumber("updateTime", 0);
                json.WriteBoolean("multiAssetsMargin", false);
                json.WriteNumber("tradeGroupId", -1);
            }

            var margin = sheets.Values.First();
            json.WriteString("totalInitialMargin", FuturesJson.Amount(margin.InitialMargin));
            json.WriteString("totalMaintMargin", FuturesJson.Amount(margin.MaintMargin));
            json.WriteString("totalWalletBalance", FuturesJson.Amount(margin.WalletBalance));
            json.WriteString("totalUnrealizedProfit", FuturesJson.Amount(margin.UnrealizedProfit));
            json.WriteString("totalMarginBalance", FuturesJson.Amount(margin.MarginBalance));
            json.WriteString("totalPositionInitialMargin", FuturesJson.Amount(margin.PositionInitialMargin));
            json.WriteString("totalOpenOrderInitialMargin", FuturesJson.Amount(margin.OpenOrderInitialMargin));
            json.WriteString("totalCrossWalletBalance", FuturesJson.Amount(margin.WalletBalance));
            json.WriteString("totalCrossUnPnl", FuturesJson.Amount(margin.UnrealizedProfit));
            json.WriteString("availableBalance", FuturesJson.Amount(margin.AvailableBalance));
            json.WriteString("maxWithdrawAmount", FuturesJson.Amount(margin.MaxWithdrawAmount));
        }

        json.WriteStartArray("assets");
        foreach (var (asset, balance) in Assets(account))
        {
            var sheet = sheets.GetValueOrDefault(asset);
            json.WriteStartObject();
            json.WriteString("asset", asset);
            json.WriteString("walletBalance", FuturesJson.Amount(balance));
            json.WriteString("unrealizedProfit", FuturesJson.Amount(sheet?.UnrealizedProfit ?? 0));
            json.WriteString("marginBalance", FuturesJson.Amount(sheet?.MarginBalance ?? balance));
            json.WriteString("maintMargin", FuturesJson.Amount(sheet?.MaintMargin ?? 0));
            json.WriteString("initialMargin", FuturesJson.Amount(sheet?.InitialMargin ?? 0));
            json.WriteString("positionInitialMargin", FuturesJson.Amount(sheet?.PositionInitialMargin ?? 0));
            json.WriteString("openOrderInitialMargin", FuturesJson.Amount(sheet?.OpenOrderInitialMargin ?? 0));
            json.WriteString("crossWalletBalance", FuturesJson.Amount(balance));
            json.WriteString("crossUnPnl", FuturesJson.Amount(sheet?.UnrealizedProfit ?? 0));
            json.WriteString("availableBalance", FuturesJson.Amount(sheet?.AvailableBalance ?? balance));
            json.WriteString("maxWithdrawAmount", FuturesJson.Amount(sheet?.MaxWithdrawAmount ?? balance));
            if (!CoinMargined)
            {
                json.WriteBoolean("marginAvailable", true);
            }

            json.WriteNumber("updateTime", account.UpdateTime);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("positions");
        foreach (var symbol in Futures.Rules.Symbols.Select(s => s.Symbol))
        {
            var sheet = sheets[Futures.Book(symbol).MarginAsset];
            foreach (var side in account.Sides)
            {
                var position = Futures.Position(account, symbol, side);
                if (version == 3 && position.Amount == 0)
                {
                    continue;
                }

                var mark = Futures.MarkPrice(symbol);
                var sideMargin = sheet.Side(symbol, side);
                json.WriteStartObject();
                json.WriteString("symbol", symbol);
                json.WriteString("positionSide", side.ToWireName());
                json.WriteString("positionAmt", FuturesJson.Exact(position.Amount));
                json.WriteString("unrealizedProfit", FuturesJson.Amount(sideMargin.UnrealizedProfit));
                json.WriteString("initialMargin", FuturesJson.Amount(sideMargin.InitialMargin));
                json.WriteString("maintMargin", FuturesJson.Amount(sideMargin.MaintMargin));
                json.WriteString("positionInitialMargin", FuturesJson.Amount(sideMargin.PositionInitialMargin));
                json.WriteString("openOrderInitialMargin", FuturesJson.Amount(sideMargin.OpenOrderInitialMargin));
                if (CoinMargined)
                {
                    json.WriteString("leverage", account.Leverage(symbol).ToString(CultureInfo.InvariantCulture));
                    json.WriteBoolean("isolated", account.IsIsolated(symbol));
                    json.WriteString("entryPrice", FuturesJson.DerivedPrice(position.EntryPrice));
                    json.WriteString("breakEvenPrice", FuturesJson.DerivedPrice(position.BreakEvenPrice));
                    json.WriteString("maxQty", MaxNotional(symbol, account.Leverage(symbol)));
                    json.WriteString("notionalValue", FuturesJson.Amount(position.Notional(mark)));
                    json.WriteString("isolatedWallet", FuturesJson.Amount(0));
                }
                else
                {
                    json.WriteString("isolatedMargin", FuturesJson.Amount(0));
                    json.WriteString("isolatedWallet", FuturesJson.Amount(0));
                    json.WriteString("notional", FuturesJson.Amount(position.Notional(mark)));
                    if (version == 2)
                    {
                        json.WriteString("leverage", account.Leverage(symbol).ToString(CultureInfo.InvariantCulture));
                        json.WriteBoolean("isolated", account.IsIsolated(symbol));
                        json.WriteString("entryPrice", FuturesJson.DerivedPrice(position.EntryPrice));
                        json.WriteString("breakEvenPrice", FuturesJson.DerivedPrice(position.BreakEvenPrice));
                        json.WriteString("maxNotional", MaxNotional(symbol, account.Leverage(symbol)));
                        json.WriteString("bidNotional", "0");
                        json.WriteString("askNotional", "0");
                    }
                }

                json.WriteNumber("updateTime", position.UpdateTime);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Each margin asset's sheet, in the order of the venue's symbols.</summary>
    private Dictionary<string, FuturesMarginSheet> Sheets(string account) =>
        Futures.MarginAssets.ToDictionary(asset => asset, asset => Futures.Margin(account, asset), StringComparer.Ordinal);

    /// <summary>The wallets an account shows: every balance on USDⓈ-M; the coins the venue margins in on COIN-M.</summary>
    private IEnumerable<(string Asset, decimal Balance)> Assets(FuturesAccount account) => CoinMargined
        ? Futures.MarginAssets.Select(asset => (asset, account.Wallet(asset)))
        : account.Balances.Select(p => (p.Key, p.Value));

    /// <summary><c>maxNotionalValue</c> (USDⓈ-M) or <c>maxQty</c> (COIN-M, in coins) at a leverage.</summary>
    private string MaxNotional(string symbol, int leverage) => Futures.Brackets.MaxNotional(symbol, leverage).ToString(CultureInfo.InvariantCulture);

    /// <summary>The balances (<c>/fapi/v2|v3/balance</c>, <c>/dapi/v1/balance</c>).</summary>
    protected OperationResult FuturesBalance(OperationCall call) => FuturesJsonResult(call, json =>
    {
        var account = Futures.Account(call.Account);
        var sheets = Sheets(call.Account);
        json.WriteStartArray();
        foreach (var (asset, balance) in Assets(account))
        {
            var sheet = sheets.GetValueOrDefault(asset);
            json.WriteStartObject();
            json.WriteString("accountAlias", "SgsR");
            json.WriteString("asset", asset);
            json.WriteString("balance", FuturesJson.Amount(balance));
            if (CoinMargined)
            {
                json.WriteString("withdrawAvailable", FuturesJson.Amount(sheet?.MaxWithdrawAmount ?? balance));
            }

            json.WriteString("crossWalletBalance", FuturesJson.Amount(balance));
            json.WriteString("crossUnPnl", FuturesJson.Amount(sheet?.UnrealizedProfit ?? 0));
            json.WriteString("availableBalance", FuturesJson.Amount(sheet?.AvailableBalance ?? balance));
            if (!CoinMargined)
            {
                json.WriteString("maxWithdrawAmount", FuturesJson.Amount(sheet?.MaxWithdrawAmount ?? balance));
                json.WriteBoolean("marginAvailable", true);
            }

            json.WriteNumber("updateTime", account.UpdateTime);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    /// <summary>The positions (<c>/fapi/v2|v3/positionRisk</c>, <c>/dapi/v1/positionRisk</c>, which has COIN-M's v2-like shape with maxQty and notionalValue).</summary>
    protected OperationResult FuturesPositionRisk(OperationCall call, int version)
    {
        string[] symbols = call["symbol"] is not null ? [RequireFuturesSymbol(call, out _)] : [.. Futures.Rules.Symbols.Select(s => s.Symbol)];
        return FuturesJsonResult(call, json =>
        {
            var account = Futures.Account(call.Account);
            var sheets = Sheets(call.Account);
            json.WriteStartArray();
            foreach (var symbol in symbols)
            {
                var book = Futures.Book(symbol);
                foreach (var side in account.Sides)
                {
                    var position = Futures.Position(account, symbol, side);
                    if (version == 3 && position.Amount == 0)
                    {
                        continue;
                    }

                    var mark = book.MarkPrice;
                    var sideMargin = sheets[book.MarginAsset].Side(symbol, side);
                    var p = Info(symbol).PricePrecision;
                    json.WriteStartObject();
                    json.WriteString("symbol", symbol);
                    json.WriteString("positionSide", side.ToWireName());
                    json.WriteString("positionAmt", FuturesJson.Exact(position.Amount));
                    json.WriteString("entryPrice", FuturesJson.DerivedPrice(position.EntryPrice));
                    json.WriteString("breakEvenPrice", FuturesJson.DerivedPrice(position.BreakEvenPrice));
                    json.WriteString("markPrice", FuturesJson.Fixed(mark, p + 6));
                    json.WriteString("unRealizedProfit", FuturesJson.Amount(sideMargin.UnrealizedProfit));
                    json.WriteString("liquidationPrice", "0");
                    json.WriteString("isolatedMargin", FuturesJson.Amount(0));
                    json.WriteString(CoinMargined ? "notionalValue" : "notional", FuturesJson.Amount(position.Notional(mark)));
                    json.WriteString("isolatedWallet", "0");
                    if (version == 2)
                    {
                        json.WriteString("leverage", account.Leverage(symbol).ToString(CultureInfo.InvariantCulture));
                        json.WriteString(CoinMargined ? "maxQty" : "maxNotionalValue", MaxNotional(symbol, account.Leverage(symbol)));
                        json.WriteString("marginType", account.IsIsolated(symbol) ? "isolated" : "cross");
                        json.WriteString("isAutoAddMargin", "false");
                    }
                    else
                    {
                        json.WriteString("marginAsset", book.MarginAsset);
                        json.WriteString("initialMargin", FuturesJson.Amount(sideMargin.InitialMargin));
                        json.WriteString("maintMargin", FuturesJson.Amount(sideMargin.MaintMargin));
                        json.WriteString("positionInitialMargin", FuturesJson.Amount(sideMargin.PositionInitialMargin));
                        json.WriteString("openOrderInitialMargin", FuturesJson.Amount(sideMargin.OpenOrderInitialMargin));
                        json.WriteNumber("adl", 0);
                        json.WriteString("bidNotional", "0");
                        json.WriteString("askNotional", "0");
                    }

                    json.WriteNumber("updateTime", position.UpdateTime);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        });
    }

    /// <summary>
    /// The leverage brackets: USDⓈ-M one object for one symbol (an array for all) with notionalCap/notionalFloor;
    /// COIN-M always an array, by symbol (<c>/dapi/v2</c>) or by pair (<c>/dapi/v1</c>, <paramref name="byPair"/>), with qtyCap/qtyFloor in coins.
    /// </summary>
    protected OperationResult FuturesLeverageBracket(OperationCall call, bool byPair = false)
    {
        var single = !CoinMargined && call["symbol"] is not null;
        string[] symbols = byPair
            ? [.. Futures.Rules.Symbols.Where(s => call["pair"] is not { } pair || s.Info.Pair == pair).GroupBy(s => s.Info.Pair).Select(g => g.First().Symbol)]
            : call["symbol"] is not null ? [RequireFuturesSymbol(call, out _)] : [.. Futures.Rules.Symbols.Select(s => s.Symbol)];
        if (byPair && symbols.Length == 0)
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "pair");
        }

        var (cap, floor) = CoinMargined ? ("qtyCap", "qtyFloor") : ("notionalCap", "notionalFloor");
        return Json(json =>
        {
            if (!single)
            {
                json.WriteStartArray();
            }

            foreach (var symbol in symbols)
            {
                json.WriteStartObject();
                json.WriteString(byPair ? "pair" : "symbol", byPair ? Info(symbol).Pair : symbol);
                json.WriteStartArray("brackets");
                foreach (var bracket in Futures.Brackets.For(symbol))
                {
                    json.WriteStartObject();
                    json.WriteNumber("bracket", bracket.Bracket);
                    json.WriteNumber("initialLeverage", bracket.InitialLeverage);
                    json.WriteNumber(cap, bracket.NotionalCap);
                    json.WriteNumber(floor, bracket.NotionalFloor);
                    json.WriteNumber("maintMarginRatio", bracket.MaintMarginRatio);
                    json.WriteNumber("cum", bracket.Cum);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            if (!single)
            {
                json.WriteEndArray();
            }
        });
    }

    private OperationResult FuturesLeverage(OperationCall call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        var text = call["leverage"] ?? throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "leverage");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var leverage))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "leverage");
        }

        Futures.SetLeverage(call.Account, symbol, leverage, text);
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("leverage", leverage);
            json.WriteString(CoinMargined ? "maxQty" : "maxNotionalValue", MaxNotional(symbol, leverage));
            json.WriteString("symbol", symbol);
            json.WriteEndObject();
        });
    }

    private OperationResult FuturesMarginType(OperationCall call)
    {
        var symbol = RequireFuturesSymbol(call, out _);
        var type = call["marginType"] ?? throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "marginType");
        if (type is not ("ISOLATED" or "CROSSED"))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "marginType");
        }

        Futures.SetMarginType(call.Account, symbol, type == "ISOLATED");
        return Success();
    }

    private OperationResult FuturesPositionMode(OperationCall call) => FuturesJsonResult(call, json =>
    {
        json.WriteStartObject();
        json.WriteBoolean("dualSidePosition", Futures.Account(call.Account).DualSidePosition);
        json.WriteEndObject();
    });

    private OperationResult FuturesChangePositionMode(OperationCall call)
    {
        var text = call["dualSidePosition"] ?? throw _messages.Reject(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, "dualSidePosition");
        if (text is not ("true" or "false"))
        {
            throw _messages.Reject(UsdMFuturesErrorCodes.InvalidParameter, "dualSidePosition");
        }

        Futures.SetDualSidePosition(call.Account, text == "true");
        return Success();
    }

    private static OperationResult Success() => Json(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("code", 200);
        json.WriteString("msg", "success");
        json.WriteEndObject();
    });
}
