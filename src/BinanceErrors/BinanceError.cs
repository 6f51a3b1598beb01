using System.Text;
using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// A classified Binance error response: what the exchange said (code, message, matched template and its
/// arguments), what it means (definition, typed reason, kind) and what to do next (advice).
/// </summary>
/// <remarks>
/// Equality is by value: two errors are equal when every property is, with <see cref="Arguments"/> compared element
/// by element, <see cref="Definition"/> by venue and code and <see cref="Template"/> by text and form (catalog entries
/// are identified by those, not by instance). So two classifications of the same response are equal, and an error
/// can be used as a dictionary key or deduplicated in a set.
/// </remarks>
public sealed record BinanceError
{
    /// <summary>The venue the response came from; codes are interpreted in its code space.</summary>
    public required BinanceVenue Venue { get; init; }

    /// <summary>The HTTP status, when known.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The Binance error code from the body, or <see langword="null"/> when the body had none (HTML pages, empty bodies).</summary>
    public int? Code { get; init; }

    /// <summary>The catalog definition of <see cref="Code"/> on <see cref="Venue"/>; <see langword="null"/> for unknown or missing codes.</summary>
    public ErrorDefinition? Definition { get; init; }

    /// <summary>The message as received (<c>msg</c>, an HTML title, or the first line of text); empty when there was none.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The catalog template the message matched; <see langword="null"/> when none did and the code's definition is the fallback.</summary>
    public MessageTemplate? Template { get; init; }

    /// <summary>The template's placeholder values, e.g. <c>limit = 6000</c>, <c>interval = 1 MINUTE</c>.</summary>
    public IReadOnlyList<TemplateArgument> Arguments { get; init; } = [];

    /// <summary>The matching-engine reason, for -1010 / -2010 / -2011 / -2038 messages.</summary>
    public MatchingEngineReason? Reason { get; init; }

    /// <summary>The filter named by a filter failure (Spot "Filter failure: X", or the futures code's filter).</summary>
    public FilterType? Filter { get; init; }

    /// <summary>The unified kind.</summary>
    public BinanceErrorKind Kind { get; init; }

    /// <summary>What to do next.</summary>
    public RecoveryAdvice Advice { get; init; }

    /// <summary>Whether the request may have executed although an error came back; if so, reconcile before resending.</summary>
    public bool ExecutionUnknown { get; init; }

    /// <summary>The end of an IP ban, from the message or Retry-After.</summary>
    public DateTimeOffset? BannedUntil { get; init; }

    /// <summary>What the body turned out to be.</summary>
    public ResponseBodyKind BodyKind { get; init; }

    /// <summary>Whether the body was cut short or not valid JSON to its end.</summary>
    public bool BodyTruncated { get; init; }

    /// <summary>Both halves of a failed Spot cancel-replace (-2021 / -2022), from the body's <c>data</c>.</summary>
    public CancelReplaceOutcome? CancelReplace { get; init; }

    /// <summary>The code's NAME, when the code is in the catalog.</summary>
    public string? Name => Definition?.Name;

    /// <summary>Whether the code is in the venue's catalog.</summary>
    public bool IsKnown => Definition is not null;

    /// <summary>Finds a template argument by name.</summary>
    /// <param name="name">The placeholder name, e.g. <c>parameter</c>.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Compares two errors by value (see the remarks on <see cref="BinanceError"/>).</summary>
    /// <param name="other">The other error.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(BinanceError? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Venue == other.Venue
            && HttpStatus == other.HttpStatus
            && Code == other.Code
            && SameDefinition(Definition, other.Definition)
            && string.Equals(Message, other.Message, StringComparison.Ordinal)
            && SameTemplate(Template, other.Template)
            && SameArguments(Arguments, other.Arguments)
            && Reason == other.Reason
            && Filter == other.Filter
            && Kind == other.Kind
            && Advice == other.Advice
            && ExecutionUnknown == other.ExecutionUnknown
            && BannedUntil == other.BannedUntil
            && BodyKind == other.BodyKind
            && BodyTruncated == other.BodyTruncated
            && CancelReplace == other.CancelReplace;
    }

    /// <summary>A hash code consistent with <see cref="Equals(BinanceError?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Venue);
        hash.Add(HttpStatus);
        hash.Add(Code);
        hash.Add(Message, StringComparer.Ordinal);
        hash.Add(Template?.Text, StringComparer.Ordinal);
        hash.Add(Arguments.Count);
        foreach (var argument in Arguments)
        {
            hash.Add(argument);
        }

        hash.Add(Reason);
        hash.Add(Filter);
        hash.Add(Kind);
        hash.Add(Advice);
        hash.Add(ExecutionUnknown);
        hash.Add(BannedUntil);
        hash.Add(BodyKind);
        hash.Add(BodyTruncated);
        hash.Add(CancelReplace);
        return hash.ToHashCode();
    }

    /// <summary>A one-line summary: code, name, venue, status, message and advice, with credentials redacted.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Code is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no code");
        if (Name is { } name)
        {
            text.Append(' ').Append(name);
        }

        text.Append(" (").Append(Venue);
        if (HttpStatus is { } status)
        {
            text.Append(", HTTP ").Append(status);
        }

        text.Append(", ").Append(Kind).Append(')');
        if (Message.Length > 0)
        {
            text.Append(": ").Append(SecretRedactor.Redact(Message));
        }

        text.Append(" -> ").Append(Advice);
        return text.ToString();
    }

    private static bool SameDefinition(ErrorDefinition? left, ErrorDefinition? right) =>
        ReferenceEquals(left, right)
        || (left is not null && right is not null && left.Venue == right.Venue && left.Code == right.Code);

    private static bool SameTemplate(MessageTemplate? left, MessageTemplate? right) =>
        ReferenceEquals(left, right)
        || (left is not null && right is not null && left.Form == right.Form && string.Equals(left.Text, right.Text, StringComparison.Ordinal));

    private static bool SameArguments(IReadOnlyList<TemplateArgument> left, IReadOnlyList<TemplateArgument> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }
}
