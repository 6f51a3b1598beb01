using System.CommandLine;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using BinanceErrors.Cli.Validation;
using BinanceErrors.Preflight;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// <c>binance-errors validate</c>: check (and optionally normalize) orders against exchangeInfo, offline, on any venue.
/// The options and JSON lines are read into Binance parameters and context fields; the venue's
/// <see cref="ValidationVenue"/> checks them, as it does for the MCP tool <c>validate_order</c>.
/// </summary>
internal static class ValidateCommand
{
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
        var position = new Option<string?>("--position") { Description = "spot/us: base balance plus open BUY quantity (MAX_POSITION)." };
        var normalize = new Option<bool>("--normalize") { Description = "Round price and quantity onto the symbol's grids (safe side) before validating, and report the changes." };
        var lift = new Option<bool>("--lift") { Description = "With --normalize: raise the quantity to the minimum notional or minQty when below it." };
        var positionSide = new Option<string?>("--position-side") { Description = "usdm/coinm: positionSide (BOTH, LONG or SHORT)." };
        var reduceOnly = new Option<string?>("--reduce-only") { Description = "usdm/coinm: reduceOnly (\"true\" or \"false\")." };
        var goodTillDate = new Option<string?>("--good-till-date") { Description = "usdm: goodTillDate in epoch milliseconds (GTD)." };
        var markPrice = new Option<string?>("--mark-price") { Description = "usdm/coinm: mark price (PERCENT_PRICE, MARKET notional)." };
        var dualSidePosition = new Option<string?>("--dual-side-position") { Description = "usdm/coinm: the account's dualSidePosition, \"true\" (Hedge Mode) or \"false\" (One-way Mode)." };
        var openAlgoOrders = new Option<string?>("--open-algo-orders") { Description = "Open algo (conditional) orders on the symbol (MAX_NUM_ALGO_ORDERS)." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one order per line from standard input (Binance parameter names, string values, plus context fields); write one JSON object per line." };

        var command = new Command("validate", "Validate an order offline against exchangeInfo, with the exchange's own error codes and messages.")
        {
            exchangeInfo, venue, symbol, side, type, timeInForce, price, quantity, quoteOrderQty, stopPrice, trailingDelta, icebergQty, clientOrderId,
            referencePrice, averagePrice, lastPrice, bestBid, bestAsk, openOrders, position, normalize, lift, json, jsonl,
            positionSide, reduceOnly, goodTillDate, markPrice, dualSidePosition, openAlgoOrders,
        };

        // Each option is a Binance parameter or a market-context field under its wire name; the venue decides which it reads.
        (Option<string?> Option, string Name)[] parameterOptions =
        [
            (symbol, "symbol"), (side, "side"), (positionSide, "positionSide"), (type, "type"), (timeInForce, "timeInForce"), (price, "price"),
            (quantity, "quantity"), (quoteOrderQty, "quoteOrderQty"), (reduceOnly, "reduceOnly"), (stopPrice, "stopPrice"),
            (trailingDelta, "trailingDelta"), (icebergQty, "icebergQty"), (clientOrderId, "newClientOrderId"), (goodTillDate, "goodTillDate"),
        ];
        (Option<string?> Option, string Name)[] contextOptions =
        [
            (referencePrice, "referencePrice"), (averagePrice, "averagePrice"), (markPrice, "markPrice"), (lastPrice, "lastPrice"), (bestBid, "bestBid"),
            (bestAsk, "bestAsk"), (dualSidePosition, "dualSidePosition"), (openOrders, "openOrders"), (openAlgoOrders, "openAlgoOrders"), (position, "position"),
        ];
        command.SetAction(result =>
        {
            var rules = LoadRules(ValidationVenue.For(CliArguments.ParseVenue(result.GetValue(venue)!)), result.GetValue(exchangeInfo));
            var normalizeOptions = result.GetValue(normalize) ? new NormalizeOptions { LiftToMinimum = result.GetValue(lift) } : null;
            if (result.GetValue(jsonl))
            {
                return RunLines(console, rules, normalizeOptions);
            }

            var input = new OrderInput(Given(result, parameterOptions), Given(result, contextOptions));
            var check = rules.Check(input, normalizeOptions, TimeProvider.System.GetUtcNow(), p => p.Describe(contextOptions.First(o => o.Name == p.Field).Option.Name));
            if (result.GetValue(json))
            {
                console.Output.WriteLine(JsonOutput.Serialize(check.Output, indented: true));
            }
            else
            {
                ValidationText.Write(console, check.Changes, check.Error, rules.Venue.ValidSentence, check.Output.NotChecked);
            }

            return check.IsValid ? ExitCodes.Success : ExitCodes.Rejected;
        });
        return command;
    }

    private static List<KeyValuePair<string, string>> Given(ParseResult result, (Option<string?> Option, string Name)[] options) =>
        [.. options.Select(o => (o.Name, Value: result.GetValue(o.Option))).Where(o => o.Value is not null).Select(o => new KeyValuePair<string, string>(o.Name, o.Value!))];

    private static VenueRules LoadRules(ValidationVenue venue, string? path)
    {
        try
        {
            return venue.Load(path is null ? null : CliFiles.ReadAllText("--exchange-info", path));
        }
        catch (ExchangeInfoFormatException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }
    }

    /// <summary>Reads one JSON object per line from standard input; writes one JSON line per order.</summary>
    private static int RunLines(CliConsole console, VenueRules rules, NormalizeOptions? options)
    {
        var worst = ExitCodes.Success;
        var number = 0;
        while (console.Input.ReadLine() is { } line)
        {
            number++;
            string output;
            try
            {
                var fields = OrderLine.Fields(line);
                var input = new OrderInput(
                    [.. fields.Where(f => !rules.Venue.ContextFields.Contains(f.Key))],
                    [.. fields.Where(f => rules.Venue.ContextFields.Contains(f.Key))]);
                var check = rules.Check(input, options, TimeProvider.System.GetUtcNow(), p => p.Describe(p.Field));
                output = JsonOutput.Serialize(check.Output, indented: false);
                worst = Math.Max(worst, check.IsValid ? ExitCodes.Success : ExitCodes.Rejected);
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
}
