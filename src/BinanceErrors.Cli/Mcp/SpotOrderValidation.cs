using System.Globalization;
using System.Text.Json;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Cli.Output;
using BinanceErrors.Preflight;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Mcp;

/// <summary><c>validate_order</c> for Spot-shaped venues (Spot, Binance.US): the Preflight validator and normalizer over JSON arguments.</summary>
internal static class SpotOrderValidation
{
    private const string SampleResource = "BinanceErrors.Cli.spot-default.json";

    /// <summary>The context fields a Spot-shaped order can be checked against.</summary>
    public const string ContextFields = "referencePrice, averagePrice, lastPrice, bestBid, bestAsk, openOrders, openAlgoOrders, openIcebergOrders, position";

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
                ? (ExchangeRules.Compile(ParseExchangeInfo(given), venue), ValidationOutput.Given)
                : (ExchangeRules.Compile(ExchangeInfo.Parse(Sample()), venue), ValidationOutput.BuiltInSample);
        }
        catch (ExchangeInfoFormatException ex)
        {
            return McpToolOutput.Failure($"'exchangeInfo' cannot be read: {ex.Message} Pass the GET /api/v3/exchangeInfo response as received, or leave it out to use the built-in sample.");
        }

        var request = OrderRequest.FromParameters(parameters);
        var normalized = normalize ? OrderNormalizer.Normalize(rules, request, new NormalizeOptions { ReferencePrice = market.ReferencePrice ?? market.AveragePrice }) : null;
        var checkedOrder = normalized?.Order ?? request;
        var validation = OrderValidator.Validate(rules, checkedOrder, market);
        var result = ValidationOutput.From(venue, validation.Error, ValidateCommand.Parameters(checkedOrder), normalized?.Changes, ValidateCommand.NotCheckedNames(validation.NotChecked), source == ValidationOutput.Given);

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

            if (name is not ("referencePrice" or "averagePrice" or "lastPrice" or "bestBid" or "bestAsk" or "position"))
            {
                return $"Unknown context '{name}'. Valid context fields: {ContextFields}.";
            }

            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return $"Context '{name}' must be a decimal number such as 65000.5.";
            }

            market = name switch
            {
                "referencePrice" => market with { ReferencePrice = number },
                "averagePrice" => market with { AveragePrice = number },
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
}
