namespace BinanceErrors.Cli.Mcp;

/// <summary>The answer of <c>classify_response</c>: the classifier's full verdict on one HTTP response.</summary>
/// <param name="Venue">The venue.</param>
/// <param name="HttpStatus">The HTTP status given.</param>
/// <param name="Code">The Binance code in the body, if any.</param>
/// <param name="Name">The code's NAME.</param>
/// <param name="Known">Whether the venue's catalog defines the code.</param>
/// <param name="Message">The body's message, secrets masked.</param>
/// <param name="Template">The catalog template the message matched.</param>
/// <param name="Arguments">The template's placeholder values.</param>
/// <param name="Reason">The typed matching-engine reason.</param>
/// <param name="Filter">The filter a "Filter failure: X" message names.</param>
/// <param name="Kind">What kind of failure, e.g. RateLimited, ExecutionUnknown.</param>
/// <param name="Action">DoNotRetry, RetryWithBackoff, RetryAfter, ResyncClockThenRetry, Reconcile or HaltUntil.</param>
/// <param name="RetryAfterMs">How long to wait before the next request, when known.</param>
/// <param name="Until">Until when (UTC, ISO 8601) all traffic must stop, e.g. the end of a 418 ban.</param>
/// <param name="OrderMayHaveExecuted">Whether an order (or cancel) sent with this response may have executed anyway.</param>
/// <param name="BodyKind">empty, json, html or text.</param>
/// <param name="Meaning">What the exchange means.</param>
/// <param name="WhatToDo">The next steps, in order.</param>
internal sealed record ClassifyResponseResult(
    string Venue,
    int? HttpStatus,
    int? Code,
    string? Name,
    bool Known,
    string Message,
    string? Template,
    IReadOnlyDictionary<string, string> Arguments,
    string? Reason,
    string? Filter,
    string Kind,
    string Action,
    long? RetryAfterMs,
    string? Until,
    bool OrderMayHaveExecuted,
    string BodyKind,
    string? Meaning,
    IReadOnlyList<string> WhatToDo);
