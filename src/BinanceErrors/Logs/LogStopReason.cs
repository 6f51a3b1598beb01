namespace BinanceErrors.Logs;

/// <summary>Why a scan ended before the end of its input.</summary>
public enum LogStopReason
{
    /// <summary>The bytes there are not UTF-8 (a different encoding, or a cut in the middle of a character).</summary>
    NotUtf8 = 0,

    /// <summary>A NUL byte: the input is binary, not a text log.</summary>
    Binary = 1,

    /// <summary>The compressed (.gz) data ends early or is damaged.</summary>
    Truncated = 2,

    /// <summary>Reading the input failed (an I/O error).</summary>
    ReadError = 3,

    /// <summary>The scan was cancelled; the summary covers the lines read until then.</summary>
    Cancelled = 4,
}
