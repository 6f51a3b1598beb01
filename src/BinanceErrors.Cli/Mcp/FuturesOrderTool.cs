using System.Globalization;
using System.Text.Json;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Cli.Output;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// <c>validate_order</c> for futures (usdm, coinm): the futures validator and normalizer over JSON arguments, with the
/// same venue adapter, rules and built-in exchangeInfo as <c>binance-errors validate --venue usdm|coinm</c>. On USDⓈ-M an
/// order with <c>algoType</c> is an <c>/fapi/v1/algoOrder</c> request (conditional orders since the Algo Service migration).
/// </summary>
internal static class FuturesOrderTool
{
    /// <summary>The context fields a futures order can be checked against (the same on both futures venues).</summary>
    public const string ContextFields = "markPrice, lastPrice, bestBid, bestAsk, dualSidePosition, openOrders, openAlgoOrders, accountOpenAlgoOrders";

    public static CallToolResult Run(FuturesValidationVenue venue, Dictionary<string, JsonElement> order, JsonElement? exchangeInfo, Dictionary<string, JsonElement>? context, bool normalize, TimeProvider time)
    {
        if (OrderArguments.Read(order, out var parameters) is { } orderError)
        {
            return McpToolOutput.Failure(orderError);
        }

        if (ReadContext(venue, context, out var market) is { } contextError)
        {
            return McpToolOutput.Failure(contextError);
        }

        // GOOD_TILL_DATE is checked against the clock the exchange will compare it with: now.
        market = market with { Now = time.GetUtcNow() };
        FuturesExchangeRules rules;
        string source;
        try
        {
            (rules, source) = exchangeInfo is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given
                ? (venue.Compile(Text(given)), ValidationOutput.Given)
                : (FuturesValidation.LoadRules(venue, path: null), ValidationOutput.BuiltInSample);
        }
        catch (ExchangeInfoFormatException ex)
        {
            return McpToolOutput.Failure($"'exchangeInfo' cannot be read: {ex.Message} Pass the {venue.ExchangeInfoEndpoint} response as received, or leave it out to use the built-in sample.");
        }

        FuturesOrderValidation validation;
        IReadOnlyList<OrderChange> changes;
        IEnumerable<(string Name, string Value)> checkedParameters;
        var options = new NormalizeOptions { ReferencePrice = market.MarkPrice };
        if (parameters.Any(p => p.Key == "algoType"))
        {
            if (venue.AlgoOrderEndpoint is null)
            {
                return McpToolOutput.Failure(venue.NoAlgoEndpoint);
            }

            var algo = FuturesAlgoOrderRequest.FromParameters(parameters);
            var normalized = normalize ? FuturesOrderNormalizer.NormalizeAlgo(rules, algo, options) : null;
            var checkedAlgo = normalized?.Order ?? algo;
            validation = FuturesOrderValidator.ValidateAlgo(rules, checkedAlgo, market);
            changes = normalized?.Changes ?? [];
            checkedParameters = FuturesValidation.AlgoParameters(checkedAlgo);
        }
        else
        {
            var request = FuturesOrderRequest.FromParameters(parameters);
            var normalized = normalize ? FuturesOrderNormalizer.Normalize(rules, request, options) : null;
            var checkedOrder = normalized?.Order ?? request;
            validation = FuturesOrderValidator.Validate(rules, checkedOrder, market);
            changes = normalized?.Changes ?? [];
            checkedParameters = FuturesValidation.Parameters(checkedOrder);
        }

        var result = FuturesValidation.Output(venue, validation, checkedParameters, changes, source == ValidationOutput.Given);
        return McpToolOutput.Success(result, result.Describe());
    }

    private static string? ReadContext(FuturesValidationVenue venue, Dictionary<string, JsonElement>? context, out FuturesMarketContext market)
    {
        market = default;
        foreach (var (name, value) in context ?? [])
        {
            var text = OrderArguments.Text(value);
            switch (name)
            {
                case "openOrders" or "openAlgoOrders" or "accountOpenAlgoOrders":
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    {
                        return $"Context '{name}' must be a whole number, e.g. 3.";
                    }

                    market = name switch
                    {
                        "openOrders" => market with { OpenOrders = count },
                        "openAlgoOrders" => market with { OpenAlgoOrders = count },
                        _ => market with { AccountOpenAlgoOrders = count },
                    };
                    break;
                case "dualSidePosition":
                    if (text is not ("true" or "false"))
                    {
                        return "Context 'dualSidePosition' must be true (hedge mode) or false (one-way mode).";
                    }

                    market = market with { DualSidePosition = text == "true" };
                    break;
                case "markPrice" or "lastPrice" or "bestBid" or "bestAsk":
                    if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    {
                        return $"Context '{name}' must be a decimal number such as 65000.5.";
                    }

                    market = name switch
                    {
                        "markPrice" => market with { MarkPrice = number },
                        "lastPrice" => market with { LastPrice = number },
                        "bestBid" => market with { BestBid = number },
                        _ => market with { BestAsk = number },
                    };
                    break;
                default:
                    return $"Unknown context '{name}' for {venue.Name}. Valid context fields: {ContextFields}.";
            }
        }

        return null;
    }

    private static string Text(JsonElement given) => given.ValueKind switch
    {
        JsonValueKind.String => given.GetString()!,
        JsonValueKind.Object => given.GetRawText(),
        _ => throw new CliUsageException($"'exchangeInfo' must be the exchangeInfo JSON (an object, or its text), not a {given.ValueKind.ToString().ToLowerInvariant()}."),
    };
}
