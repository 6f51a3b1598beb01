namespace BinanceErrors;

/// <summary>
/// One error code as a venue documents it: its NAME, every message variant, its section, what it means and what
/// to do, plus the flags the classifier reads.
/// </summary>
/// <remarks>
/// A catalog entry, not a value: it does not override equality. A venue and a code identify it
/// (<see cref="BinanceError"/> compares definitions that way).
/// </remarks>
public sealed class ErrorDefinition
{
    internal ErrorDefinition(
        BinanceVenue venue,
        int code,
        string name,
        IReadOnlyList<string> aliases,
        ErrorCategory category,
        IReadOnlyList<MessageTemplate> messages,
        string meaning,
        string hint,
        BinanceErrorKind kind,
        bool executionUnknown,
        bool retrySafe,
        bool isRetired,
        FilterType? filter,
        CatalogMessageSource messagesFrom,
        string? note)
    {
        Venue = venue;
        Code = code;
        Name = name;
        Aliases = aliases;
        Category = category;
        Messages = messages;
        Meaning = meaning;
        Hint = hint;
        Kind = kind;
        ExecutionUnknown = executionUnknown;
        RetrySafe = retrySafe;
        IsRetired = isRetired;
        Filter = filter;
        MessagesFrom = messagesFrom;
        Note = note;
    }

    /// <summary>The venue whose code space this definition belongs to.</summary>
    public BinanceVenue Venue { get; }

    /// <summary>The negative error code, e.g. -2010.</summary>
    public int Code { get; }

    /// <summary>The NAME as the venue's documentation spells it (e.g. <c>NEW_ORDER_REJECTED</c>, or a heading such as "Request Throttled").</summary>
    public string Name { get; }

    /// <summary>Other names for the code: our constant-style name where the doc's heading is prose, or a name another official page uses.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The section of the venue's error list the code belongs to.</summary>
    public ErrorCategory Category { get; }

    /// <summary>Every documented message variant, in the documentation's order.</summary>
    public IReadOnlyList<MessageTemplate> Messages { get; }

    /// <summary>What the error means, in one line.</summary>
    public string Meaning { get; }

    /// <summary>What to do about it, in one line.</summary>
    public string Hint { get; }

    /// <summary>The unified kind of the code before its message is considered.</summary>
    public BinanceErrorKind Kind { get; }

    /// <summary>Whether the request may have executed although an error came back (-1006, -1007).</summary>
    public bool ExecutionUnknown { get; }

    /// <summary>Whether the same request can be sent again once the advised wait is over, without reconciling first.</summary>
    public bool RetrySafe { get; }

    /// <summary>Whether the code is no longer documented or sent; it is kept so old logs still explain.</summary>
    public bool IsRetired { get; }

    /// <summary>The filter a futures code stands for (e.g. -4014 is PRICE_FILTER's tick rule); <see langword="null"/> otherwise.</summary>
    public FilterType? Filter { get; }

    /// <summary>Where the real message texts of this code are listed.</summary>
    public CatalogMessageSource MessagesFrom { get; }

    /// <summary>A remark on how the code is documented, when it is unusual.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name} ({BinanceVenueNames.Of(Venue)})";
}
