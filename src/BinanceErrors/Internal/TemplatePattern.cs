namespace BinanceErrors.Internal;

/// <summary>
/// A message template split into literal pieces around its placeholders. Matching is case-insensitive, runs on
/// normalized text and backtracks, so a placeholder may contain text that also appears in a later literal.
/// </summary>
internal sealed class TemplatePattern
{
    public const int MaxPlaceholders = 8;

    private static readonly string[] PlaceholderTokens = ["%s", "%d", "%b", "{param}"];

    private readonly string[] _pieces;

    // The shortest message that can match: the literal pieces with every placeholder empty. Most templates of a code
    // are ruled out by length alone, before any character is compared.
    private readonly int _minimumLength;

    private TemplatePattern(string[] pieces, string normalized)
    {
        _pieces = pieces;
        Normalized = normalized;
        foreach (var piece in pieces)
        {
            _minimumLength += piece.Length;
        }
    }

    /// <summary>The template after normalization; equal to a matching literal message's normalized form.</summary>
    public string Normalized { get; }

    public int PlaceholderCount => _pieces.Length - 1;

    public static TemplatePattern Compile(string template)
    {
        var normalized = MessageText.Normalize(template);
        var pieces = new List<string>();
        var rest = normalized.AsSpan();
        while (true)
        {
            var (index, token) = FindPlaceholder(rest);
            if (index < 0 || pieces.Count == MaxPlaceholders)
            {
                pieces.Add(rest.ToString());
                break;
            }

            pieces.Add(rest[..index].ToString());
            rest = rest[(index + token.Length)..];
        }

        return new TemplatePattern([.. pieces], normalized);
    }

    public bool TryMatch(ReadOnlySpan<char> message, Span<Range> captures) => TryMatch(message, captures, out _);

    /// <summary>Matches like <see cref="TryMatch(ReadOnlySpan{char}, Span{Range})"/>, and tells whether every literal piece matched in its documented case.</summary>
    public bool TryMatch(ReadOnlySpan<char> message, Span<Range> captures, out bool exact)
    {
        exact = false;
        if (message.Length < _minimumLength)
        {
            return false;
        }

        if (_pieces.Length == 1)
        {
            var whole = Compare(message, _pieces[0]);
            exact = whole == Sameness.Exact;
            return whole != Sameness.Different;
        }

        var first = _pieces[0];
        var start = Compare(message[..first.Length], first);
        if (start == Sameness.Different || !MatchFrom(message, first.Length, 1, captures, out var restExact))
        {
            return false;
        }

        exact = start == Sameness.Exact && restExact;
        return true;
    }

    private enum Sameness
    {
        Different,
        Exact,
        IgnoringCase,
    }

    /// <summary>Case-insensitive equality, trying the exact (and cheaper) comparison first: most messages keep the documented case.</summary>
    private static Sameness Compare(ReadOnlySpan<char> text, string literal) =>
        text.SequenceEqual(literal) ? Sameness.Exact
        : text.Equals(literal, StringComparison.OrdinalIgnoreCase) ? Sameness.IgnoringCase
        : Sameness.Different;

    private bool MatchFrom(ReadOnlySpan<char> message, int position, int piece, Span<Range> captures, out bool exact)
    {
        exact = false;
        var literal = _pieces[piece];
        if (piece == _pieces.Length - 1)
        {
            var start = message.Length - literal.Length;
            if (start < position)
            {
                return false;
            }

            var end = Compare(message[start..], literal);
            if (end == Sameness.Different)
            {
                return false;
            }

            captures[piece - 1] = position..start;
            exact = end == Sameness.Exact;
            return true;
        }

        var search = position;
        while (search <= message.Length)
        {
            var found = literal.Length == 0 ? 0 : message[search..].IndexOf(literal, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var at = search + found;
            captures[piece - 1] = position..at;
            if (MatchFrom(message, at + literal.Length, piece + 1, captures, out var restExact))
            {
                exact = restExact && message.Slice(at, literal.Length).SequenceEqual(literal);
                return true;
            }

            search = at + 1;
        }

        return false;
    }

    public static (int Index, int Length) FindPlaceholderIn(ReadOnlySpan<char> text)
    {
        var (index, token) = FindPlaceholder(text);
        return (index, token.Length);
    }

    private static (int Index, string Token) FindPlaceholder(ReadOnlySpan<char> text)
    {
        var best = -1;
        var bestToken = string.Empty;
        foreach (var token in PlaceholderTokens)
        {
            var index = text.IndexOf(token, StringComparison.Ordinal);
            if (index >= 0 && (best < 0 || index < best))
            {
                best = index;
                bestToken = token;
            }
        }

        return (best, bestToken);
    }
}
