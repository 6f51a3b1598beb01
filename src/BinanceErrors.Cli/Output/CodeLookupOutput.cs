namespace BinanceErrors.Cli.Output;

/// <summary>
/// The one JSON object for what a venue's catalog says about a code, written by <c>explain --json</c> and
/// <c>list --json</c> and returned by the MCP tool <c>explain_error</c> (in <c>venues</c>) and the resources
/// <c>binance-errors://codes/{venue}/{code}</c> and <c>binance-errors://catalog/{venue}</c>. Its schema is
/// <c>docs/schemas/code.schema.json</c>. Every property is always present (null or empty when the venue does not
/// define the code), so the object validates against one schema whatever the code.
/// </summary>
/// <param name="Venue">spot, usdm, coinm or us.</param>
/// <param name="Code">The code.</param>
/// <param name="Known">Whether the venue documents (or documented) it.</param>
/// <param name="Status">defined, retired, notInCatalog or notBinanceCode.</param>
/// <param name="Name">The code's NAME as documented, e.g. NEW_ORDER_REJECTED; null when the venue does not define it.</param>
/// <param name="Aliases">Other names the code has had.</param>
/// <param name="Category">The catalog section, e.g. 20xx.</param>
/// <param name="CategoryTitle">The section's title.</param>
/// <param name="Messages">Every message variant: the exact texts the exchange sends and the documentation's wording.</param>
/// <param name="Meaning">What the exchange means by it.</param>
/// <param name="Hint">What to do.</param>
/// <param name="Kind">The classifier's kind, e.g. FilterRejected.</param>
/// <param name="ExecutionUnknown">Whether a request answered with this code may have executed anyway.</param>
/// <param name="RetrySafe">Whether resending after the advised wait is safe.</param>
/// <param name="Filter">The exchangeInfo filter the code reports (futures filter codes), e.g. PRICE_FILTER.</param>
/// <param name="MessagesFrom">own, matchingEngine or filterFailures: where the code's messages come from.</param>
/// <param name="Explanation">One sentence that also covers codes the venue does not define.</param>
/// <param name="RealForm">For a code third-party tools invent: how the exchange really reports that failure.</param>
internal sealed record CodeLookupOutput(
    string Venue,
    int Code,
    bool Known,
    string Status,
    string? Name,
    IReadOnlyList<string> Aliases,
    string? Category,
    string? CategoryTitle,
    IReadOnlyList<CodeLookupOutput.MessageVariant> Messages,
    string? Meaning,
    string? Hint,
    string? Kind,
    bool ExecutionUnknown,
    bool RetrySafe,
    string? Filter,
    string? MessagesFrom,
    string Explanation,
    string? RealForm)
{
    public static CodeLookupOutput From(CodeLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var d = lookup.Definition;
        return new(
            CliArguments.VenueName(lookup.Venue),
            lookup.Code,
            lookup.IsKnown,
            lookup.Status switch
            {
                CodeLookupStatus.Defined => "defined",
                CodeLookupStatus.Retired => "retired",
                CodeLookupStatus.NotABinanceCode => "notBinanceCode",
                _ => "notInCatalog",
            },
            d?.Name,
            d is null ? [] : [.. d.Aliases],
            d?.Category.Id,
            d?.Category.Title,
            d is null ? [] : [.. d.Messages.Select(m => new MessageVariant(m.Text, JsonOutput.Camel(m.Form.ToString()), [.. m.ArgumentNames]))],
            d?.Meaning,
            d?.Hint,
            d?.Kind.ToString(),
            d?.ExecutionUnknown ?? false,
            d?.RetrySafe ?? false,
            d?.Filter?.ToWireName(),
            d is null ? null : JsonOutput.Camel(d.MessagesFrom.ToString()),
            lookup.Explanation,
            lookup.Fabricated?.RealForm);
    }

    /// <summary>The text rendering an assistant can quote.</summary>
    public string Describe()
    {
        if (Name is null)
        {
            return $"[{Venue}] {Explanation}";
        }

        var text = $"[{Venue}] {Code} {Name}{(Status == "retired" ? " (retired)" : string.Empty)}: {Meaning}\n  What to do: {Hint}";

        // Only texts the exchange sends: the catalog also lists documentation prose (form "description", e.g. Spot
        // -2021's "This code is sent when …") and constant names standing for matching-engine texts ("placeholder").
        var sent = Messages.Where(m => m.Form is not ("description" or "placeholder")).Select(m => $"\"{m.Text}\"").ToArray();
        if (sent.Length > 0)
        {
            text += "\n  Messages: " + string.Join(" | ", sent);
        }

        if (ExecutionUnknown)
        {
            text += "\n  The request may have executed: look the order up before sending it again.";
        }

        return text;
    }

    /// <summary>One message variant of a code.</summary>
    /// <param name="Text">The text; a template's placeholders stand where the exchange fills in values.</param>
    /// <param name="Form">Where the text comes from: server (sent by the server, as documented), description (documentation prose, not sent), fix (FIX API only), legacy (an older wording), placeholder (a constant name standing for a matching-engine text), alternate, testnet, example, inferred or observed (posted by users).</param>
    /// <param name="ArgumentNames">The names of the template's placeholders, in order.</param>
    internal sealed record MessageVariant(string Text, string Form, IReadOnlyList<string> ArgumentNames);
}
