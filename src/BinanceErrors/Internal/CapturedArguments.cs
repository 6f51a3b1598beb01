using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BinanceErrors.Internal;

/// <summary>
/// The placeholder values of a matched message, kept inline in the <see cref="BinanceError"/> that holds them: no list
/// and no strings exist until someone asks for <see cref="BinanceError.Arguments"/> or <see cref="BinanceError.Message"/>.
/// Real values are short (a limit, an interval, a parameter name, a ban timestamp); longer ones are not captured here
/// and the error falls back to materialized strings.
/// </summary>
internal struct CapturedArguments
{
    /// <summary>All values together fit in this many characters.</summary>
    public const int MaxChars = 32;

    private CharBuffer _chars;

    // One byte per value: its length. Values are stored back to back in _chars.
    private ulong _lengths;

    private int _count;

    public readonly int Count => _count;

    /// <summary>Copies the (unquoted, trimmed) captured values when they fit; otherwise leaves nothing behind.</summary>
    /// <param name="normalized">The matched message.</param>
    /// <param name="captures">Where each value is in <paramref name="normalized"/>.</param>
    /// <param name="count">The number of values.</param>
    /// <param name="captured">The values.</param>
    /// <param name="verbatim">Whether every value is exactly the captured text (no quotes or spaces were removed).</param>
    public static bool TryCapture(ReadOnlySpan<char> normalized, ReadOnlySpan<Range> captures, int count, out CapturedArguments captured, out bool verbatim)
    {
        captured = default;
        verbatim = true;
        if (count > sizeof(ulong))
        {
            verbatim = false;
            return false;
        }

        Span<char> chars = captured._chars;
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            var raw = normalized[captures[i]];
            var value = Unquote(raw);
            verbatim &= value.Length == raw.Length;
            if (value.Length > chars.Length - used)
            {
                captured = default;
                return false;
            }

            value.CopyTo(chars[used..]);
            used += value.Length;
            captured._lengths |= (ulong)value.Length << (8 * i);
        }

        captured._count = count;
        return true;
    }

    /// <summary>The value of the placeholder at <paramref name="index"/>.</summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<char> this[int index]
    {
        get
        {
            var start = 0;
            for (var i = 0; i < index; i++)
            {
                start += LengthAt(i);
            }

            return ((ReadOnlySpan<char>)_chars).Slice(start, LengthAt(index));
        }
    }

    public readonly bool ValueEquals(in CapturedArguments other)
    {
        if (_count != other._count || _lengths != other._lengths)
        {
            return false;
        }

        var total = 0;
        for (var i = 0; i < _count; i++)
        {
            total += LengthAt(i);
        }

        return ((ReadOnlySpan<char>)_chars)[..total].SequenceEqual(((ReadOnlySpan<char>)other._chars)[..total]);
    }

    /// <summary>
    /// Whether <paramref name="received"/> is exactly <paramref name="template"/>'s text with these values in its
    /// placeholders, so the message can be rebuilt from the two instead of being kept as a string.
    /// </summary>
    public readonly bool Reproduces(MessageTemplate template, ReadOnlySpan<char> received)
    {
        var literals = template.Literals;
        if (literals.Length != _count + 1)
        {
            return false;
        }

        ReadOnlySpan<char> values = _chars;
        for (var i = 0; i < _count; i++)
        {
            var value = values[..LengthAt(i)];
            values = values[value.Length..];
            var literal = literals[i].AsSpan();
            if (!received.StartsWith(literal) || !received[literal.Length..].StartsWith(value))
            {
                return false;
            }

            received = received[(literal.Length + value.Length)..];
        }

        return received.SequenceEqual(literals[_count]);
    }

    /// <summary>The length of the message <see cref="Reproduces"/> accepted.</summary>
    public readonly int MessageLength(MessageTemplate template)
    {
        var length = 0;
        foreach (var literal in template.Literals)
        {
            length += literal.Length;
        }

        for (var i = 0; i < _count; i++)
        {
            length += LengthAt(i);
        }

        return length;
    }

    /// <summary>Writes the template's text with these values in its placeholders.</summary>
    public readonly void WriteMessage(MessageTemplate template, Span<char> destination)
    {
        var literals = template.Literals;
        for (var i = 0; i < _count; i++)
        {
            literals[i].CopyTo(destination);
            destination = destination[literals[i].Length..];
            var value = this[i];
            value.CopyTo(destination);
            destination = destination[value.Length..];
        }

        literals[_count].CopyTo(destination);
    }

    // A few texts quote their placeholders and others do not; a value never carries the quotes.
    public static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        return value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1] : value;
    }

    private readonly int LengthAt(int index) => (int)((_lengths >> (8 * index)) & 0xFF);

    [InlineArray(MaxChars)]
    private struct CharBuffer
    {
        private char _first;
    }
}
