using System.Globalization;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// <c>binance-errors validate --venue usdm|coinm</c>: futures orders against the venue's exchangeInfo document (or the
/// built-in one), with the venue's own codes and texts, over one <see cref="FuturesValidationVenue"/>. On USDⓈ-M a JSON
/// line with <c>algoType</c> is an <c>/fapi/v1/algoOrder</c> request.
/// </summary>
internal static class FuturesValidation
{
    /// <summary>Context fields a JSON line may carry next to the order's parameters: the MCP tool's list, written once.</summary>
    private static readonly string[] ContextFields = Mcp.FuturesOrderTool.ContextFields.Split(", ");

    public static FuturesExchangeRules LoadRules(FuturesValidationVenue venue, string? path)
    {
        try
        {
            return venue.Compile(path is null ? venue.Sample() : CliFiles.ReadAllText("--exchange-info", path));
        }
        catch (ExchangeInfoFormatException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }
    }

    /// <summary>Validates one order given by options; returns the exit code.</summary>
    public static int RunOne(CliConsole console, FuturesValidationVenue venue, FuturesExchangeRules rules, FuturesOrderRequest order, FuturesMarketContext context, NormalizeOptions? options, bool json, bool exchangeInfoGiven)
    {
        var (changes, validation) = Check(rules, order, context, options, out var checkedOrder);
        if (json)
        {
            console.Output.WriteLine(JsonOutput.Serialize(Output(venue, validation, Parameters(checkedOrder), changes, exchangeInfoGiven), indented: true));
        }
        else
        {
            Render(console, venue, validation, changes);
        }

        return validation.IsValid ? ExitCodes.Success : ExitCodes.Rejected;
    }

    /// <summary>Reads one JSON object per line from standard input; writes one JSON line per order.</summary>
    public static int RunLines(CliConsole console, FuturesValidationVenue venue, FuturesExchangeRules rules, NormalizeOptions? options, TimeProvider time, bool exchangeInfoGiven)
    {
        var worst = ExitCodes.Success;
        var number = 0;
        while (console.Input.ReadLine() is { } line)
        {
            number++;
            string output;
            try
            {
                var (parameters, context) = ReadLine(line);
                context = context with { Now = time.GetUtcNow() };
                FuturesOrderValidation validation;
                IReadOnlyList<OrderChange>? changes;
                IEnumerable<(string, string)> checkedParameters;
                if (parameters.Any(p => p.Key == "algoType"))
                {
                    if (venue.AlgoOrderEndpoint is null)
                    {
                        throw new CliUsageException(venue.NoAlgoEndpoint);
                    }

                    var algo = FuturesAlgoOrderRequest.FromParameters(parameters);
                    var normalized = options is null ? null : FuturesOrderNormalizer.NormalizeAlgo(rules, algo, options with { ReferencePrice = context.MarkPrice });
                    validation = FuturesOrderValidator.ValidateAlgo(rules, normalized?.Order ?? algo, context);
                    changes = normalized?.Changes;
                    checkedParameters = AlgoParameters(normalized?.Order ?? algo);
                }
                else
                {
                    (changes, validation) = Check(rules, FuturesOrderRequest.FromParameters(parameters), context, options, out var checkedOrder);
                    checkedParameters = Parameters(checkedOrder);
                }

                output = JsonOutput.Serialize(Output(venue, validation, checkedParameters, changes, exchangeInfoGiven), indented: false);
                worst = Math.Max(worst, validation.IsValid ? ExitCodes.Success : ExitCodes.Rejected);
            }
            catch (Exception ex) when (ex is JsonException or CliUsageException)
            {
                var message = $"line {number}: {(ex is JsonException ? "not a JSON object: " + ex.Message : ex.Message)}";
                output = JsonOutput.Write(w => JsonOutput.Error(w, message), indented: false);
                worst = ExitCodes.BadInput;
            }

            console.Output.WriteLine(output);
        }

        return worst;
    }

    /// <summary>The wire-style names of futures rules that were not checked, e.g. <c>POSITION_MODE</c>.</summary>
    internal static IEnumerable<string> NotCheckedNames(FuturesPreflightChecks checks)
    {
        foreach (var flag in Enum.GetValues<FuturesPreflightChecks>())
        {
            if (flag != FuturesPreflightChecks.None && checks.HasFlag(flag))
            {
                yield return flag switch
                {
                    FuturesPreflightChecks.PercentPrice => "PERCENT_PRICE",
                    FuturesPreflightChecks.MarketPercentPrice => "MARKET_PERCENT_PRICE",
                    FuturesPreflightChecks.MinNotional => "MIN_NOTIONAL",
                    FuturesPreflightChecks.MaxNumOrders => "MAX_NUM_ORDERS",
                    FuturesPreflightChecks.MaxNumAlgoOrders => "MAX_NUM_ALGO_ORDERS",
                    FuturesPreflightChecks.AccountAlgoOrders => "ACCOUNT_ALGO_ORDERS",
                    FuturesPreflightChecks.PositionMode => "POSITION_MODE",
                    FuturesPreflightChecks.TriggerDirection => "TRIGGER_DIRECTION",
                    FuturesPreflightChecks.Delivery => "DELIVERY",
                    _ => "GOOD_TILL_DATE",
                };
            }
        }
    }

