using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using BinanceErrors.Internal;

namespace BinanceErrors.Logs.Internal;

/// <summary>
/// The catalog's messages, indexed for finding them in log lines that carry no code: each message template's leading
/// text (before its first placeholder) is an anchor; a line holding an anchor is matched against the templates that
/// start with it. A template belongs to one code when only one code of its venue has it (a filter failure is -1013's);
/// a matching-engine message that several codes share (-1010, -2010, -2011, -2038) maps to no code.
/// </summary>
internal sealed class LogMessageIndex
{
    private const int MinimumAnchorLength = 12;

    /// <summary>Candidates are grouped by their anchor's first this-many characters.</summary>
    private const int PrefixLength = 4;

    private readonly SearchValues<string> _anchors;
    private readonly Dictionary<string, Entry[]> _byPrefix;

    private LogMessageIndex()
    {
        var entries = new List<(string Anchor, string SearchStart, Entry Entry)>();
        foreach (var venue in BinanceErrorCatalog.Venues)
        {
            var catalog = BinanceErrorCatalog.For(venue);
            var codesByText = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
            void Add(MessageTemplate template, int code)
            {
                if (!codesByText.TryGetValue(template.Pattern.Normalized, out var codes))
                {
                    codesByText[template.Pattern.Normalized] = codes = [];
                }

                codes.Add(code);
            }

            var templates = new List<MessageTemplate>();
            foreach (var definition in catalog.Definitions)
            {
                if (definition.IsRetired)
                {
                    continue;
                }

                foreach (var template in definition.Messages)
                {
                    Add(template, definition.Code);
                    templates.Add(template);
                }

                var shared = definition.MessagesFrom switch
                {
                    CatalogMessageSource.FilterFailures => catalog.FilterFailures.Select(f => f.Template),
                    CatalogMessageSource.MatchingEngine => catalog.MatchingEngineMessages.Select(m => m.Template),
                    _ => [],
                };
                foreach (var template in shared)
                {
                    Add(template, definition.Code);
                }
            }

            templates.AddRange(catalog.FilterFailures.Select(f => f.Template));
            templates.AddRange(catalog.MatchingEngineMessages.Select(m => m.Template));
            foreach (var template in templates.DistinctBy(t => t.Pattern.Normalized, StringComparer.OrdinalIgnoreCase))
            {
                var anchor = MessageText.Normalize(template.Literals[0]);
                if (anchor.Length < MinimumAnchorLength)
                {
                    continue;
                }

                var codes = codesByText.GetValueOrDefault(template.Pattern.Normalized);
                var code = codes is { Count: 1 } ? codes.First() : (int?)null;
                entries.Add((anchor, SearchStart(template.Literals[0], anchor), new Entry(venue, template, code, anchor)));
            }
        }

        // Searched for by the documented text's ASCII start: one non-ASCII anchor ("The client’s custom order ID") would
        // turn the whole search into a Unicode case-folding one, several times slower on every line, and a line may
        // carry the curly apostrophe or a straight one; the full (normalized) anchor is compared after, its
        // apostrophes matching either form.
        _anchors = SearchValues.Create([.. entries.Select(e => e.SearchStart).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        _byPrefix = entries
            .GroupBy(e => Prefix(e.Anchor), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Entry).OrderByDescending(e => e.Anchor.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The one index, built from the embedded catalog on first use; immutable.</summary>
    public static LogMessageIndex Instance => Holder.Value;

    /// <summary>Finds a catalog message in <paramref name="line"/>: its start, its extent, and the templates (one per venue that has it).</summary>
    public bool TryFind(ReadOnlySpan<char> line, out int start, out int length, [MaybeNullWhen(false)] out List<Entry> matches)
    {
        // Allocated only for a line that holds a message: most lines hold none.
        matches = null;
        start = 0;
        length = 0;
        var from = 0;
        Span<char> buffer = stackalloc char[MessageText.MaxNormalizedLength];
        Span<Range> captures = stackalloc Range[TemplatePattern.MaxPlaceholders];
        while (from < line.Length)
        {
            var at = line[from..].IndexOfAny(_anchors);
            if (at < 0)
            {
                return false;
            }

            at += from;
            from = at + 1;
            if (at > 0 && char.IsLetterOrDigit(line[at - 1]) || !_byPrefix.TryGetValue(Prefix(line[at..]), out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (!StartsWithAnchor(line[at..], entry.Anchor))
                {
                    continue;
                }

                var end = MatchEnd(line, at, entry.Template, buffer, captures);
                if (end < 0)
                {
                    continue;
                }

                if (matches is null)
                {
                    matches = [];
                    start = at;
                    length = end - at;
                }

                if (end - at == length && matches.TrueForAll(m => m.Venue != entry.Venue))
                {
                    matches.Add(entry);
                }
            }

            if (matches is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the message starting at <paramref name="start"/> that <paramref name="template"/> matches whole, or -1.</summary>
    internal static int MatchEnd(ReadOnlySpan<char> line, int start, MessageTemplate template, Span<char> buffer, Span<Range> captures)
    {
        // The message may run to the end of the line or stop before a quote, a brace or trailing text: the candidate
        // ends are the line's end and the places right after a period or parenthesis and right before a quote.
        var rest = line[start..];
        if (Fits(rest, template, buffer, captures))
        {
            return line.Length;
        }

        var tries = 0;
        for (var k = 1; k < rest.Length && tries < 24; k++)
        {
            var c = rest[k];
            var end = c is '"' or '\'' or '\\' or '}' or ',' or '<' ? k : c is '.' or ')' ? k + 1 : -1;
            if (end < 0)
            {
                continue;
            }

            tries++;
            if (Fits(rest[..end], template, buffer, captures))
            {
                return start + end;
            }
        }

        return -1;
    }

    private static bool Fits(ReadOnlySpan<char> message, MessageTemplate template, Span<char> buffer, Span<Range> captures) =>
        template.Pattern.TryMatch(MessageText.Normalize(message, buffer), captures);

    /// <summary>The start of <paramref name="anchor"/> up to the first non-ASCII character of the documented <paramref name="literal"/>.</summary>
    private static string SearchStart(string literal, string anchor)
    {
        var ascii = literal.AsSpan().IndexOfAnyExceptInRange((char)0, (char)127);
        return ascii < PrefixLength ? anchor : anchor[..Math.Min(ascii, anchor.Length)];
    }

    /// <summary>Whether <paramref name="text"/> starts with the normalized <paramref name="anchor"/>, ignoring case, its apostrophes matching curly ones too.</summary>
    private static bool StartsWithAnchor(ReadOnlySpan<char> text, string anchor)
    {
        if (text.Length < anchor.Length)
        {
            return false;
        }

        for (var i = 0; i < anchor.Length; i++)
        {
            var a = anchor[i];
            var c = text[i];
            if (a == c || a == '\'' && c is '\u2018' or '\u2019' || char.ToUpperInvariant(a) == char.ToUpperInvariant(c))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static string Prefix(ReadOnlySpan<char> text) => text[..Math.Min(PrefixLength, text.Length)].ToString().ToLowerInvariant();

    /// <summary>A template of a venue, its code when only one code has it, and the anchor it is found by.</summary>
    internal sealed record Entry(BinanceVenue Venue, MessageTemplate Template, int? Code, string Anchor);

    private static class Holder
    {
        public static readonly LogMessageIndex Value = new();
    }
}
