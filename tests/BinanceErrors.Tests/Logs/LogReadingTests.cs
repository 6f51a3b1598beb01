using System.IO.Compression;
using System.Text;
using BinanceErrors.Logs;

namespace BinanceErrors.Tests.Logs;

/// <summary>How the scanner reads its input: gzip, UTF-16, line ends, long lines, and inputs it cannot read to the end.</summary>
public sealed class LogReadingTests
{
    private const string Error = "APIError(code=-1013): Filter failure: LOT_SIZE";

    [Fact]
    public void Gzip_IsReadThrough()
    {
        var scan = LogScan.Of(Gzip("ok\n" + Error + "\n"));

        scan.Occurrences.ShouldHaveSingleItem().Line.ShouldBe(2);
        scan.Summary.Stopped.ShouldBeNull();
        scan.Summary.Bytes.ShouldBe(3 + Error.Length + 1);
    }

    [Fact]
    public void TruncatedGzip_IsScannedAsFarAsItGoes_AndSaysWhereItStopped()
    {
        var text = string.Concat(Enumerable.Range(1, 4000).Select(i => i % 100 == 0 ? Error + "\n" : $"2024-03-01 10:00:00 INFO line {i} with some words to compress\n"));
        var gz = Gzip(text);

        var scan = LogScan.Of(gz[..(gz.Length / 2)]);

        var stop = scan.Summary.Stopped.ShouldNotBeNull();
        stop.Reason.ShouldBe(LogStopReason.Truncated);
        stop.Line.ShouldBe(scan.Summary.Lines + 1);
        stop.ByteOffset.ShouldBe(scan.Summary.Bytes);
        scan.Summary.Lines.ShouldBeInRange(100, 3999);
        scan.Occurrences.Count.ShouldBe((int)(scan.Summary.Lines / 100));
        stop.Description.ShouldStartWith($"Stopped at line {stop.Line}");
    }

    [Fact]
    public void BytesThatAreNotUtf8_StopTheScan_AtTheirLineAndOffset()
    {
        var bytes = Encoding.UTF8.GetBytes(Error + "\ncafé ok\n").Concat(Encoding.Latin1.GetBytes("caf\u00e9 latin1\n" + Error + "\n")).ToArray();

        var scan = LogScan.Of(bytes);

        scan.Occurrences.ShouldHaveSingleItem().Line.ShouldBe(1);
        var stop = scan.Summary.Stopped.ShouldNotBeNull();
        stop.Reason.ShouldBe(LogStopReason.NotUtf8);
        stop.Line.ShouldBe(3);
        stop.ByteOffset.ShouldBe(Encoding.UTF8.GetByteCount(Error + "\ncafé ok\n") + 3);
        stop.Description.ShouldContain("0xE9");
        scan.Summary.Lines.ShouldBe(2);
    }

    [Fact]
    public void ANulByte_IsBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(Error + "\n").Concat(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 1, 2 }).ToArray();

        var scan = LogScan.Of(bytes);

        scan.Occurrences.Count.ShouldBe(1);
        var stop = scan.Summary.Stopped.ShouldNotBeNull();
        (stop.Reason, stop.Line, stop.ByteOffset).ShouldBe((LogStopReason.Binary, 2L, Error.Length + 1L + 4));
    }

    [Fact]
    public void AFileCutInTheMiddleOfACharacter_SaysSo()
    {
        var bytes = Encoding.UTF8.GetBytes(Error + "\nprix 10 €").ToArray();

        var scan = LogScan.Of(bytes[..^1]);

        scan.Summary.Stopped.ShouldNotBeNull().Description.ShouldContain("cut off");
        scan.Occurrences.Count.ShouldBe(1);
    }

    [Fact]
    public void Utf16WithAByteOrderMark_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("ok\r\n" + Error + "\r\n")).ToArray();

        var scan = LogScan.Of(bytes);

        scan.Occurrences.ShouldHaveSingleItem().Line.ShouldBe(2);
        scan.Summary.Stopped.ShouldBeNull();
    }

    [Fact]
    public void CrLf_ALastLineWithoutNewline_AndAnEmptyLog()
    {
        var scan = LogScan.Of("\r\n\r\n" + Error);

        scan.Occurrences.ShouldHaveSingleItem().Error.Message.ShouldBe("Filter failure: LOT_SIZE");
        scan.Summary.Lines.ShouldBe(3);

        var empty = LogScan.Of(string.Empty);
        empty.Occurrences.ShouldBeEmpty();
        (empty.Summary.Lines, empty.Summary.Bytes, empty.Summary.Stopped).ShouldBe((0L, 0L, null));
    }

    [Fact]
    public void AnOverlongLine_IsReadUpToItsLimit_AndTheRestSkipped_KeepingLineNumbers()
    {
        var longLine = Error + " " + new string('x', 300_000);

        var scan = LogScan.OfLines("first", longLine, "third " + Error);

        scan.Occurrences.Select(o => o.Line).ShouldBe([2L, 3L]);
        scan.Summary.Lines.ShouldBe(3);
        scan.Summary.Stopped.ShouldBeNull();
    }

    [Fact]
    public void ManyBlocks_KeepLineNumbersExact()
    {
        var lines = Enumerable.Range(1, 50_000).Select(i => i % 997 == 0 ? $"{i} {Error}" : $"2024-03-01 10:00:00 INFO ordinary line number {i}").ToArray();

        var scan = LogScan.OfLines(lines);

        scan.Occurrences.Select(o => o.Line).ShouldBe(Enumerable.Range(1, 50_000).Where(i => i % 997 == 0).Select(i => (long)i));
        scan.Summary.Lines.ShouldBe(50_000);
    }

    [Fact]
    public void Cancellation_StopsTheScan()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var scanner = new BinanceLogScanner();

        Should.Throw<OperationCanceledException>(() => scanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(Error)), cancel.Token).ToList());
        scanner.Summary.Stopped.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.Cancelled);
    }

    [Fact]
    public void AConsumerThatStopsEarly_GetsTheSummaryOfWhatWasRead()
    {
        var scanner = new BinanceLogScanner();
        var text = string.Concat(Enumerable.Repeat(Error + "\n", 3));

        scanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(text))).First().Line.ShouldBe(1);

        scanner.Summary.Occurrences.ShouldBe(3);
        scanner.Summary.Stopped.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.Cancelled);
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
}
