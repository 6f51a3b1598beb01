namespace BinanceErrors.Logs.Internal;

/// <summary>
/// A read-only stream that returns a few already-read bytes before the rest of another stream: how the scanner looks
/// at a log's first bytes (gzip magic, byte order mark) on a stream that cannot seek. It keeps the last 8 bytes it
/// returned, where a gzip file records its size.
/// </summary>
internal sealed class ReplayStream(byte[] prefix, Stream inner) : Stream
{
    private readonly byte[] _tail = new byte[8];
    private int _position;
    private int _tailLength;

    /// <summary>The last (up to) 8 bytes read.</summary>
    public ReadOnlySpan<byte> Tail => _tail.AsSpan(0, _tailLength);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        if (_position < prefix.Length)
        {
            n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
        }
        else
        {
            n = inner.Read(buffer);
        }

        Remember(buffer[..n]);
        return n;
    }

    private void Remember(ReadOnlySpan<byte> read)
    {
        if (read.Length >= _tail.Length)
        {
            read[^_tail.Length..].CopyTo(_tail);
            _tailLength = _tail.Length;
            return;
        }

        var keep = Math.Min(_tailLength, _tail.Length - read.Length);
        _tail.AsSpan(_tailLength - keep, keep).CopyTo(_tail);
        read.CopyTo(_tail.AsSpan(keep));
        _tailLength = keep + read.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
