using System.Globalization;
using System.Text;
using BinanceErrors.Preflight;

namespace BinanceErrors.Cli.Output;

/// <summary>
/// The one JSON object for an order checked offline, written by <c>validate --json</c> (and per line by
/// <c>--jsonl</c>) and returned by the MCP tool <c>validate_order</c>. Its schema is
/// <c>docs/schemas/validation.schema.json</c>. The rejection is the classification of the answer the exchange would
/// send (<see cref="ClassificationOutput"/>), so a rejected order and a received error are described alike; a
/// normalization change is named as the library names it (<see cref="OrderChange"/>).
/// </summary>
/// <param name="Venue">spot, us, usdm or coinm: whose rules and texts were used.</param>
/// <param name="Valid">Whether the exchange would accept the order (as far as the given context allows to tell).</param>
/// <param name="Rejection">The classification of the error the exchange would answer with; null when valid.</param>
/// <param name="Order">The order as checked (after normalization when asked), Binance parameter names and values.</param>
/// <param name="Changes">What normalization changed, and why; empty without normalization.</param>
/// <param name="NotChecked">Rules that could not be checked for lack of context, e.g. PERCENT_PRICE_BY_SIDE.</param>
/// <param name="ExchangeInfoSource">"built-in sample" or "given".</param>
internal sealed record ValidationOutput(
    string Venue,
    bool Valid,
    ClassificationOutput? Rejection,
    IReadOnlyDictionary<string, string> Order,
    IReadOnlyList<ValidationOutput.Change> Changes,
    IReadOnlyList<string> NotChecked,
    string ExchangeInfoSource)
{
    /// <summary>The source of the rules when none was given.</summary>
    public const string BuiltInSample = "built-in sample";

    /// <summary>The source of the rules when the caller gave an exchangeInfo document.</summary>
    public const string Given = "given";

    /// <summary>The object for a validation.</summary>
    public static ValidationOutput From(
        BinanceVenue venue,
        BinanceError? error,
        IEnumerable<(string Name, string Value)> order,
        IReadOnlyList<OrderChange>? changes,
        IEnumerable<string> notChecked,
        bool exchangeInfoGiven) => new(
            CliArguments.VenueName(venue),
            error is null,
            error is null ? null : ClassificationOutput.From(error, RequestIntent.PlaceOrder),
            order.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
            [.. (changes ?? []).Select(c => new Change(c.Parameter, c.From, c.To, c.Reason))],
            [.. notChecked],
            exchangeInfoGiven ? Given : BuiltInSample);

    /// <summary>The text rendering an assistant can quote.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var change in Changes)
        {
            text.Append(CultureInfo.InvariantCulture, $"Normalized {change.Parameter}: {change.From ?? "(none)"} -> {change.To} ({change.Reason}).\n");
        }

        text.Append(Rejection is null
            ? "VALID: the exchange would accept this order.\n"
            : $"REJECTED: the exchange would answer {{\"code\":{Rejection.Code},\"msg\":\"{Rejection.Message}\"}} ({Rejection.Name}).\nWhat to do: {string.Join(" ", Rejection.WhatToDo)}\n");
        if (NotChecked.Count > 0)
        {
            text.Append("Not checked (context missing): ").Append(string.Join(", ", NotChecked)).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>One normalization change (<see cref="OrderChange"/>).</summary>
    /// <param name="Parameter">The parameter, e.g. price.</param>
    /// <param name="From">The value before; null when the parameter was not sent.</param>
    /// <param name="To">The value after.</param>
    /// <param name="Reason">Why, e.g. "rounded down to tickSize 0.01".</param>
    internal sealed record Change(string Parameter, string? From, string To, string Reason);
}
