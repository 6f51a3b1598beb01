using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace BinanceErrors.Logs.Internal;

/// <summary>
/// Reads a log of any size as blocks of whole lines decoded to UTF-16, in a fixed amount of memory. Detects gzip
/// (by its magic bytes) and UTF-16 (by its byte order mark) and reads through them; stops at the first byte that is
/// not UTF-8 or is NUL, or where compressed data ends early, and says where (<see cref="Stop"/>). A line longer than
/// <see cref="MaxLineBytes"/> is read up to that length and the rest of it skipped.
/// </summary>
internal sealed class LogBlockReader : IDisposable
{
    public const int MaxLineBytes = 64 * 1024;
    private const int BufferBytes = 256 * 1024;

    private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private readonly char[] _chars = ArrayPool<char>.Shared.Rent(BufferBytes);
    private readonly Stream _stream;
    private readonly bool _compressed;
    private readonly ReplayStream? _compressedInput;
    private long _decompressed;
    private readonly bool _ownsStream;
    private LogScanStop? _pendingStop;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skippingLongLine;

    /// <summary>Opens <paramref name="log"/>; reads its first bytes to tell its format. The stream is not disposed by the reader.</summary>
    public LogBlockReader(Stream log)
    {
        var head = new byte[3];
        var read = 0;
        while (read < head.Length)
        {
            var n = log.Read(head, read, head.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            _compressedInput = new ReplayStream(head[..read], log);
            _stream = new GZipStream(_compressedInput, CompressionMode.Decompress, leaveOpen: true);
            _compressed = true;
            _ownsStream = true;
        }
        else if (read >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            // UTF-16 (PowerShell's '>' writes it): transcoded to UTF-8 as it is read, its byte order mark dropped.
            _stream = Encoding.CreateTranscodingStream(new ReplayStream(head[2..read], log), Encoding.Unicode, Encoding.UTF8, leaveOpen: true);
            _ownsStream = true;
        }
        else if (read >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            _stream = Encoding.CreateTranscodingStream(new ReplayStream(head[2..read], log), Encoding.BigEndianUnicode, Encoding.UTF8, leaveOpen: true);
            _ownsStream = true;
        }
        else if (read == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            _stream = log;
        }
        else
        {
            head.AsSpan(0, read).CopyTo(_bytes);
            _end = read;
            _stream = log;
        }
    }

    /// <summary>Bytes consumed so far (after decompression), whole lines only.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Lines delivered so far.</summary>
    public long Lines { get; private set; }

    /// <summary>Why reading stopped early, once it has.</summary>
    public LogScanStop? Stop { get; private set; }

    /// <summary>
    /// The next block of whole lines, each ending in '\n' except possibly the log's last; empty at the end of the log
    /// or once <see cref="Stop"/> is set. Valid until the next call.
    /// </summary>
    public ReadOnlySpan<char> NextBlock()
    {
        while (Stop is null)
        {
            if (_skippingLongLine && !SkipRestOfLine())
            {
                continue;
            }

            var data = _bytes.AsSpan(_start, _end - _start);
            var last = data.LastIndexOf((byte)'\n');
            if (last < 0 && !_eof)
            {
                // Longer than the limit, so the byte at the cut is there to look at (a buffer of exactly MaxLineBytes
                // without a line end read data[MaxLineBytes] out of range; the line may still end right there).
                if (data.Length > MaxLineBytes)
                {
                    return LongLine(data);
                }

                Fill();
                continue;
            }

            if (last < 0 && (data.IsEmpty || _pendingStop is not null))
            {
                // The end, or a cut-off last line of damaged compressed data, which is not scanned.
                Stop = _pendingStop is { } pending ? Locate(pending) : null;
                return default;
            }

            return Decode(last < 0 ? data : data[..(last + 1)]);
        }

        return default;
    }

    public void Dispose()
    {
        if (_ownsStream)
        {
            _stream.Dispose();
        }

        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
    }

    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> lines)
    {
        var limit = lines.IndexOf((byte)0);
        var text = limit < 0 ? lines : lines[..limit];
        var status = Utf8.ToUtf16(text, _chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        var stopAt = limit < 0 ? -1 : limit;
        var reason = LogStopReason.Binary;
        if (status != System.Buffers.OperationStatus.Done)
        {
            stopAt = read;
            reason = LogStopReason.NotUtf8;
        }

        if (stopAt < 0)
        {
            Consume(lines.Length, _chars.AsSpan(0, written));
            return _chars.AsSpan(0, written);
        }

        // Whole lines before the unreadable byte are delivered; the stop names the line that holds it.
        var good = _chars.AsSpan(0, written);
        var lastNewline = good.LastIndexOf('\n');
        var block = lastNewline < 0 ? default : good[..(lastNewline + 1)];
        var goodBytes = lastNewline < 0 ? 0 : Encoding.UTF8.GetByteCount(block);
        var offset = BytesRead + stopAt;
        Consume(goodBytes, block);
        var at = lines[stopAt..];
        Stop = reason == LogStopReason.Binary
            ? new LogScanStop(Lines + 1, offset, reason, $"Stopped at line {Lines + 1} (byte {offset}): a NUL byte, so this is binary data, not a text log. Everything before it was scanned.")
            : new LogScanStop(Lines + 1, offset, reason, $"Stopped at line {Lines + 1} (byte {offset}): {Describe(at, _eof && text.Length - read < 4)} Everything before it was scanned; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) to scan the rest.");
        return block;
    }

    private static string Describe(ReadOnlySpan<byte> at, bool atEnd)
    {
        var shown = at[..Math.Min(4, at.Length)];
        var hex = string.Join(' ', shown.ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
        return atEnd && at.Length < 4 && at.Length > 0 && at[0] >= 0xC0
            ? $"the input ends in the middle of a UTF-8 character ({hex}): it was cut off."
            : $"the bytes {hex} are not UTF-8 (another encoding such as Latin-1 or Windows-1252?).";
    }

    private void Consume(int bytes, ReadOnlySpan<char> chars)
    {
        _start += bytes;
        BytesRead += bytes;
        var lines = chars.Count('\n');
        if (!chars.IsEmpty && chars[^1] != '\n')
        {
            lines++;
        }

        Lines += lines;
    }

    private ReadOnlySpan<char> LongLine(ReadOnlySpan<byte> data)
    {
        // Cut on a character boundary: back off continuation bytes (10xxxxxx) at the cut. A UTF-8 character has at
        // most three, so the back-off stops there: a longer run is not UTF-8, and the check below reports it (backing
        // off all the way made a line of continuation bytes an empty line).
        var cut = MaxLineBytes;
        while (cut > MaxLineBytes - 3 && (data[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        var piece = data[..cut];
        var limit = piece.IndexOf((byte)0);
        if ((data[cut] & 0xC0) == 0x80 || limit >= 0 || Utf8.ToUtf16(piece, _chars, out _, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            // Let the ordinary path find and report the bad byte.
            return Decode(data);
        }

        Utf8.ToUtf16(piece, _chars, out _, out var written, replaceInvalidSequences: false);
        _start += data.Length;
        BytesRead += data.Length;
        Lines++;
        _skippingLongLine = true;
        return _chars.AsSpan(0, written);
    }

    /// <summary>Drops the rest of an over-long line; <see langword="true"/> once its end is found.</summary>
    private bool SkipRestOfLine()
    {
        var data = _bytes.AsSpan(_start, _end - _start);
        var newline = data.IndexOf((byte)'\n');
        if (newline >= 0)
        {
            _start += newline + 1;
            BytesRead += newline + 1;
            _skippingLongLine = false;
            return true;
        }

        _start = _end;
        BytesRead += data.Length;
        if (_eof)
        {
            _skippingLongLine = false;
            return true;
        }

        Fill();
        return false;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
            _end -= _start;
            _start = 0;
        }

        if (_end == _bytes.Length)
        {
            return;
        }

        try
        {
            var n = _stream.Read(_bytes, _end, _bytes.Length - _end);
            _decompressed += n;
            if (n == 0)
            {
                _eof = true;
                CheckGzipSize();
            }

            _end += n;
        }
        catch (InvalidDataException ex) when (_compressed)
        {
            TruncatedAt($"the compressed data is damaged or ends early ({ex.Message.TrimEnd('.')}).");
        }
        catch (EndOfStreamException) when (_compressed)
        {
            TruncatedAt("the compressed data ends early: the file was cut off.");
        }
        catch (IOException ex)
        {
            _eof = true;
            _pendingStop = new LogScanStop(0, 0, LogStopReason.ReadError, ex.Message.TrimEnd('.'));
        }
    }

    /// <summary>
    /// GZipStream ends quietly when compressed data is cut off. A gzip file ends with the size of its data modulo 2^32
    /// (RFC 1952, ISIZE): when it differs from what was decompressed, the file was cut (or is several gzip members
    /// concatenated, whose last size covers only the last member, which logrotate and gzip never write).
    /// </summary>
    private void CheckGzipSize()
    {
        if (_compressedInput is not { } input)
        {
            return;
        }

        var tail = input.Tail;
        var recorded = tail.Length == 8 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) : (uint?)null;
        if (recorded != (uint)_decompressed)
        {
            TruncatedAt($"the compressed data ends early: {_decompressed} bytes were decompressed, but the file's trailer does not record that size, so the file was cut off.");
        }
    }

    /// <summary>Places a stop found while reading at the line and byte the whole lines before it end at.</summary>
    private LogScanStop Locate(LogScanStop pending)
    {
        var line = Lines + 1;
        var description = pending.Reason == LogStopReason.Truncated
            ? $"Stopped at line {line} (byte {BytesRead} of the decompressed data): {pending.Description} Everything before it was scanned."
            : $"Stopped at line {line} (byte {BytesRead}): reading failed ({pending.Description}). Everything before it was scanned.";
        return pending with { Line = line, ByteOffset = BytesRead, Description = description };
    }

    private void TruncatedAt(string what)
    {
        _eof = true;
        _pendingStop = new LogScanStop(0, 0, LogStopReason.Truncated, what);
    }
}
