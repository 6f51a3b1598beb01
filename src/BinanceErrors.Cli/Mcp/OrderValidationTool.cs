using System.Text.Json;
using BinanceErrors.Cli.Validation;
using BinanceErrors.Preflight;
using ModelContextProtocol.Protocol;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// <c>validate_order</c> on any venue: its JSON arguments read into Binance parameters and context fields and checked by
/// the venue's <see cref="ValidationVenue"/>, with the same rules and built-in exchangeInfo as
/// <c>binance-errors validate</c>. On USDⓈ-M an order with <c>algoType</c> is an <c>/fapi/v1/algoOrder</c> request.
/// </summary>
internal static class OrderValidationTool
{
    public static CallToolResult Run(ValidationVenue venue, Dictionary<string, JsonElement> order, JsonElement? exchangeInfo, Dictionary<string, JsonElement>? context, bool normalize, TimeProvider time)
    {
        if (OrderArguments.Read(order, out var parameters) is { } orderError)
        {
            return McpToolOutput.Failure(orderError);
        }

        VenueRules rules;
        try
        {
            rules = venue.Load(exchangeInfo is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given ? Text(given) : null);
        }
        catch (ExchangeInfoFormatException ex)
        {
            return McpToolOutput.Failure($"'exchangeInfo' cannot be read: {ex.Message} Pass the {venue.ExchangeInfoEndpoint} response as received, or leave it out to use the built-in sample.");
        }

        // A value that is no scalar keeps its JSON text, so the answer names the field and what it must be.
        var fields = (context ?? []).Select(p => new KeyValuePair<string, string>(p.Key, OrderArguments.Text(p.Value) ?? p.Value.GetRawText())).ToList();
        try
        {
            var check = rules.Check(new OrderInput(parameters, fields), normalize ? new NormalizeOptions() : null, time.GetUtcNow(), p => p.DescribeForTool());
            return McpToolOutput.Success(check.Output, check.Output.Describe());
        }
        catch (CliUsageException ex)
        {
            return McpToolOutput.Failure(ex.Message);
        }
    }

    private static string Text(JsonElement given) => given.ValueKind switch
    {
        JsonValueKind.String => given.GetString()!,
        JsonValueKind.Object => given.GetRawText(),
        _ => throw new CliUsageException($"'exchangeInfo' must be the exchangeInfo JSON (an object, or its text), not a {given.ValueKind.ToString().ToLowerInvariant()}."),
    };
}
