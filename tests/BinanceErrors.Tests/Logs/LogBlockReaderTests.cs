using System.IO.Compression;
using System.Text;
using BinanceErrors.Logs;
using BinanceErrors.Logs.Internal;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// The block reader under the scanner: the formats it tells by their first bytes, the lines and bytes it counts, where
/// it stops on input it cannot read, and streams that hand out their bytes a few at a time or fail.
/// </summary>
public sealed class LogBlockReaderTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("x", 1)]
    [InlineData("ab", 1)]
    [InlineData("abc", 1)]
    [InlineData("\n", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\n\nb\n", 3)]
    public void ShortInputs_AreReadWhole_WithTheirLinesCounted(string text, long lines)
    {
        var read = ReadAll(Encoding.UTF8.GetBytes(text));

        read.Text.ShouldBe(text);
        (read.Lines, read.Bytes, read.Stop).ShouldBe((lines, Encoding.UTF8.GetByteCount(text), (LogScanStop?)null));
    }

    [Fact]
    public void AUtf8ByteOrderMark_IsDropped()
    {
        var read = ReadAll([0xEF, 0xBB, 0xBF, .. "a\nb\n"u8]);

        read.Text.ShouldBe("a\nb\n");
        (read.Lines, read.Bytes).ShouldBe((2L, 4L));
    }

    [Fact]
    public void TwoBytesOfAUtf8ByteOrderMark_AreNoMark_AndNotUtf8()
    {
        var read = ReadAll([0xEF, 0xBB]);

        read.Text.ShouldBeEmpty();
        read.Stop.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.NotUtf8);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16_EitherByteOrder_IsReadAsText(bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("prix 10 €\r\nok\r\n")).ToArray();

        var read = ReadAll(bytes);

        read.Text.ShouldBe("prix 10 €\r\nok\r\n");
        (read.Lines, read.Bytes, read.Stop).ShouldBe((2L, (long)Encoding.UTF8.GetByteCount("prix 10 €\r\nok\r\n"), (LogScanStop?)null));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void AByteOrderMarkAlone_IsAnEmptyLog(byte[] bytes)
    {
        var read = ReadAll(bytes);

        (read.Text, read.Lines, read.Bytes, read.Stop).ShouldBe((string.Empty, 0L, 0L, (LogScanStop?)null));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xFE })]
    [InlineData(new byte[] { 0x1F })]
    [InlineData(new byte[] { 0xFF, 0x41 })]
    [InlineData(new byte[] { 0x1F, 0x41 })]
    public void AFirstByteOfAMagicNumber_IsNoFormat(byte[] bytes)
    {
        // Read as UTF-8: a lone 0xFF or 0xFE is not UTF-8; 0x1F is a control character, which is text.
        var read = ReadAll(bytes);

        if (bytes[0] == 0x1F)
        {
            read.Text.ShouldBe(Encoding.UTF8.GetString(bytes));
            read.Stop.ShouldBeNull();
        }
        else
        {
            read.Stop.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.NotUtf8);
            (read.Stop.Line, read.Stop.ByteOffset).ShouldBe((1L, 0L));
        }
    }

    [Fact]
    public void AStreamThatHandsOutOneByteAtATime_IsStillRecognisedAsGzip()
    {
        var text = "first\nAPIError(code=-1013): Filter failure: LOT_SIZE\n";

        var read = ReadAll(new TrickleStream(Gzip(text), 1));

        read.Text.ShouldBe(text);
        (read.Lines, read.Bytes, read.Stop).ShouldBe((2L, (long)text.Length, (LogScanStop?)null));
    }

    [Fact]
    public void AStreamThatHandsOutOneByteAtATime_IsStillRecognisedAsUtf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a\nb\n")).ToArray();

        ReadAll(new TrickleStream(bytes, 1)).Text.ShouldBe("a\nb\n");
    }

    [Fact]
    public void GzipWithARightTrailer_ReadThroughAStreamThatHandsOutFewBytes_IsComplete()
    {
        // The trailer is remembered across reads of a few bytes each: the last eight bytes read are its CRC and size.
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"line {i}\n"));

        foreach (var chunk in new[] { 1, 3, 7, 8, 9, 4096 })
        {
            var read = ReadAll(new TrickleStream(Gzip(text), chunk));
            read.Stop.ShouldBeNull($"chunks of {chunk}");
            read.Lines.ShouldBe(200);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void GzipCutInItsTrailer_IsTruncated_ThoughTheDecompressorEndsQuietly(int cut)
    {
        // GZipStream returns all the data and ends without an error when the trailer is missing or short; the last
        // eight bytes read are then not the recorded size.
        var text = "line one\nline two\n";
        var gz = Gzip(text);

        var read = ReadAll(gz[..^cut]);

        read.Text.ShouldBe(text);
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.Truncated, 3L, (long)text.Length));
        stop.Description.ShouldBe($"Stopped at line 3 (byte {text.Length} of the decompressed data): the compressed data ends early: {text.Length} bytes were decompressed, but the file's trailer does not record that size, so the file was cut off. Everything before it was scanned.");
    }

    [Fact]
    public void GzipMagicAlone_IsTruncated()
    {
        var read = ReadAll([0x1F, 0x8B]);

        read.Text.ShouldBeEmpty();
        read.Stop.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.Truncated);
    }

    [Fact]
    public void DamagedGzip_IsTruncated_WithTheDecompressorsReason()
    {
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"2024-03-01 10:00:00 INFO line {i} with some words\n"));
        var gz = Gzip(text);
        for (var i = 20; i < 60; i++)
        {
            gz[i] = 0xFF;
        }

        var read = ReadAll(gz);

        var stop = read.Stop.ShouldNotBeNull();
        stop.Reason.ShouldBe(LogStopReason.Truncated);
        stop.Description.ShouldStartWith($"Stopped at line {read.Lines + 1} (byte {read.Bytes} of the decompressed data): the compressed data is damaged or ends early (");
        stop.Description.ShouldEndWith("). Everything before it was scanned.");
    }

    [Fact]
    public void AReadError_StopsWhereTheWholeLinesEnd()
    {
        var read = ReadAll(new FailingStream("one\ntwo\nthr"u8.ToArray()));

        read.Text.ShouldBe("one\ntwo\n");
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.ReadError, 3L, 8L));
        stop.Description.ShouldBe("Stopped at line 3 (byte 8): reading failed (the disk went away). Everything before it was scanned.");
    }

    [Fact]
    public void ABadByteInTheFirstLine_StopsAtLineOne()
    {
        var read = ReadAll([(byte)'a', (byte)'b', 0xE9, (byte)'c', (byte)'\n', (byte)'d', (byte)'\n']);

        read.Text.ShouldBeEmpty();
        read.Lines.ShouldBe(0);
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.NotUtf8, 1L, 2L));
        stop.Description.ShouldBe("Stopped at line 1 (byte 2): the bytes 0xE9 0x63 0x0A 0x64 are not UTF-8 (another encoding such as Latin-1 or Windows-1252?). Everything before it was scanned; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) to scan the rest.");
    }

    [Fact]
    public void ABadByteNearTheEnd_ShowsTheBytesThatAreLeft()
    {
        var read = ReadAll([(byte)'a', (byte)'\n', 0x80, (byte)'b']);

        read.Text.ShouldBe("a\n");
        read.Stop.ShouldNotBeNull().Description.ShouldBe("Stopped at line 2 (byte 2): the bytes 0x80 0x62 are not UTF-8 (another encoding such as Latin-1 or Windows-1252?). Everything before it was scanned; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) to scan the rest.");
    }

    [Theory]
    // The start of a 2-, 3- or 4-byte character with its end missing: cut off.
    [InlineData(new byte[] { 0xC3 }, "0xC3")]
    [InlineData(new byte[] { 0xE2, 0x82 }, "0xE2 0x82")]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 }, "0xF0 0x9F 0x98")]
    public void ALogEndingInsideACharacter_WasCutOff(byte[] tail, string hex)
    {
        var read = ReadAll([.. "ok\n"u8, .. tail]);

        read.Text.ShouldBe("ok\n");
        read.Stop.ShouldNotBeNull().Description.ShouldBe($"Stopped at line 2 (byte 3): the input ends in the middle of a UTF-8 character ({hex}): it was cut off. Everything before it was scanned; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) to scan the rest.");
    }

    [Fact]
    public void ABadByteOnALaterBlock_IsPlacedByItsOffsetInTheWholeLog()
    {
        // 400 000 bytes of good lines first: more than one buffer, so the bad byte is found in a later block.
        var good = string.Concat(Enumerable.Repeat("0123456789012345678901234567890123456789\n", 10_000));
        var bytes = Encoding.UTF8.GetBytes(good).Concat(new byte[] { (byte)'x', 0xE9, (byte)'\n' }).ToArray();

        var read = ReadAll(bytes);

        read.Lines.ShouldBe(10_000);
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.NotUtf8, 10_001L, 410_001L));
    }

    [Fact]
    public void ANulByteOnALaterBlock_IsPlacedByItsOffsetInTheWholeLog()
    {
        var good = string.Concat(Enumerable.Repeat("0123456789012345678901234567890123456789\n", 10_000));
        var bytes = Encoding.UTF8.GetBytes(good).Concat(new byte[] { (byte)'x', (byte)'y', 0, (byte)'\n' }).ToArray();

        var read = ReadAll(bytes);

        read.Lines.ShouldBe(10_000);
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.Binary, 10_001L, 410_002L));
        stop.Description.ShouldBe("Stopped at line 10001 (byte 410002): a NUL byte, so this is binary data, not a text log. Everything before it was scanned.");
    }

    [Fact]
    public void AnOverlongLineOfWideCharacters_IsCutOnACharacterBoundary()
    {
        // 2-byte characters from an odd offset: the 64 KiB cut falls inside one and backs off to its start.
        var longLine = "a" + new string('é', 200_000);
        var bytes = Encoding.UTF8.GetBytes(longLine + "\nnext\n");

        var read = ReadAll(bytes);

        read.Stop.ShouldBeNull();
        read.Lines.ShouldBe(2);
        read.Bytes.ShouldBe(bytes.Length);
        read.Blocks[0].ShouldBe(longLine[..(1 + ((LogBlockReader.MaxLineBytes - 1) / 2))]);
        read.Blocks[^1].ShouldBe("next\n");
    }

    [Fact]
    public void AnOverlongLine_WithoutAnEnd_IsTheLastLine()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 300_000));

        var read = ReadAll(bytes);

        read.Stop.ShouldBeNull();
        (read.Lines, read.Bytes).ShouldBe((1L, 300_000L));
        read.Blocks.ShouldHaveSingleItem().Length.ShouldBe(LogBlockReader.MaxLineBytes);
    }

    [Fact]
    public void AnOverlongLine_JustUnderTheLimit_IsReadWhole_AndAtTheLimit_IsCut()
    {
        var under = new string('x', LogBlockReader.MaxLineBytes - 1);
        var read = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(under + "\nend\n"), LogBlockReader.MaxLineBytes - 1));
        read.Text.ShouldBe(under + "\nend\n");

        var at = new string('x', LogBlockReader.MaxLineBytes + 10);
        var cut = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(at + "\nend\n"), LogBlockReader.MaxLineBytes));
        cut.Blocks[0].ShouldBe(at[..LogBlockReader.MaxLineBytes]);
        cut.Blocks[^1].ShouldBe("end\n");
        (cut.Lines, cut.Bytes).ShouldBe((2L, at.Length + 5L));
    }

    [Fact]
    public void AnOverlongLine_WithANulByte_IsBinary()
    {
        var bytes = Encoding.UTF8.GetBytes("ok\n" + new string('x', 1000)).Concat(new byte[] { 0 }).Concat(Encoding.UTF8.GetBytes(new string('x', 300_000))).ToArray();

        var read = ReadAll(bytes);

        read.Text.ShouldBe("ok\n");
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.Binary, 2L, 1003L));
    }

    [Fact]
    public void AnOverlongLine_WithABadByte_IsNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('x', 1000)).Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(new string('x', 300_000))).ToArray();

        var read = ReadAll(bytes);

        read.Text.ShouldBeEmpty();
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.NotUtf8, 1L, 1000L));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(LogBlockReader.MaxLineBytes - 4)]
    [InlineData(LogBlockReader.MaxLineBytes - 3)]
    public void AnOverlongLine_OfContinuationBytesAcrossTheCut_IsNotUtf8(int start)
    {
        // A run of continuation bytes (0x80) from `start` to past the 64 KiB cut: no character is that long. The cut
        // used to back off over the whole run, so a line of them read as an empty line and the scan went on.
        var bytes = Enumerable.Repeat((byte)'x', start).Concat(Enumerable.Repeat((byte)0x80, LogBlockReader.MaxLineBytes + 10 - start)).Concat("\nnext\n"u8.ToArray()).ToArray();

        // Reads of 64 KiB: the line end is not in the buffer when the line is cut, as in a log of longer lines.
        var read = ReadAll(new TrickleStream(bytes, LogBlockReader.MaxLineBytes));

        read.Text.ShouldBeEmpty();
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.NotUtf8, 1L, (long)start));
        stop.Description.ShouldContain("the bytes 0x80 0x80 0x80 0x80 are not UTF-8");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AnOverlongLine_WithAWideCharacterAcrossTheCut_BacksOffToItsStart(int width)
    {
        // A 2-, 3- or 4-byte character whose last byte lies just past the cut: the cut moves back to its first byte.
        var character = width switch { 2 => "é", 3 => "€", _ => "😀" };
        var line = new string('x', LogBlockReader.MaxLineBytes - width + 1) + character + new string('y', 100);
        var bytes = Encoding.UTF8.GetBytes(line + "\nnext\n");

        var read = ReadAll(new TrickleStream(bytes, LogBlockReader.MaxLineBytes));

        read.Stop.ShouldBeNull();
        read.Blocks[0].Length.ShouldBe(LogBlockReader.MaxLineBytes - width + 1);
        read.Blocks[0].Trim('x').ShouldBeEmpty();
        read.Blocks[^1].ShouldBe("next\n");
        (read.Lines, read.Bytes).ShouldBe((2L, (long)bytes.Length));
    }

    [Fact]
    public void TheRestOfAnOverlongLine_IsSkippedAcrossSeveralBuffers()
    {
        // 1 MB of one line: its rest spans several 256 KiB buffers before the next line.
        var bytes = Encoding.UTF8.GetBytes(new string('x', 1_000_000) + "\nsecond\nthird");

        var read = ReadAll(bytes);

        read.Blocks.Skip(1).ShouldBe(["second\n", "third"]);
        (read.Lines, read.Bytes, read.Stop).ShouldBe((3L, (long)bytes.Length, (LogScanStop?)null));
    }

    [Fact]
    public void ReplayStream_ReturnsThePrefixFirst_ThenTheStream_AndRemembersTheLastEightBytes()
    {
        using var inner = new MemoryStream([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
        using var replay = new ReplayStream([1, 2, 3], inner);
        var buffer = new byte[5];

        replay.Read(buffer, 0, 2).ShouldBe(2);
        buffer[..2].ShouldBe(new byte[] { 1, 2 });
        replay.Tail.ToArray().ShouldBe(new byte[] { 1, 2 });

        replay.Read(buffer, 0, 5).ShouldBe(1);
        buffer[0].ShouldBe((byte)3);
        replay.Tail.ToArray().ShouldBe(new byte[] { 1, 2, 3 });

        replay.Read(buffer, 1, 4).ShouldBe(4);
        buffer[1..].ShouldBe(new byte[] { 4, 5, 6, 7 });
        replay.Tail.ToArray().ShouldBe(new byte[] { 1, 2, 3, 4, 5, 6, 7 });

        replay.Read(buffer, 0, 3).ShouldBe(3);
        replay.Tail.ToArray().ShouldBe(new byte[] { 3, 4, 5, 6, 7, 8, 9, 10 });

        replay.Read(buffer, 0, 1).ShouldBe(1);
        replay.Tail.ToArray().ShouldBe(new byte[] { 4, 5, 6, 7, 8, 9, 10, 11 });

        var rest = new byte[16];
        replay.Read(rest, 0, 16).ShouldBe(4);
        replay.Tail.ToArray().ShouldBe(new byte[] { 8, 9, 10, 11, 12, 13, 14, 15 });
        replay.Read(rest, 0, 16).ShouldBe(0);
        replay.Tail.ToArray().ShouldBe(new byte[] { 8, 9, 10, 11, 12, 13, 14, 15 });
    }

    [Fact]
    public void ReplayStream_ReadingMoreThanEightBytesAtOnce_KeepsTheirLastEight()
    {
        using var replay = new ReplayStream([], new MemoryStream([.. Enumerable.Range(1, 20).Select(i => (byte)i)]));

        replay.Read(new byte[12], 0, 12).ShouldBe(12);

        replay.Tail.ToArray().ShouldBe(new byte[] { 5, 6, 7, 8, 9, 10, 11, 12 });
    }

    [Fact]
    public void ReplayStream_IsReadOnlyAndForwardOnly()
    {
        using var replay = new ReplayStream([1], new MemoryStream());

        (replay.CanRead, replay.CanSeek, replay.CanWrite).ShouldBe((true, false, false));
        Should.Throw<NotSupportedException>(() => replay.Length);
        Should.Throw<NotSupportedException>(() => replay.Position);
        Should.Throw<NotSupportedException>(() => replay.Position = 0);
        Should.Throw<NotSupportedException>(() => replay.Seek(0, SeekOrigin.Begin));
        Should.Throw<NotSupportedException>(() => replay.SetLength(0));
        Should.Throw<NotSupportedException>(() => replay.Write([1], 0, 1));
        replay.Flush();
        replay.ReadByte().ShouldBe(1);
    }

    [Fact]
    public void TheReader_DisposesTheStreamsItOpened_ButNotTheLog()
    {
        using var log = new MemoryStream(Gzip("a\n"));
        using (var reader = new LogBlockReader(log))
        {
            reader.NextBlock().ToString().ShouldBe("a\n");
        }

        log.CanRead.ShouldBeTrue();
    }

    [Theory]
    // Bytes that only partly look like a byte order mark are no mark: read as UTF-8, and refused where they are not.
    [InlineData(new byte[] { 0x41, 0xFF, 0x0A }, 1L)]
    [InlineData(new byte[] { 0x61, 0xBB, 0x62 }, 1L)]
    [InlineData(new byte[] { 0x61, 0x62, 0xBF }, 2L)]
    public void HalfAByteOrderMark_IsNoFormat(byte[] bytes, long offset)
    {
        var read = ReadAll(bytes);

        read.Text.ShouldBeEmpty();
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.NotUtf8, 1L, offset));
    }

    [Theory]
    // A NUL as the very first byte, of a short line and of an over-long one.
    [InlineData(3)]
    [InlineData(300_000)]
    public void ANulByteFirst_IsBinary(int length)
    {
        var read = ReadAll([0, .. Encoding.UTF8.GetBytes(new string('a', length)), (byte)'\n']);

        read.Text.ShouldBeEmpty();
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.Binary, 1L, 0L));
    }

    [Theory]
    // The whole lines before a bad byte in the same block are delivered and counted, an empty one too.
    [InlineData(new byte[] { (byte)'a', (byte)'\n', 0x80, (byte)'b', (byte)'\n' }, "a\n")]
    [InlineData(new byte[] { (byte)'\n', 0x80, (byte)'\n' }, "\n")]
    public void TheLinesBeforeABadByte_InTheSameBlock_AreDelivered(byte[] bytes, string text)
    {
        var read = ReadAll(bytes);

        read.Text.ShouldBe(text);
        (read.Lines, read.Bytes).ShouldBe((1L, (long)text.Length));
        var stop = read.Stop.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.NotUtf8, 2L, (long)text.Length));
    }

    [Fact]
    public void ALeadByteBeforeTheLineEnd_IsNotUtf8_NotACutOffLog()
    {
        var read = ReadAll([(byte)'a', 0xC3, (byte)'\n']);

        read.Stop.ShouldNotBeNull().Description.ShouldBe("Stopped at line 1 (byte 1): the bytes 0xC3 0x0A are not UTF-8 (another encoding such as Latin-1 or Windows-1252?). Everything before it was scanned; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) to scan the rest.");
    }

    [Fact]
    public void AnEmptyLine_BeforeAnOverlongOne_IsALineOfItsOwn()
    {
        var read = ReadAll(Encoding.UTF8.GetBytes("\n" + new string('x', 300_000) + "\nend\n"));

        read.Blocks[0].ShouldBe("\n");
        read.Blocks[^1].ShouldBe("end\n");
        (read.Lines, read.Stop).ShouldBe((3L, (LogScanStop?)null));
    }

    [Fact]
    public void ALineOfExactlyTheLimit_ReadUpToItsLastByte_IsReadWhole()
    {
        // The buffer holds exactly MaxLineBytes without a line end (3 first bytes, then reads of MaxLineBytes - 3), as
        // a pipe can hand them out: the line is not longer than the limit, so it is read on to its end (this threw
        // IndexOutOfRangeException before).
        var line = new string('x', LogBlockReader.MaxLineBytes);

        var read = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(line + "\nend\n"), LogBlockReader.MaxLineBytes - 3));

        read.Text.ShouldBe(line + "\nend\n");
        (read.Lines, read.Stop).ShouldBe((2L, (LogScanStop?)null));
    }

    [Fact]
    public void TheRestOfAnOverlongLine_EndingExactlyAtABufferEdge_KeepsTheNextLine()
    {
        // The 3 first bytes and one read of MaxLineBytes hold the whole line: its line end starts the next read.
        var line = new string('x', LogBlockReader.MaxLineBytes + 3);

        var read = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(line + "\nend\n"), LogBlockReader.MaxLineBytes));

        read.Blocks[^1].ShouldBe("end\n");
        (read.Lines, read.Bytes).ShouldBe((2L, line.Length + 5L));
    }

    [Fact]
    public void TheReader_LeavesAPlainLogOpen()
    {
        using var log = new MemoryStream("a\n"u8.ToArray());
        using (var reader = new LogBlockReader(log))
        {
            reader.NextBlock().ToString().ShouldBe("a\n");
        }

        log.CanRead.ShouldBeTrue();
    }

    private static Read ReadAll(byte[] bytes) => ReadAll(new MemoryStream(bytes));

    private static Read ReadAll(Stream stream)
    {
        using var reader = new LogBlockReader(stream);
        var blocks = new List<string>();
        for (var block = reader.NextBlock(); !block.IsEmpty; block = reader.NextBlock())
        {
            blocks.Add(block.ToString());
        }

        reader.NextBlock().IsEmpty.ShouldBeTrue();
        return new Read(blocks, string.Concat(blocks), reader.Lines, reader.BytesRead, reader.Stop);
    }

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private sealed record Read(List<string> Blocks, string Text, long Lines, long Bytes, LogScanStop? Stop);

    /// <summary>A stream that returns at most a few bytes per read, as pipes and sockets do.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }

    /// <summary>A stream whose device fails after its bytes: the read after them throws an IOException.</summary>
    private sealed class FailingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position < Length ? base.Read(buffer, offset, count) : throw new IOException("the disk went away.");

        public override int Read(Span<byte> buffer) => Position < Length ? base.Read(buffer) : throw new IOException("the disk went away.");
    }
}
