namespace BinanceErrors.Internal;

/// <summary>
/// Puts message texts into the one shape that template matching compares: no markdown backticks, straight
/// apostrophes, single spaces, no surrounding white space and no final periods. Messages in the wild differ from
/// the docs in exactly these ways.
/// </summary>
internal static class MessageText
{
    /// <summary>Longer messages are compared on their first this-many characters; real ones are far shorter.</summary>
    public const int MaxNormalizedLength = 1024;

    // Characters that make a message differ from its normalized form (besides final periods): backticks, curly
    // apostrophes, control characters and every white space but the plain space.
    private static readonly System.Buffers.SearchValues<char> Unusual = System.Buffers.SearchValues.Create(
        "`\u2018\u2019" + string.Concat(Enumerable.Range(0, 65536).Select(i => (char)i).Where(c => c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c)))));

    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        // Most messages arrive exactly as documented: then normalizing is only dropping final periods, no copy.
        if (source.Length <= destination.Length && source.IndexOfAny(Unusual) < 0 && source.IndexOf("  ", StringComparison.Ordinal) < 0
            && (source.IsEmpty || source[0] != ' '))
        {
            return source.TrimEnd(". ");
        }

        var length = 0;
        var pendingSpace = false;
        foreach (var raw in source)
        {
            if (length >= destination.Length)
            {
                break;
            }

            var c = raw;
            if (c == '`')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (c is '\u2018' or '\u2019')
            {
                c = '\'';
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
                if (length >= destination.Length)
                {
                    break;
                }
            }

            destination[length++] = c;
        }

        while (length > 0 && (destination[length - 1] == '.' || destination[length - 1] == ' '))
        {
            length--;
        }

        return destination[..length];
    }

    public static string Normalize(string source)
    {
        Span<char> buffer = stackalloc char[MaxNormalizedLength];
        return Normalize(source, buffer).ToString();
    }
}
