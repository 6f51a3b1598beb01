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

    // A message that matched a template with placeholders is kept as the template plus its values (inline, in
    // _captured) and turned into strings only when Message or Arguments is read: classifying such a message then
    // allocates this record and nothing else. _message and _arguments are null while that is the case.
    private string? _message = string.Empty;
    private MessageTemplate? _template;
    private IReadOnlyList<TemplateArgument>? _arguments = [];
    private CapturedArguments _captured;

    /// <summary>The message as received (<c>msg</c>, an HTML title, or the first line of text); empty when there was none.</summary>
    /// <remarks>A message that is its template's text with values in the placeholders is composed on first read.</remarks>
    public string Message
    {
        get => _message ??= ComposeMessage();
        init => _message = value ?? string.Empty;
    }

    /// <summary>The catalog template the message matched; <see langword="null"/> when none did and the code's definition is the fallback.</summary>
    public MessageTemplate? Template
    {
        get => _template;
        init
        {
            // Message and Arguments are composed from the template; a copy that changes the template keeps them.
            _message ??= ComposeMessage();
            _arguments ??= ComposeArguments();
            _template = value;
        }
    }

    /// <summary>The template's placeholder values, e.g. <c>limit = 6000</c>, <c>interval = 1 MINUTE</c>.</summary>
    /// <remarks>Values captured by the classifier become strings on first read, not while classifying.</remarks>
    public IReadOnlyList<TemplateArgument> Arguments
    {
        get => _arguments ??= ComposeArguments();
        init => _arguments = value ?? [];
    }

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
            && SameTemplate(Template, other.Template)
            && SameMessageAndArguments(other)
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

        text.Append(" (").Append(BinanceVenueNames.Of(Venue));
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

    /// <summary>
    /// Keeps a matched message as <paramref name="template"/> plus its captured values when they fit inline and
    /// <paramref name="received"/> is exactly the template's text with them (the usual case); otherwise the message
    /// and the arguments become strings now. Called by the classifier on a new instance, before anyone sees it.
    /// </summary>
    internal void SetMatchedMessage(MessageTemplate template, ReadOnlySpan<char> received, ReadOnlySpan<char> normalized, ReadOnlySpan<Range> captures, bool exact)
    {
        _template = template;
        var count = template.ArgumentCount;
        if (count > 0 && CapturedArguments.TryCapture(normalized, captures, count, out _captured, out var verbatim))
        {
            _arguments = null;
            // When matching already compared every literal exactly, on the received text itself (normalizing made no
            // copy) and the values were kept as received, only what normalizing cut off the end is left to compare.
            var reproduces = exact && verbatim && template.ExactTail is { } tail && IsPrefixOf(normalized, received)
                ? received[normalized.Length..].SequenceEqual(tail)
                : _captured.Reproduces(template, received);
            _message = reproduces ? null : received.ToString();
            return;
        }

        _arguments = TemplateArgument.Create(template, normalized, captures);
        _message = received.IsEmpty ? string.Empty : received.SequenceEqual(template.Text) ? template.Text : received.ToString();
    }

    /// <summary>Whether <paramref name="prefix"/> is the start of <paramref name="text"/> in memory (a slice of it, not a copy).</summary>
    private static bool IsPrefixOf(ReadOnlySpan<char> prefix, ReadOnlySpan<char> text) =>
        prefix.Length <= text.Length
        && System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(prefix),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));

    /// <summary>Sets the message and arguments as strings (texts no template fully explains). Classifier only, on a new instance.</summary>
    internal void SetMessage(string message, MessageTemplate? template, IReadOnlyList<TemplateArgument> arguments)
    {
        _message = message;
        _template = template;
        _arguments = arguments;
    }

    private string ComposeMessage()
    {
        if (_template is not { } template)
        {
            return string.Empty;
        }

        var length = _captured.MessageLength(template);
        return string.Create(length, this, static (destination, error) => error._captured.WriteMessage(error._template!, destination));
    }

    private TemplateArgument[] ComposeArguments()
    {
        if (_template is not { } template || _captured.Count == 0)
        {
            return [];
        }

        var arguments = new TemplateArgument[_captured.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = new TemplateArgument(template.ArgumentNames[i], _captured[i].ToString());
        }

        return arguments;
    }

    private bool SameMessageAndArguments(BinanceError other)
    {
        // Both still in captured form, from the same template: the values decide both, with no strings built.
        if (_message is null && _arguments is null && other._message is null && other._arguments is null
            && ReferenceEquals(_template, other._template))
        {
            return _captured.ValueEquals(other._captured);
        }

        return string.Equals(Message, other.Message, StringComparison.Ordinal) && SameArguments(Arguments, other.Arguments);
    }

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
