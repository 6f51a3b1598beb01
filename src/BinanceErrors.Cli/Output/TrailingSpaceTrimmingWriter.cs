using System.Text;

namespace BinanceErrors.Cli.Output;

/// <summary>
/// Drops the spaces Spectre.Console pads table and grid cells with at the end of each line, so output piped to a
/// file or another program carries no padding. Spaces inside a line are kept.
/// </summary>
internal sealed class TrailingSpaceTrimmingWriter(TextWriter inner) : TextWriter
{
    private int _pendingSpaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (value)
        {
            case ' ':
                _pendingSpaces++;
                break;
            case '\n' or '\r':
                _pendingSpaces = 0;
                inner.Write(value);
                break;
            default:
                if (_pendingSpaces > 0)
                {
                    inner.Write(new string(' ', _pendingSpaces));
                    _pendingSpaces = 0;
                }

                inner.Write(value);
                break;
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        for (var i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    // Spaces still pending at a flush are held back: they are either padding before a line break or are written
    // with the next visible character.
    public override void Flush() => inner.Flush();
}
