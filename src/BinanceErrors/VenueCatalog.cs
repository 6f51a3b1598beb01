using System.Collections.Frozen;
using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>The immutable error catalog of one venue: its codes, its matching-engine messages and its filter failures.</summary>
public sealed class VenueCatalog
{
    private const string FilterFailurePrefix = "Filter failure: ";

    private readonly FrozenDictionary<int, ErrorDefinition> _byCode;
    private readonly FrozenDictionary<string, MatchingEngineMessage>.AlternateLookup<ReadOnlySpan<char>> _matchingEngine;
    private readonly FrozenDictionary<string, FilterFailureMessage>.AlternateLookup<ReadOnlySpan<char>> _filterFailures;

    internal VenueCatalog(
        BinanceVenue venue,
        string title,
        IReadOnlyList<string> sources,
        IReadOnlyList<ErrorCategory> categories,
        IReadOnlyList<ErrorDefinition> definitions,
        IReadOnlyList<MatchingEngineMessage> matchingEngineMessages,
        IReadOnlyList<FilterFailureMessage> filterFailures,
        IReadOnlyList<HttpStatusMessage> statusMessages)
    {
        StatusMessages = statusMessages;
        Venue = venue;
        Title = title;
        Sources = sources;
        Categories = categories;
        Definitions = definitions;
        MatchingEngineMessages = matchingEngineMessages;
        FilterFailures = filterFailures;
        _byCode = definitions.ToFrozenDictionary(d => d.Code);
        _matchingEngine = matchingEngineMessages
            .ToFrozenDictionary(m => m.Template.Pattern.Normalized, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _filterFailures = filterFailures
            .ToFrozenDictionary(m => m.Template.Pattern.Normalized, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The venue.</summary>
    public BinanceVenue Venue { get; }

    /// <summary>
    /// The classifier's shared answers for this venue's fixed messages (one immutable <see cref="BinanceError"/> per
    /// status, code, template and intent), kept with the catalog they are derived from rather than in a static field.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<SharedErrorKey, BinanceError> SharedErrors { get; } = new();

    /// <summary>A human title, e.g. "Binance Spot (/api/v3), including the Spot testnet".</summary>
    public string Title { get; }

    /// <summary>The documents the catalog was built from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The venue's sections, in the documentation's order.</summary>
    public IReadOnlyList<ErrorCategory> Categories { get; }

    /// <summary>Every code of the venue, current and retired, from -1000 downwards.</summary>
    public IReadOnlyList<ErrorDefinition> Definitions { get; }

    /// <summary>The matching-engine messages the venue documents (empty on the futures venues).</summary>
    public IReadOnlyList<MatchingEngineMessage> MatchingEngineMessages { get; }

    /// <summary>The <c>Filter failure: X</c> messages the venue documents (empty on the futures venues).</summary>
    public IReadOnlyList<FilterFailureMessage> FilterFailures { get; }

    /// <summary>Messages that come with an HTTP status and no code (e.g. the futures 503 texts).</summary>
    public IReadOnlyList<HttpStatusMessage> StatusMessages { get; }

    /// <summary>Finds a code's definition without allocating.</summary>
    /// <param name="code">The error code, e.g. -2010.</param>
    /// <param name="definition">The definition when the venue has the code.</param>
    /// <returns><see langword="true"/> when the venue has the code.</returns>
    public bool TryGetDefinition(int code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ErrorDefinition? definition) =>
        _byCode.TryGetValue(code, out definition);

    internal bool TryMatchMatchingEngine(ReadOnlySpan<char> normalized, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MatchingEngineMessage? message) =>
        _matchingEngine.TryGetValue(normalized, out message);

    /// <summary>Reads a filter-failure message: the catalog entry when the venue lists it, and the filter type either way.</summary>
    internal bool TryMatchFilterFailure(ReadOnlySpan<char> normalized, out FilterFailureMessage? message, out FilterType filter)
    {
        message = null;
        filter = FilterType.Unknown;
        if (!normalized.StartsWith(FilterFailurePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (_filterFailures.TryGetValue(normalized, out message))
        {
            filter = message.Filter;
            return true;
        }

        var name = normalized[FilterFailurePrefix.Length..].Trim();
        Span<char> upper = stackalloc char[Math.Min(name.Length, MessageText.MaxNormalizedLength)];
        name[..upper.Length].ToUpperInvariant(upper);
        FilterTypeNames.TryParse(upper, out filter);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title}: {Definitions.Count} codes";
}
