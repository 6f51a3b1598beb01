namespace BinanceErrors.Logs;

/// <summary>Where and why a scan stopped before the end of its input; everything before it was scanned.</summary>
/// <param name="Line">The line (1-based) the scanner could not read; the lines before it were scanned.</param>
/// <param name="ByteOffset">The offset of the first unreadable byte in the (decompressed) input.</param>
/// <param name="Reason">Why the input could not be read further.</param>
/// <param name="Description">One sentence saying what was found there and what to do.</param>
public sealed record LogScanStop(long Line, long ByteOffset, LogStopReason Reason, string Description);
