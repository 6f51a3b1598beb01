using System.Globalization;
using System.Text;

namespace BinanceErrors.Cli.Mcp;

/// <summary>The answer of <c>validate_order</c>.</summary>
/// <param name="Venue">The venue whose rules and texts were used.</param>
/// <param name="Valid">Whether the exchange would accept the order (as far as the given context allows to tell).</param>
/// <param name="Rejection">The exact error the exchange would send; null when valid.</param>
/// <param name="Order">The order as checked (after normalization when asked), Binance parameter names.</param>
/// <param name="Changes">What normalization changed, and why.</param>
/// <param name="NotChecked">Rules that could not be checked for lack of context, e.g. PERCENT_PRICE_BY_SIDE.</param>
/// <param name="ExchangeInfoSource">"built-in sample" or "given".</param>
internal sealed record ValidateOrderResult(
    string Venue,
    bool Valid,
    ValidateOrderResult.ExchangeRejection? Rejection,
    IReadOnlyDictionary<string, string> Order,
    IReadOnlyList<ValidateOrderResult.Change> Changes,
    IReadOnlyList<string> NotChecked,
    string ExchangeInfoSource)
{
    /// <summary>The text rendering an assistant can quote.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var change in Changes)
        {
            text.Append(CultureInfo.InvariantCulture, $"Normalized {change.Parameter}: {change.From ?? "(none)"} -> {change.To} ({change.Why}).\n");
        }

        text.Append(Rejection is null
            ? "VALID: the exchange would accept this order.\n"
            : $"REJECTED: the exchange would answer {{\"code\":{Rejection.Code},\"msg\":\"{Rejection.Msg}\"}} ({Rejection.Name}).\n{(Rejection.Hint is null ? string.Empty : "What to do: " + Rejection.Hint + "\n")}");
        if (NotChecked.Count > 0)
        {
            text.Append("Not checked (context missing): ").Append(string.Join(", ", NotChecked)).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The error the exchange would answer with.</summary>
    /// <param name="Code">The code, e.g. -1013.</param>
    /// <param name="Msg">The exact message, e.g. "Filter failure: PRICE_FILTER".</param>
    /// <param name="Name">The code's NAME.</param>
    /// <param name="Kind">The classifier's kind.</param>
    /// <param name="Filter">The failing filter.</param>
    /// <param name="Reason">The typed matching-engine reason.</param>
    /// <param name="Hint">What to do.</param>
    internal sealed record ExchangeRejection(int Code, string Msg, string? Name, string Kind, string? Filter, string? Reason, string? Hint)
    {
        public static ExchangeRejection? From(BinanceError? error) => error is null
            ? null
            : new(error.Code ?? 0, error.Message, error.Name, error.Kind.ToString(), error.Filter?.ToWireName(), error.Reason?.ToString(), error.Definition?.Hint);
    }

    /// <summary>One normalization change.</summary>
    /// <param name="Parameter">The parameter.</param>
    /// <param name="From">The value before.</param>
    /// <param name="To">The value after.</param>
    /// <param name="Why">Why.</param>
    internal sealed record Change(string Parameter, string? From, string To, string Why);
}
