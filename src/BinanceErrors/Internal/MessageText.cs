using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <param name="source">The message.</param>
    /// <param name="destination">Room for the normalized copy, when one is needed.</param>
    /// <param name="plain">The caller knows <paramref name="source"/> is printable ASCII without backticks (none of the unusual characters).</param>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> source, Span<char> destination, bool plain = false)
    {
        // Most messages arrive exactly as documented: then normalizing is only dropping final periods, no copy.
        if (source.Length <= destination.Length && (plain || source.IndexOfAny(Unusual) < 0) && !HasDoubleSpace(source)
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

    /// <summary>
    /// Whether two spaces follow each other. <c>IndexOf("  ")</c> stops at every single space of a sentence to look at
    /// the next character; comparing the text with itself shifted by one, a vector at a time, does not.
    /// </summary>
    internal static bool HasDoubleSpace(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var space = Vector128.Create((ushort)' ');
            // Each step reads text[i..i+8] and text[i+1..i+9]; the last such pair ends at the final character.
            for (; i + Vector128<ushort>.Count < text.Length; i += Vector128<ushort>.Count)
            {
                var here = Vector128.LoadUnsafe(ref start, (nuint)i);
                var next = Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
                if ((Vector128.Equals(here, space) & Vector128.Equals(next, space)) != Vector128<ushort>.Zero)
                {
                    return true;
                }
            }
        }

        for (; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    public static string Normalize(string source)
    {
        Span<char> buffer = stackalloc char[MaxNormalizedLength];
        return Normalize(source, buffer).ToString();
    }
}
