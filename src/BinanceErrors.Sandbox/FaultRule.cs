namespace BinanceErrors.Sandbox;

/// <summary>
/// A scripted fault: which requests it matches (method, path, symbol), how often it fires (count, probability,
/// seed), and what it does (answer with any status and error, delay, abort the connection, shift the clock, ban).
/// </summary>
public sealed record FaultRule
{
    /// <summary>The id the sandbox gave the rule.</summary>
    public int Id { get; init; }

    /// <summary>HTTP method to match (GET, POST, DELETE…); any when <see langword="null"/>.</summary>
    public string? Method { get; init; }

    /// <summary>Path to match exactly, e.g. <c>/api/v3/order</c>; any when <see langword="null"/>.</summary>
    public string? Path { get; init; }

    /// <summary>The <c>symbol</c> parameter to match; any when <see langword="null"/>.</summary>
    public string? Symbol { get; init; }

    /// <summary>How many times the rule fires before it stops; unlimited when <see langword="null"/>.</summary>
    public int? Count { get; init; }

    /// <summary>The chance each matching request fires it, 0 to 1; always when <see langword="null"/>.</summary>
    public decimal? Probability { get; init; }

    /// <summary>Seed of the rule's random draws, so probabilistic runs repeat.</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; init; }

    /// <summary>Whether the fault replaces the request or follows its execution.</summary>
    /// <value>The default value is <see cref="FaultTiming.BeforeExecution"/>.</value>
    public FaultTiming Timing { get; init; }

    /// <summary>The HTTP status to answer with; no answer is forced when <see langword="null"/>.</summary>
    public int? Status { get; init; }

    /// <summary>
    /// The Binance code to answer with; when <see langword="null"/> with a 5XX status, the body is an HTML error page,
    /// or <c>{"msg": Message}</c> when a <see cref="Message"/> is set (USDⓈ-M's 503 texts, e.g. <c>Service Unavailable.</c>).
    /// </summary>
    public int? Code { get; init; }

    /// <summary>The message; the code's first catalog text when <see langword="null"/>.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// With <see cref="FaultTiming.DelayedExecution"/>: how long after the fault's answer the request executes, in
    /// milliseconds on the sandbox's <see cref="SandboxOptions.TimeProvider"/>; required with that timing, ignored otherwise.
    /// </summary>
    public int? ExecuteAfterMs { get; init; }

    /// <summary>A delay before the answer, in milliseconds.</summary>
    public int DelayMs { get; init; }

    /// <summary>Whether to drop the connection without an answer.</summary>
    public bool Abort { get; init; }

    /// <summary>Milliseconds to move the server clock by when the rule fires.</summary>
    public long? ClockShiftMs { get; init; }

    /// <summary>Seconds to ban the calling IP for when the rule fires (418 from then on).</summary>
    public int? BanSeconds { get; init; }

    /// <summary>How many times the rule has fired.</summary>
    public int Hits { get; init; }
}
