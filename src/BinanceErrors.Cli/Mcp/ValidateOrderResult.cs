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
    /// <summary>The error the exchange would answer with.</summary>
    /// <param name="Code">The code, e.g. -1013.</param>
    /// <param name="Msg">The exact message, e.g. "Filter failure: PRICE_FILTER".</param>
    /// <param name="Name">The code's NAME.</param>
    /// <param name="Kind">The classifier's kind.</param>
    /// <param name="Filter">The failing filter.</param>
    /// <param name="Reason">The typed matching-engine reason.</param>
    /// <param name="Hint">What to do.</param>
    internal sealed record ExchangeRejection(int Code, string Msg, string? Name, string Kind, string? Filter, string? Reason, string? Hint);

    /// <summary>One normalization change.</summary>
    /// <param name="Parameter">The parameter.</param>
    /// <param name="From">The value before.</param>
    /// <param name="To">The value after.</param>
    /// <param name="Why">Why.</param>
    internal sealed record Change(string Parameter, string? From, string To, string Why);
}
