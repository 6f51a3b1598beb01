namespace BinanceErrors.Cli.Mcp;

/// <summary>What one venue's catalog says about one code: the shape <c>explain_error</c>, <c>list_errors</c> and the code resources share.</summary>
/// <param name="Venue">spot, usdm, coinm or us.</param>
/// <param name="Code">The code.</param>
/// <param name="Status">defined, retired, notInCatalog or notBinanceCode.</param>
/// <param name="Name">The code's NAME, e.g. NEW_ORDER_REJECTED; null when the venue does not define it.</param>
/// <param name="Category">The catalog section, e.g. 20xx.</param>
/// <param name="Meaning">What the exchange means by it.</param>
/// <param name="Hint">What to do.</param>
/// <param name="Kind">The classifier's kind, e.g. FilterRejected.</param>
/// <param name="ExecutionUnknown">Whether the request may have executed anyway.</param>
/// <param name="RetrySafe">Whether resending after the advised wait is safe.</param>
/// <param name="Filter">The exchangeInfo filter it reports, e.g. PRICE_FILTER.</param>
/// <param name="Messages">The exact message texts the exchange sends with it.</param>
/// <param name="Explanation">One sentence that also covers codes the venue does not define.</param>
/// <param name="RealForm">For an invented code: how the exchange really reports that failure.</param>
internal sealed record CodeDefinition(
    string Venue,
    int Code,
    string Status,
    string? Name,
    string? Category,
    string? Meaning,
    string? Hint,
    string? Kind,
    bool ExecutionUnknown,
    bool RetrySafe,
    string? Filter,
    IReadOnlyList<string> Messages,
    string Explanation,
    string? RealForm)
{
    public static CodeDefinition From(CodeLookup lookup)
    {
        var d = lookup.Definition;
        return new(
            CliArguments.VenueName(lookup.Venue),
            lookup.Code,
            lookup.Status switch
            {
                CodeLookupStatus.Defined => "defined",
                CodeLookupStatus.Retired => "retired",
                CodeLookupStatus.NotABinanceCode => "notBinanceCode",
                _ => "notInCatalog",
            },
            d?.Name,
            d?.Category.Id,
            d?.Meaning,
            d?.Hint,
            d?.Kind.ToString(),
            d?.ExecutionUnknown ?? false,
            d?.RetrySafe ?? false,
            d?.Filter?.ToWireName(),
            // Only texts the exchange sends: the catalog also lists documentation prose (form "description", e.g. Spot
            // -2021's "This code is sent when …") and constant names standing for matching-engine texts ("placeholder").
            d is null ? [] : [.. d.Messages.Where(m => m.Form is not (MessageForm.Description or MessageForm.Placeholder)).Select(m => m.Text)],
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
        if (Messages.Count > 0)
        {
            text += "\n  Messages: " + string.Join(" | ", Messages.Select(m => $"\"{m}\""));
        }

        if (ExecutionUnknown)
        {
            text += "\n  The request may have executed: look the order up before sending it again.";
        }

        return text;
    }
}