    internal static bool? Boolean(string? text, string option) => text switch
    {
        null => null,
        "true" => true,
        "false" => false,
        _ => throw new CliUsageException($"'{text}' is not \"true\" or \"false\" ({option})."),
    };

    private static (IReadOnlyList<OrderChange>? Changes, FuturesOrderValidation Validation) Check(
        FuturesExchangeRules rules, FuturesOrderRequest order, FuturesMarketContext context, NormalizeOptions? options, out FuturesOrderRequest checkedOrder)
    {
        var normalized = options is null ? null : FuturesOrderNormalizer.Normalize(rules, order, options with { ReferencePrice = context.MarkPrice });
        checkedOrder = normalized?.Order ?? order;
        return (normalized?.Changes, FuturesOrderValidator.Validate(rules, checkedOrder, context));
    }

    /// <summary>The documented validation object (docs/schemas/validation.schema.json), as the MCP tool returns it.</summary>
    internal static ValidationOutput Output(FuturesValidationVenue venue, in FuturesOrderValidation validation, IEnumerable<(string Name, string Value)> order, IReadOnlyList<OrderChange>? changes, bool exchangeInfoGiven) =>
        ValidationOutput.From(venue.Venue, validation.Error, order, changes, NotCheckedNames(validation.NotChecked), exchangeInfoGiven);

    private static void Render(CliConsole console, FuturesValidationVenue venue, in FuturesOrderValidation validation, IReadOnlyList<OrderChange>? changes) =>
        ValidationText.Write(console, changes ?? [], validation.Error, $"VALID: {venue.DisplayName} would accept this order.", NotCheckedNames(validation.NotChecked));

    private static (List<KeyValuePair<string, string>> Parameters, FuturesMarketContext Context) ReadLine(string line)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        var context = new FuturesMarketContext();
        foreach (var (name, value) in OrderLine.Fields(line))
        {
            if (!ContextFields.Contains(name))
            {
                parameters.Add(new(name, value));
                continue;
            }

            context = name switch
            {
                "markPrice" => context with { MarkPrice = Decimal(value, name) },
                "lastPrice" => context with { LastPrice = Decimal(value, name) },
                "bestBid" => context with { BestBid = Decimal(value, name) },
                "bestAsk" => context with { BestAsk = Decimal(value, name) },
                "dualSidePosition" => context with { DualSidePosition = Boolean(value, name) },
                "openOrders" => context with { OpenOrders = Integer(value, name) },
                "openAlgoOrders" => context with { OpenAlgoOrders = Integer(value, name) },
                _ => context with { AccountOpenAlgoOrders = Integer(value, name) },
            };
        }

        return (parameters, context);
    }

    private static decimal? Decimal(string text, string option) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value
        : throw new CliUsageException($"'{text}' is not a decimal number ({option}).");

    private static int? Integer(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new CliUsageException($"'{text}' is not a whole number ({option}).");

    /// <summary>An order's parameters with Binance names, as checked (after normalization when asked).</summary>
    internal static IEnumerable<(string Name, string Value)> Parameters(FuturesOrderRequest o)
    {
        (string, string?)[] all =
        [
            ("symbol", o.Symbol), ("side", o.Side), ("positionSide", o.PositionSide), ("type", o.Type), ("timeInForce", o.TimeInForce),
            ("quantity", o.Quantity), ("reduceOnly", o.ReduceOnly), ("price", o.Price), ("newClientOrderId", o.NewClientOrderId),
            ("stopPrice", o.StopPrice), ("closePosition", o.ClosePosition), ("activationPrice", o.ActivationPrice), ("callbackRate", o.CallbackRate),
            ("workingType", o.WorkingType), ("priceMatch", o.PriceMatch), ("goodTillDate", o.GoodTillDate),
        ];
        return all.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }

    /// <summary>An algo order's parameters with Binance names, as checked (after normalization when asked).</summary>
    internal static IEnumerable<(string Name, string Value)> AlgoParameters(FuturesAlgoOrderRequest o)
    {
        (string, string?)[] all =
        [
            ("algoType", o.AlgoType), ("symbol", o.Symbol), ("side", o.Side), ("positionSide", o.PositionSide), ("type", o.Type),
            ("timeInForce", o.TimeInForce), ("quantity", o.Quantity), ("price", o.Price), ("triggerPrice", o.TriggerPrice),
            ("reduceOnly", o.ReduceOnly), ("closePosition", o.ClosePosition), ("activatePrice", o.ActivatePrice), ("callbackRate", o.CallbackRate),
            ("clientAlgoId", o.ClientAlgoId), ("workingType", o.WorkingType), ("goodTillDate", o.GoodTillDate),
        ];
        return all.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }
}
