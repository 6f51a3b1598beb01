using System.Globalization;
using System.Text.Json;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Preflight;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Mcp;

/// <summary><c>validate_order</c> for Spot-shaped venues (Spot, Binance.US): the Preflight validator and normalizer over JSON arguments.</summary>
internal static class SpotOrderValidation
{
    private const string SampleResource = "BinanceErrors.Cli.spot-default.json";

    public static CallToolResult Run(BinanceVenue venue, Dictionary<string, JsonElement> order, JsonElement? exchangeInfo, Dictionary<string, JsonElement>? context, bool normalize)
    {
        if (OrderArguments.Read(order, out var parameters) is { } orderError)
        {
            return McpToolOutput.Failure(orderError);
        }

        if (ReadContext(context, out var market) is { } contextError)
        {
            return McpToolOutput.Failure(contextError);
        }

        ExchangeRules rules;
        string source;
        try
        {
            (rules, source) = exchangeInfo is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given
                ? (ExchangeRules.Compile(ParseExchangeInfo(given), venue), "given")
                : (ExchangeRules.Compile(ExchangeInfo.Parse(Sample()), venue), "built-in sample");
        }
        catch (ExchangeInfoFormatException ex)
        {
            return McpToolOutput.Failure($"'exchangeInfo' cannot be read: {ex.Message} Pass the GET /api/v3/exchangeInfo response as received, or leave it out to use the built-in sample.");
        }

        var request = OrderRequest.FromParameters(parameters);
        var normalized = normalize ? OrderNormalizer.Normalize(rules, request, new NormalizeOptions { ReferencePrice = market.ReferencePrice }) : null;
        var checkedOrder = normalized?.Order ?? request;
        var validation = OrderValidator.Validate(rules, checkedOrder, market);
        var result = new ValidateOrderResult(
            CliArguments.VenueName(venue),
            validation.IsValid,
            ValidateOrderResult.ExchangeRejection.From(validation.Error),
            Parameters(checkedOrder),
            [.. (normalized?.Changes ?? []).Select(c => new ValidateOrderResult.Change(c.Parameter, c.From, c.To, c.Reason))],
            [.. ValidateCommand.NotCheckedNames(validation.NotChecked)],
            source);

        return McpToolOutput.Success(result, result.Describe());
    }

    private static string? ReadContext(Dictionary<string, JsonElement>? context, out MarketContext market)
    {
        market = default;
        foreach (var (name, value) in context ?? [])
        {
            var text = OrderArguments.Text(value);
            if (name is "openOrders" or "openAlgoOrders" or "openIcebergOrders")
            {
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return $"Context '{name}' must be a whole number, e.g. 3.";
                }

                market = name switch
                {
                    "openOrders" => market with { OpenOrders = count },
                    "openAlgoOrders" => market with { OpenAlgoOrders = count },
                    _ => market with { OpenIcebergOrders = count },
                };
                continue;
            }

            if (name is not ("referencePrice" or "lastPrice" or "bestBid" or "bestAsk" or "position"))
            {
                return $"Unknown context '{name}'. Valid context fields: referencePrice, lastPrice, bestBid, bestAsk, openOrders, openAlgoOrders, openIcebergOrders, position.";
            }

            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return $"Context '{name}' must be a decimal number such as 65000.5.";
            }

            market = name switch
            {
                "referencePrice" => market with { ReferencePrice = number },
                "lastPrice" => market with { LastPrice = number },
                "bestBid" => market with { BestBid = number },
                "bestAsk" => market with { BestAsk = number },
                _ => market with { Position = number },
            };
        }

        return null;
    }

    private static ExchangeInfo ParseExchangeInfo(JsonElement given) => given.ValueKind switch
    {
        JsonValueKind.String => ExchangeInfo.Parse(given.GetString()!),
        JsonValueKind.Object => ExchangeInfo.Parse(given.GetRawText()),
        _ => throw new CliUsageException($"'exchangeInfo' must be the exchangeInfo JSON (an object, or its text), not a {given.ValueKind.ToString().ToLowerInvariant()}."),
    };

    private static string Sample()
    {
        using var stream = typeof(SpotOrderValidation).Assembly.GetManifestResourceStream(SampleResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, string> Parameters(OrderRequest o)
    {
        (string, string?)[] all =
        [
            ("symbol", o.Symbol), ("side", o.Side), ("type", o.Type), ("timeInForce", o.TimeInForce), ("quantity", o.Quantity),
            ("quoteOrderQty", o.QuoteOrderQty), ("price", o.Price), ("stopPrice", o.StopPrice), ("trailingDelta", o.TrailingDelta),
            ("icebergQty", o.IcebergQty), ("newClientOrderId", o.NewClientOrderId),
        ];
        return all.Where(p => p.Item2 is not null).ToDictionary(p => p.Item1, p => p.Item2!);
    }
}
