namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// The pipeline's answer to one request, before a transport renders it: the operation's result, the exchange's
/// error, a fault's page or message, or a dropped connection; with what the transport reports beside it (the IP's
/// used weight, the account's order counts, when to retry).
/// </summary>
internal sealed record SandboxAnswer
{
    /// <summary>Which form the answer takes.</summary>
    public required AnswerKind Kind { get; init; }

    /// <summary>The HTTP status (the WebSocket API answer's <c>status</c>); 0 for <see cref="AnswerKind.Abort"/>.</summary>
    public int Status { get; init; }

    /// <summary>The operation's result, for <see cref="AnswerKind.Result"/>.</summary>
    public OperationResult Result { get; init; }

    /// <summary>The exchange's error code, for <see cref="AnswerKind.Error"/>.</summary>
    public int Code { get; init; }

    /// <summary>The error's message (or the text of <see cref="AnswerKind.Message"/>).</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The error's <c>data</c> as JSON (cancel-replace's two halves), if any.</summary>
    public string? DataJson { get; init; }

    /// <summary>For 429 and 418: when the client may send again (the window's end or the ban's end), epoch milliseconds.</summary>
    public long? RetryAtMs { get; init; }

    /// <summary>The server clock when the answer was decided, epoch milliseconds.</summary>
    public long DecidedAtMs { get; init; }

    /// <summary>Whether the answer reports the IP's used weight (REST headers, WebSocket <c>rateLimits</c>).</summary>
    public bool ReportsUsage { get; init; }

    /// <summary>The client IP the request was counted for.</summary>
    public string ClientIp { get; init; } = string.Empty;

    /// <summary>The account that placed an order (its order counts are reported); empty otherwise.</summary>
    public string Account { get; init; } = string.Empty;

    /// <summary>Whether the IP is banned (418): the WebSocket API closes the connection after this answer.</summary>
    public bool Banned { get; init; }

    /// <summary>Whether the answer reports an order placement (the account's unfilled order counts).</summary>
    public bool PlacedOrder => Kind == AnswerKind.Result && Result.PlacedOrder;

    /// <summary>Seconds until <see cref="RetryAtMs"/>, at least one (REST's <c>Retry-After</c>).</summary>
    public long? RetryAfterSeconds => RetryAtMs is { } until ? Math.Max(1, (until - DecidedAtMs + 999) / 1000) : null;
}
