namespace BinanceErrors.Cli.Mcp;

/// <summary>The answer of <c>diagnose_log</c>: what a log's Binance errors are and what they mean together.</summary>
/// <param name="Lines">Lines read.</param>
/// <param name="OccurrenceCount">Binance errors found.</param>
/// <param name="FirstSeen">The time of the first error (as the log writes it), when its line has one.</param>
/// <param name="LastSeen">The time of the last error.</param>
/// <param name="Patterns">What the errors say together (a ban after 429s, a drifting clock, a loop, an order never reconciled), with advice.</param>
/// <param name="ByCode">Errors per code (or per HTTP status without a code), most frequent first.</param>
/// <param name="ByKind">Errors per kind, most frequent first.</param>
/// <param name="Occurrences">The errors in line order, at most <see cref="DiagnoseLogResult.MaxOccurrences"/>.</param>
/// <param name="OccurrencesTruncated">Whether there were more errors than listed (the counts cover all of them).</param>
/// <param name="StoppedAt">Where and why reading stopped before the end of the text, or null when all of it was read.</param>
internal sealed record DiagnoseLogResult(
    long Lines,
    long OccurrenceCount,
    string? FirstSeen,
    string? LastSeen,
    IReadOnlyList<DiagnoseLogResult.Pattern> Patterns,
    IReadOnlyList<DiagnoseLogResult.CodeCount> ByCode,
    IReadOnlyList<DiagnoseLogResult.KindCount> ByKind,
    IReadOnlyList<DiagnoseLogResult.Occurrence> Occurrences,
    bool OccurrencesTruncated,
    string? StoppedAt)
{
    /// <summary>Occurrences listed at most; an assistant needs the first ones and the counts, not thousands of rows.</summary>
    public const int MaxOccurrences = 100;

    /// <summary>A pattern in the errors.</summary>
    /// <param name="Kind">banAfterRateLimits, trafficDuringBan, repeatedRateLimits, clockDrift, sizingLoop, rejectionLoop or unknownOutcomeNotReconciled.</param>
    /// <param name="Summary">One line, e.g. "418 after 3 × 429: you are polling".</param>
    /// <param name="Advice">What to change.</param>
    /// <param name="Count">How many errors make it.</param>
    /// <param name="FirstLine">Its first line.</param>
    /// <param name="LastLine">Its last line.</param>
    internal sealed record Pattern(string Kind, string Summary, string Advice, long Count, long FirstLine, long LastLine);

    /// <summary>How often one code appeared.</summary>
    /// <param name="Venue">spot, usdm, coinm or us.</param>
    /// <param name="Code">The code, or null for a status or message without one.</param>
    /// <param name="HttpStatus">The HTTP status, for errors without a code.</param>
    /// <param name="Name">The code's NAME (or the message's typed reason).</param>
    /// <param name="Kind">Its kind.</param>
    /// <param name="Count">How many times.</param>
    /// <param name="FirstLine">First line.</param>
    /// <param name="LastLine">Last line.</param>
    /// <param name="Meaning">What the exchange means by the code.</param>
    /// <param name="WhatToDo">The catalog's advice for the code.</param>
    internal sealed record CodeCount(string Venue, int? Code, int? HttpStatus, string? Name, string Kind, long Count, long FirstLine, long LastLine, string? Meaning, string? WhatToDo);

    /// <summary>How many errors have one kind.</summary>
    /// <param name="Kind">The kind.</param>
    /// <param name="Count">How many.</param>
    internal sealed record KindCount(string Kind, long Count);

    /// <summary>One error found.</summary>
    /// <param name="Line">Line number, from 1.</param>
    /// <param name="Timestamp">The line's time, when it has one.</param>
    /// <param name="Venue">spot, usdm, coinm or us.</param>
    /// <param name="VenueSource">Where the venue came from: option, host, path, library, catalog, default.</param>
    /// <param name="Code">The Binance code, if any.</param>
    /// <param name="Name">The code's NAME.</param>
    /// <param name="HttpStatus">The HTTP status on the line, if any.</param>
    /// <param name="Kind">The kind, e.g. RateLimited, FilterRejected.</param>
    /// <param name="Action">DoNotRetry, RetryWithBackoff, RetryAfter, ResyncClockThenRetry, Reconcile or HaltUntil.</param>
    /// <param name="Message">The exchange's message, secrets masked.</param>
    /// <param name="ExecutionUnknown">Whether the request (an order or a cancel) may have executed anyway: look it up before sending it again.</param>
    internal sealed record Occurrence(long Line, string? Timestamp, string Venue, string VenueSource, int? Code, string? Name, int? HttpStatus, string Kind, string Action, string Message, bool ExecutionUnknown);
}
