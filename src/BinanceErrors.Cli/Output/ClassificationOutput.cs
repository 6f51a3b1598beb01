using System.Globalization;
using BinanceErrors.Cli.Mcp;

namespace BinanceErrors.Cli.Output;

/// <summary>
/// The one JSON object for a classified response, written by <c>parse --json</c>, <c>parse --jsonl</c>,
/// <c>explain --message</c> (as <c>match</c>) and returned by the MCP tools <c>classify_response</c> and
/// <c>explain_error</c>. Its schema is <c>docs/schemas/classification.schema.json</c>; names follow the library's
/// <see cref="BinanceError"/> (<c>arguments</c>, <c>executionUnknown</c>), times are Unix milliseconds as Binance
/// writes them (<c>untilMs</c>, like <c>retryAfterMs</c>).
/// </summary>
/// <param name="Venue">spot, usdm, coinm or us.</param>
/// <param name="HttpStatus">The HTTP status given (or found in a WebSocket envelope); null when none.</param>
/// <param name="Code">The Binance code in the body; null for HTML, text or empty bodies.</param>
/// <param name="Name">The code's NAME when the venue's catalog defines it.</param>
/// <param name="Known">Whether the venue's catalog defines the code.</param>
/// <param name="Message">The message as received (an HTML page's title, a text body's first line), secrets masked as ***.</param>
/// <param name="Template">The catalog template the message matched; null when none did.</param>
/// <param name="Arguments">The template's placeholder values by name, e.g. {"limit":"6000"}; secrets masked.</param>
/// <param name="Reason">The typed matching-engine reason, e.g. InsufficientBalance.</param>
/// <param name="Filter">The exchangeInfo filter a filter failure names, e.g. LOT_SIZE.</param>
/// <param name="Kind">What kind of failure: a BinanceErrorKind member, e.g. RateLimited, ExecutionUnknown.</param>
/// <param name="Action">What to do: DoNotRetry, RetryWithBackoff, RetryAfter, ResyncClockThenRetry, Reconcile or HaltUntil.</param>
/// <param name="RetryAfterMs">How long to wait before the next request, in milliseconds, when known.</param>
/// <param name="UntilMs">Until when all traffic must stop (the end of a halt or an IP ban), Unix milliseconds UTC.</param>
/// <param name="ExecutionUnknown">Whether the request (an order or a cancel) may have executed although an error came back: look it up before sending it again.</param>
/// <param name="BodyKind">empty, json, html or text.</param>
/// <param name="Advice">The recovery advice in one line, e.g. "RetryAfter 30s".</param>
/// <param name="Meaning">What the exchange means by the code; null when the code is not in the catalog.</param>
/// <param name="WhatToDo">The next steps, in order.</param>
internal sealed record ClassificationOutput(
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
    long? UntilMs,
    bool ExecutionUnknown,
    string BodyKind,
    string Advice,
    string? Meaning,
    IReadOnlyList<string> WhatToDo)
{
    /// <summary>The object for <paramref name="error"/>; <paramref name="intent"/> (what the request did) only shapes <see cref="WhatToDo"/>.</summary>
    public static ClassificationOutput From(BinanceError error, RequestIntent intent = RequestIntent.Unspecified)
    {
        ArgumentNullException.ThrowIfNull(error);
        var until = error.Advice.Until ?? error.BannedUntil;
        return new(
            CliArguments.VenueName(error.Venue),
            error.HttpStatus,
            error.Code,
            error.Name,
            error.IsKnown,
            SecretMask.Apply(error.Message),
            error.Template?.Text,
            error.Arguments.ToDictionary(a => a.Name, a => SecretMask.Apply(a.Value), StringComparer.Ordinal),
            error.Reason?.ToString(),
            error.Filter?.ToWireName(),
            error.Kind.ToString(),
            error.Advice.Action.ToString(),
            error.Advice.RetryAfter is { } wait ? (long)wait.TotalMilliseconds : null,
            until?.ToUnixTimeMilliseconds(),
            error.ExecutionUnknown,
            JsonOutput.Camel(error.BodyKind.ToString()),
            error.Advice.ToString(),
            error.Definition?.Meaning,
            Steps(error, intent));
    }

    private static List<string> Steps(BinanceError error, RequestIntent intent)
    {
        var steps = new List<string>();
        if (error.ExecutionUnknown)
        {
            steps.Add(intent == RequestIntent.CancelOrder
                ? "The cancel may have gone through: look the order up (origClientOrderId) before cancelling again."
                : "The order may have been placed: look it up by origClientOrderId before anything else; never resend it under a new client order id (recovery_plan 'post-timeout').");
        }

        steps.Add(error.Advice.Action switch
        {
            RecoveryAction.HaltUntil => $"Stop all traffic {HaltEnd(error)}; every request sent meanwhile extends the ban (recovery_plan 'http-418').",
            RecoveryAction.RetryAfter => error.Advice.RetryAfter is { } wait
                ? string.Create(CultureInfo.InvariantCulture, $"Wait {wait.TotalSeconds:0.###} s, then retry: the refused request was not executed.")
                : "Wait until the limit window resets, then retry: the refused request was not executed.",
            RecoveryAction.ResyncClockThenRetry => "Measure the clock offset to the server again, re-sign with a fresh timestamp and send once more (recovery_plan 'clock-1021').",
            RecoveryAction.RetryWithBackoff => "Retry with exponential, jittered backoff.",
            RecoveryAction.Reconcile => "Reconcile: query the order by client order id; only if the exchange says it does not exist, resend once with the same newClientOrderId.",
            _ => "Do not retry this request unchanged: fix it first.",
        });
        if (error.Definition?.Hint is { } hint)
        {
            steps.Add(hint);
        }

        return steps;
    }

    private static string HaltEnd(BinanceError error) =>
        (error.Advice.Until ?? error.BannedUntil) is { } until
            ? $"until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z"
            : "until the ban ends (Retry-After)";
}
