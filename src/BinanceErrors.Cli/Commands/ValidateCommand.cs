using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using BinanceErrors.Preflight;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary><c>binance-errors validate</c>: check (and optionally normalize) orders against exchangeInfo, offline.</summary>
internal static class ValidateCommand
{
    /// <summary>Context fields a JSON line may carry next to the order's parameters: the MCP tool's list, written once.</summary>
    private static readonly string[] ContextFields = Mcp.SpotOrderValidation.ContextFields.Split(", ");

    public static Command Create(CliConsole console)
    {
        var exchangeInfo = new Option<string?>("--exchange-info") { Description = "The venue's exchangeInfo response saved as JSON (spot/us: GET /api/v3/exchangeInfo, usdm: /fapi/v1/exchangeInfo, coinm: /dapi/v1/exchangeInfo). Default: the venue's built-in sample (spot/us: BTCUSDT, ETHUSDT, ETHBTC, BNBUSDT, LUNAUSDT)." };
        var venue = new Option<string>("--venue") { Description = "Whose rules and error texts to use: spot, us, usdm (USDⓈ-M futures: a /fapi/v1/exchangeInfo document; default the built-in BTCUSDT, ETHUSDT, BNBUSDT, SOLUSDT, XRPUSDT, DOGEUSDT…) or coinm (COIN-M futures: a /dapi/v1/exchangeInfo document, quantity in contracts; default the built-in BTCUSD_PERP, ETHUSD_PERP…, BTCUSD_261225…).", DefaultValueFactory = _ => "spot" };
        var symbol = new Option<string?>("--symbol") { Description = "symbol, e.g. BTCUSDT." };
        var side = new Option<string?>("--side") { Description = "BUY or SELL." };
        var type = new Option<string?>("--type") { Description = "spot/us: LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT or LIMIT_MAKER. usdm: LIMIT or MARKET (/fapi/v1/order); the conditional STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET are /fapi/v1/algoOrder requests since 2025-12-09 (-4120 here): validate them as --jsonl lines with algoType. coinm: LIMIT, MARKET and the conditional types, all /dapi/v1/order." };
        var timeInForce = new Option<string?>("--time-in-force") { Description = "GTC, IOC or FOK; usdm also GTX (post-only) and GTD (with --good-till-date); coinm also GTX (GTD is -1115 there)." };
        var price = new Option<string?>("--price") { Description = "price, exactly as it would be sent." };
        var quantity = new Option<string?>("--quantity") { Description = "quantity, exactly as it would be sent." };
        var quoteOrderQty = new Option<string?>("--quote-order-qty") { Description = "quoteOrderQty (MARKET)." };
        var stopPrice = new Option<string?>("--stop-price") { Description = "stopPrice." };
        var trailingDelta = new Option<string?>("--trailing-delta") { Description = "trailingDelta in basis points." };
        var icebergQty = new Option<string?>("--iceberg-qty") { Description = "icebergQty." };
        var clientOrderId = new Option<string?>("--new-client-order-id") { Description = "newClientOrderId." };
        var referencePrice = new Option<string?>("--reference-price") { Description = "spot: the symbol's reference price (GET /api/v3/referencePrice; PERCENT_PRICE, PERCENT_PRICE_BY_SIDE, MIN_NOTIONAL and NOTIONAL use it since 2026-05-08 when the symbol has one)." };
        var averagePrice = new Option<string?>("--average-price") { Description = "spot: the average price (GET /api/v3/avgPrice), which those filters use when the symbol has no reference price." };
        var lastPrice = new Option<string?>("--last-price") { Description = "Last traded price (stop trigger direction)." };
        var bestBid = new Option<string?>("--best-bid") { Description = "Best bid (LIMIT_MAKER SELL)." };
        var bestAsk = new Option<string?>("--best-ask") { Description = "Best ask (LIMIT_MAKER BUY)." };
        var openOrders = new Option<string?>("--open-orders") { Description = "Open orders on the symbol (MAX_NUM_ORDERS)." };
        var position = new Option<string?>("--position") { Description = "Base balance plus open BUY quantity (MAX_POSITION)." };
        var normalize = new Option<bool>("--normalize") { Description = "Round price and quantity onto the symbol's grids (safe side) before validating, and report the changes." };
        var lift = new Option<bool>("--lift") { Description = "With --normalize: raise the quantity to the minimum notional or minQty when below it." };
        var positionSide = new Option<string?>("--position-side") { Description = "usdm/coinm: positionSide (BOTH, LONG or SHORT)." };
        var reduceOnly = new Option<string?>("--reduce-only") { Description = "usdm/coinm: reduceOnly (\"true\" or \"false\")." };
        var goodTillDate = new Option<string?>("--good-till-date") { Description = "usdm: goodTillDate in epoch milliseconds (GTD)." };
        var markPrice = new Option<string?>("--mark-price") { Description = "usdm/coinm: mark price (PERCENT_PRICE, MARKET notional)." };
        var dualSidePosition = new Option<string?>("--dual-side-position") { Description = "usdm/coinm: the account's dualSidePosition, \"true\" (Hedge Mode) or \"false\" (One-way Mode)." };
        var openAlgoOrders = new Option<string?>("--open-algo-orders") { Description = "usdm/coinm: open algo orders on the symbol (MAX_NUM_ALGO_ORDERS)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one order per line from standard input (Binance parameter names, string values, plus context fields); write one JSON object per line." };

        var command = new Command("validate", "Validate an order offline against exchangeInfo, with the exchange's own error codes and messages.")
        {
            exchangeInfo, venue, symbol, side, type, timeInForce, price, quantity, quoteOrderQty, stopPrice, trailingDelta, icebergQty, clientOrderId,
            referencePrice, averagePrice, lastPrice, bestBid, bestAsk, openOrders, position, normalize, lift, json, jsonl,
            positionSide, reduceOnly, goodTillDate, markPrice, dualSidePosition, openAlgoOrders,
        };
        command.SetAction(result =>
        {
            var normalizeOptions = result.GetValue(normalize) ? new NormalizeOptions { LiftToMinimum = result.GetValue(lift) } : null;
            if (FuturesValidationVenue.For(CliArguments.ParseVenue(result.GetValue(venue)!)) is { } futures)
            {
                var futuresRules = FuturesValidation.LoadRules(futures, result.GetValue(exchangeInfo));
                if (result.GetValue(jsonl))
                {
                    return FuturesValidation.RunLines(console, futures, futuresRules, normalizeOptions, TimeProvider.System, result.GetValue(exchangeInfo) is not null);
                }

                var futuresOrder = new Preflight.Futures.FuturesOrderRequest
                {
                    Symbol = result.GetValue(symbol),
                    Side = result.GetValue(side),
                    PositionSide = result.GetValue(positionSide),
                    Type = result.GetValue(type),
                    TimeInForce = result.GetValue(timeInForce),
                    Price = result.GetValue(price),
                    Quantity = result.GetValue(quantity),
                    ReduceOnly = result.GetValue(reduceOnly),
                    StopPrice = result.GetValue(stopPrice),
                    NewClientOrderId = result.GetValue(clientOrderId),
                    GoodTillDate = result.GetValue(goodTillDate),
                };
                var futuresContext = new Preflight.Futures.FuturesMarketContext
                {
                    MarkPrice = Decimal(result.GetValue(markPrice), "--mark-price"),
                    LastPrice = Decimal(result.GetValue(lastPrice), "--last-price"),
                    BestBid = Decimal(result.GetValue(bestBid), "--best-bid"),
                    BestAsk = Decimal(result.GetValue(bestAsk), "--best-ask"),
                    DualSidePosition = FuturesValidation.Boolean(result.GetValue(dualSidePosition), "--dual-side-position"),
                    OpenOrders = Integer(result.GetValue(openOrders), "--open-orders"),
                    OpenAlgoOrders = Integer(result.GetValue(openAlgoOrders), "--open-algo-orders"),
                    Now = TimeProvider.System.GetUtcNow(),
                };
                return FuturesValidation.RunOne(console, futures, futuresRules, futuresOrder, futuresContext, normalizeOptions, result.GetValue(json), result.GetValue(exchangeInfo) is not null);
            }

            var spotVenue = CliArguments.ParseVenue(result.GetValue(venue)!);
            var rules = LoadRules(result.GetValue(exchangeInfo), result.GetValue(venue)!);
            var given = result.GetValue(exchangeInfo) is not null;
            if (result.GetValue(jsonl))
            {
                return RunLines(console, rules, normalizeOptions, spotVenue, given);
            }

            var order = new OrderRequest
            {
                Symbol = result.GetValue(symbol),
                Side = result.GetValue(side),
                Type = result.GetValue(type),
                TimeInForce = result.GetValue(timeInForce),
                Price = result.GetValue(price),
                Quantity = result.GetValue(quantity),
                QuoteOrderQty = result.GetValue(quoteOrderQty),
                StopPrice = result.GetValue(stopPrice),
                TrailingDelta = result.GetValue(trailingDelta),
                IcebergQty = result.GetValue(icebergQty),
                NewClientOrderId = result.GetValue(clientOrderId),
            };
            var context = new MarketContext
            {
                ReferencePrice = Decimal(result.GetValue(referencePrice), "--reference-price"),
                AveragePrice = Decimal(result.GetValue(averagePrice), "--average-price"),
                LastPrice = Decimal(result.GetValue(lastPrice), "--last-price"),
                BestBid = Decimal(result.GetValue(bestBid), "--best-bid"),
                BestAsk = Decimal(result.GetValue(bestAsk), "--best-ask"),
                OpenOrders = Integer(result.GetValue(openOrders), "--open-orders"),
                Position = Decimal(result.GetValue(position), "--position"),
            };
            var (normalized, validation) = Check(rules, order, context, normalizeOptions);
            if (result.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize(Output(spotVenue, order, normalized, validation, given), indented: true));
            }
            else
            {
                Render(console, normalized, validation);
            }

            return validation.IsValid ? ExitCodes.Success : ExitCodes.Rejected;
        });
        return command;
    }

    private static ExchangeRules LoadRules(string? path, string venueText)
    {
        var venue = CliArguments.ParseVenue(venueText);
        if (venue is not (BinanceVenue.Spot or BinanceVenue.BinanceUs))
        {
            throw new CliUsageException($"'{venueText}' is not a Spot-shaped venue. Valid venues: {CliArguments.ValidVenues}.");
        }

        try
        {
            if (path is null)
            {
                using var stream = typeof(ValidateCommand).Assembly.GetManifestResourceStream("BinanceErrors.Cli.spot-default.json")!;
                using var reader = new StreamReader(stream);
                return ExchangeRules.Compile(ExchangeInfo.Parse(reader.ReadToEnd()), venue);
            }

            return ExchangeRules.Compile(ExchangeInfo.Parse(CliFiles.ReadAllText("--exchange-info", path)), venue);
        }
        catch (ExchangeInfoFormatException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }
    }

    private static (NormalizedOrder? Normalized, OrderValidation Validation) Check(ExchangeRules rules, OrderRequest order, MarketContext context, NormalizeOptions? options)
    {
        var normalized = options is null ? null : OrderNormalizer.Normalize(rules, order, options with { ReferencePrice = context.ReferencePrice ?? context.AveragePrice });
        return (normalized, OrderValidator.Validate(rules, normalized?.Order ?? order, context));
    }

    private static decimal? Decimal(string? text, string option) =>
        text is null ? null
        : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value
        : throw new CliUsageException($"'{text}' is not a decimal number ({option}).");

    private static int? Integer(string? text, string option) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new CliUsageException($"'{text}' is not a whole number ({option}).");

    /// <summary>The documented validation object (docs/schemas/validation.schema.json), as the MCP tool returns it.</summary>
    private static ValidationOutput Output(BinanceVenue venue, OrderRequest order, NormalizedOrder? normalized, in OrderValidation validation, bool exchangeInfoGiven) =>
        ValidationOutput.From(venue, validation.Error, Parameters(normalized?.Order ?? order), normalized?.Changes, NotCheckedNames(validation.NotChecked), exchangeInfoGiven);

    internal static IEnumerable<(string Name, string Value)> Parameters(OrderRequest o)
    {
        (string, string?)[] all =
        [
            ("symbol", o.Symbol), ("side", o.Side), ("type", o.Type), ("timeInForce", o.TimeInForce), ("quantity", o.Quantity),
            ("quoteOrderQty", o.QuoteOrderQty), ("price", o.Price), ("stopPrice", o.StopPrice), ("trailingDelta", o.TrailingDelta),
            ("icebergQty", o.IcebergQty), ("newClientOrderId", o.NewClientOrderId),
        ];
        return all.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }

    /// <summary>The wire-style names of the rules that were not checked, e.g. <c>PERCENT_PRICE_BY_SIDE</c>.</summary>
    internal static IEnumerable<string> NotCheckedNames(PreflightChecks checks)
    {
        foreach (var flag in Enum.GetValues<PreflightChecks>())
        {
            if (flag != PreflightChecks.None && checks.HasFlag(flag))
            {
                yield return flag switch
                {
                    PreflightChecks.TriggerDirection => "TRIGGER_DIRECTION",
                    PreflightChecks.MakerCross => "LIMIT_MAKER_CROSS",
                    PreflightChecks.OrderListPrices => "ORDER_LIST_PRICES",
                    _ => FilterTypeNames.All.First(p => p.Key.ToString() == flag.ToString()).Value,
                };
            }
        }
    }

    private static void Render(CliConsole console, NormalizedOrder? normalized, in OrderValidation validation) =>
        ValidationText.Write(console, normalized is { Changed: true } ? normalized.Changes : [], validation.Error, "VALID: the exchange would accept this order.", NotCheckedNames(validation.NotChecked));

    private static int RunLines(CliConsole console, ExchangeRules rules, NormalizeOptions? options, BinanceVenue venue, bool exchangeInfoGiven)
    {
        var worst = ExitCodes.Success;
        var number = 0;
        while (console.Input.ReadLine() is { } line)
        {
            number++;
            string output;
            try
            {
                var (order, context) = ReadLine(line);
                var (normalized, validation) = Check(rules, order, context, options);
                output = JsonOutput.Serialize(Output(venue, order, normalized, validation, exchangeInfoGiven), indented: false);
                worst = Math.Max(worst, validation.IsValid ? ExitCodes.Success : ExitCodes.Rejected);
            }
            catch (Exception ex) when (ex is JsonException or CliUsageException or InvalidOperationException)
            {
                var message = $"line {number}: {(ex is JsonException ? "not a JSON object: " + ex.Message : ex.Message)}";
                output = JsonOutput.Write(w => JsonOutput.Error(w, message), indented: false);
                worst = ExitCodes.BadInput;
            }

            console.Output.WriteLine(output);
        }

        return worst;
    }

    private static (OrderRequest Order, MarketContext Context) ReadLine(string line)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        var context = new MarketContext();
        foreach (var (name, value) in OrderLine.Fields(line))
        {
            if (ContextFields.Contains(name))
            {
                var option = name;
                context = name switch
                {
                    "referencePrice" => context with { ReferencePrice = Decimal(value, option) },
                    "averagePrice" => context with { AveragePrice = Decimal(value, option) },
                    "lastPrice" => context with { LastPrice = Decimal(value, option) },
                    "bestBid" => context with { BestBid = Decimal(value, option) },
                    "bestAsk" => context with { BestAsk = Decimal(value, option) },
                    "openOrders" => context with { OpenOrders = Integer(value, option) },
                    "openAlgoOrders" => context with { OpenAlgoOrders = Integer(value, option) },
                    "openIcebergOrders" => context with { OpenIcebergOrders = Integer(value, option) },
                    _ => context with { Position = Decimal(value, option) },
                };
            }
            else
            {
                parameters.Add(new(name, value));
            }
        }

        return (OrderRequest.FromParameters(parameters), context);
    }
}
