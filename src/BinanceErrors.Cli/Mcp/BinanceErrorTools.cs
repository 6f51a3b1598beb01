using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BinanceErrors.Cli.Commands;
using BinanceErrors.Cli.Output;
using BinanceErrors.Cli.Validation;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// The MCP tools: read-only, offline answers from the catalog, the classifier and the pre-flight validator. Each
/// returns structured content (its output schema is the result record) plus a text an assistant can quote; a request
/// the tool cannot answer (unknown venue, malformed body, an order it cannot read) is an <c>isError</c> result that says
/// what to fix.
/// </summary>
[McpServerToolType]
internal sealed class BinanceErrorTools
{
    private const string VenueText = "The venue: spot (Binance Spot), usdm (USDⓈ-M futures), coinm (COIN-M futures) or us (Binance.US).";

    [McpServerTool(Name = "explain_error", Title = "Explain a Binance error code", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ExplainErrorResult))]
    [Description("What a Binance API error code means, per venue: NAME, exact messages, meaning and what to do. Without a venue every venue is listed side by side (codes like -2021 differ between Spot and futures). With the received message, the template and typed reason it matches. Codes that some tools invent (e.g. -9000…-9011) are answered as not Binance codes, with the real form.")]
    public static CallToolResult ExplainError(
        [Description("The error code, e.g. -2010. A positive number is read as negative.")] int code,
        [Description(VenueText + " Omit it to compare all venues.")] string? venue = null,
        [Description("The 'msg' text received with the code, to match it against the catalog's templates.")] string? message = null)
    {
        try
        {
            if (code == 0)
            {
                return McpToolOutput.Failure("0 is not an error code: Binance error codes are negative integers such as -2010. Pass the 'code' field of the error body.");
            }

            code = code > 0 ? -code : code;
            BinanceVenue? chosen = venue is null ? null : CliArguments.ParseVenue(venue);
            var lookups = BinanceErrorCatalog.Venues.Select(v => BinanceErrorCatalog.Lookup(v, code)).ToArray();
            var differ = lookups.Select(l => l.Definition is null ? "\0" : l.Definition.Name + "\n" + l.Definition.Meaning).Distinct().Count() > 1;
            var shown = chosen is { } one ? lookups.Where(l => l.Venue == one).ToArray() : lookups;
            var primary = shown[0];
            var match = message is null || !primary.IsKnown ? null : ClassificationOutput.From(ExplainCommand.Classify(primary, message));
            var result = new ExplainErrorResult(code, differ, [.. shown.Select(CodeLookupOutput.From)], match);

            var text = new StringBuilder();
            if (chosen is null && differ)
            {
                text.Append(CultureInfo.InvariantCulture, $"{code} means different things per venue:\n");
            }

            foreach (var definition in chosen is null && !differ ? result.Venues.Take(1) : result.Venues)
            {
                text.Append(definition.Describe()).Append('\n');
            }

            if (chosen is null && !differ && primary.IsKnown)
            {
                text.Append("Same on every venue.\n");
            }

            if (match is not null)
            {
                text.Append(match.Template is null
                    ? $"Your message matches no template of {code} on {match.Venue}; treat it as {match.Kind}.\n"
                    : $"Your message matches \"{match.Template}\"{(match.Reason is { } r ? $" (reason {r})" : string.Empty)}{(match.Filter is { } f ? $" (filter {f})" : string.Empty)}: {match.Kind}, {match.Action}.\n");
            }

            return McpToolOutput.Success(result, text.ToString().TrimEnd());
        }
        catch (CliUsageException ex)
        {
            return McpToolOutput.Failure(ex.Message);
        }
    }

    [McpServerTool(Name = "classify_response", Title = "Classify a Binance HTTP response", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ClassificationOutput))]
    [Description("Classify one Binance HTTP response (status, headers, body) the way the BinanceErrors classifier does: code, NAME, kind, recovery action, how long to wait or until when traffic must stop, whether the order may have executed anyway, and what to do next.")]
    public static CallToolResult ClassifyResponse(
        [Description(VenueText)] string venue,
        [Description("The response body exactly as received: the JSON text (e.g. {\"code\":-1021,\"msg\":\"...\"}) or the JSON object itself, or an HTML/text error page. May be empty when a status is given.")] JsonElement body,
        [Description("The HTTP status, e.g. 429.")] int? status = null,
        [Description("Response headers, e.g. {\"Retry-After\":\"30\"}.")] Dictionary<string, string>? headers = null,
        [Description("What the request did: read, place (an order), cancel, write, or unspecified (default). An unknown outcome of 'place' means the order may exist.")] string? intent = null)
    {
        try
        {
            var parsedVenue = CliArguments.ParseVenue(venue);
            var parsedIntent = intent is null ? RequestIntent.Unspecified : CliArguments.ParseIntent(intent);
            if (status is { } s && s is < 100 or > 599)
            {
                return McpToolOutput.Failure($"{s} is not an HTTP status. Pass the response's status code, a number from 100 to 599, or leave 'status' out.");
            }

            var text = body.ValueKind switch
            {
                JsonValueKind.String => body.GetString()!,
                JsonValueKind.Object => body.GetRawText(),
                JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                _ => null,
            };
            if (text is null)
            {
                return McpToolOutput.Failure($"'body' must be the response body as a string or a JSON object, not a {body.ValueKind.ToString().ToLowerInvariant()}. Paste the body exactly as received, e.g. {{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}}.");
            }

            if (string.IsNullOrWhiteSpace(text) && status is null)
            {
                return McpToolOutput.Failure("Nothing to classify: the body is empty and no status was given. Pass the response body, or at least its HTTP status.");
            }

            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('{') && !IsJson(trimmed))
            {
                return McpToolOutput.Failure("The body starts like JSON but is not valid JSON (cut off or edited?). Paste the body exactly as received, e.g. {\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}.");
            }

            var error = BinanceErrorClassifier.Classify(
                parsedVenue,
                status,
                Encoding.UTF8.GetBytes(text),
                new BinanceResponseHeaders([.. (headers ?? []).Select(h => new KeyValuePair<string, string>(h.Key, h.Value))]),
                parsedIntent);
            var result = ClassificationOutput.From(error, parsedIntent);
            var summary = new StringBuilder();
            summary.Append(error.Code is { } code ? $"{code} {error.Name ?? "(not in the catalog)"}" : "No Binance code");
            summary.Append(CultureInfo.InvariantCulture, $" on {result.Venue}{(error.HttpStatus is { } st ? $", HTTP {st}" : string.Empty)}: {error.Kind}.");
            if (result.Message.Length > 0)
            {
                summary.Append(CultureInfo.InvariantCulture, $" Message: \"{result.Message}\".");
            }

            if (error.ExecutionUnknown)
            {
                summary.Append(" The order may have executed.");
            }

            summary.Append('\n');
            for (var i = 0; i < result.WhatToDo.Count; i++)
            {
                summary.Append(CultureInfo.InvariantCulture, $"{i + 1}. {result.WhatToDo[i]}\n");
            }

            return McpToolOutput.Success(result, summary.ToString().TrimEnd());
        }
        catch (CliUsageException ex)
        {
            return McpToolOutput.Failure(ex.Message);
        }
    }

    [McpServerTool(Name = "validate_order", Title = "Validate an order before sending it", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ValidationOutput))]
    [Description("Check an order offline against exchangeInfo (Spot, Binance.US, USDⓈ-M or COIN-M futures) and answer with the exact error (code and msg) the exchange would send, or that it would be accepted; optionally round price and quantity onto the symbol's grids first. Lists the rules it could not check for lack of market context. Nothing is sent anywhere.")]
    public static CallToolResult ValidateOrder(
        TimeProvider time,
        [Description("spot or us (Spot-shaped /api/v3/exchangeInfo); usdm for USDⓈ-M futures (/fapi/v1/exchangeInfo; an order with algoType is a /fapi/v1/algoOrder request); coinm for COIN-M futures (/dapi/v1/exchangeInfo; quantity in contracts; conditional orders are plain /dapi/v1/order requests).")] string venue,
        [Description("The order with Binance parameter names and values as they would be sent, e.g. {\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":\"65000.001\",\"quantity\":\"0.001\"}.")] Dictionary<string, JsonElement> order,
        [Description("The GET exchangeInfo response of the venue as JSON (object or text). Default: a built-in sample (spot/us: BTCUSDT, ETHUSDT, ETHBTC, BNBUSDT, LUNAUSDT; usdm: BTCUSDT, ETHUSDT, BNBUSDT, SOLUSDT, XRPUSDT, DOGEUSDT…; coinm: BTCUSD_PERP, ETHUSD_PERP, …, BTCUSD_261225…).")] JsonElement? exchangeInfo = null,
        [Description("Market context for rules that depend on it. spot/us: " + SpotValidationVenue.ContextFieldNames + " (referencePrice: GET /api/v3/referencePrice, used since 2026-05-08 when the symbol has one; else averagePrice: GET /api/v3/avgPrice). usdm and coinm: " + FuturesValidationVenue.ContextFieldNames + ".")] Dictionary<string, JsonElement>? context = null,
        [Description("Round price/quantity onto the symbol's grids (safe side) before validating, and report the changes.")] bool normalize = false)
    {
        try
        {
            return OrderValidationTool.Run(ValidationVenue.For(CliArguments.ParseVenue(venue)), order, exchangeInfo, context, normalize, time);
        }
        catch (CliUsageException ex)
        {
            return McpToolOutput.Failure(ex.Message);
        }
    }

    [McpServerTool(Name = "list_errors", Title = "List a venue's error codes", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(ListErrorsResult))]
    [Description("List every error code a Binance venue documents (NAME, category, kind, meaning), optionally one category such as 10xx, 11xx, 20xx or 40xx.")]
    public static CallToolResult ListErrors(
        [Description(VenueText)] string venue,
        [Description("Only one section, e.g. 10xx, 11xx, 20xx, 40xx, 50xx, cancelReplace. Omit for all.")] string? category = null)
    {
        try
        {
            var parsedVenue = CliArguments.ParseVenue(venue);
            var catalog = BinanceErrorCatalog.For(parsedVenue);
            var categories = catalog.Categories.Select(c => c.Id).ToArray();
            if (category is not null && !categories.Contains(category, StringComparer.OrdinalIgnoreCase))
            {
                return McpToolOutput.Failure($"'{category}' is not a category of {venue}. Valid categories: {string.Join(", ", categories)}; or leave 'category' out.");
            }

            var entries = catalog.Definitions
                .Where(d => category is null || string.Equals(d.Category.Id, category, StringComparison.OrdinalIgnoreCase))
                .Select(d => new ListErrorsResult.Entry(d.Code, d.Name, d.Category.Id, d.Kind.ToString(), d.IsRetired, d.Meaning))
                .ToArray();
            var result = new ListErrorsResult(CliArguments.VenueName(parsedVenue), category, categories, entries.Length, entries);
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{entries.Length} codes on {result.Venue}{(category is null ? string.Empty : $" in {category}")}:\n");
            foreach (var e in entries)
            {
                text.Append(CultureInfo.InvariantCulture, $"{e.Code} {e.Name}{(e.Retired ? " (retired)" : string.Empty)}: {e.Meaning}\n");
            }

            return McpToolOutput.Success(result, text.ToString().TrimEnd());
        }
        catch (CliUsageException ex)
        {
            return McpToolOutput.Failure(ex.Message);
        }
    }

    [McpServerTool(Name = "recovery_plan", Title = "What to do in a Binance failure situation", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(RecoveryPlanResult))]
    [Description("The steps, in order, for a failure situation: post-timeout (an order POST timed out / 5XX / -1007), http-418 (IP banned), clock-1021 (-1021 keeps coming), order-not-found-after-place (-2013 after placing), futures-4120 (STOP orders refused on USDⓈ-M), http-429. Pass the id or describe the situation in words.")]
    public static CallToolResult RecoveryPlan(
        [Description("The situation id (post-timeout, http-418, clock-1021, order-not-found-after-place, futures-4120, http-429) or a description such as 'my POST /api/v3/order timed out'.")] string situation)
    {
        if (string.IsNullOrWhiteSpace(situation) || !RecoveryPlans.TryFind(situation, out var plan))
        {
            return McpToolOutput.Failure($"No recovery plan matches '{situation}'. Pass one of: {string.Join(", ", RecoveryPlans.Ids)}; or use explain_error / classify_response for a specific code or response.");
        }

        var text = new StringBuilder(plan!.Title).Append('\n');
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {plan.Steps[i]}\n");
        }

        foreach (var dont in plan.DoNot)
        {
            text.Append("Don't: ").Append(dont).Append('\n');
        }

        text.Append("With BinanceErrors: ").Append(plan.Toolkit);
        return McpToolOutput.Success(plan, text.ToString());
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
