namespace BinanceErrors.Cli.Commands;

/// <summary>What the exchange answered one demo request, whichever the transport.</summary>
/// <param name="Status">The HTTP (or WebSocket answer) status.</param>
/// <param name="Error">The classified error; <see langword="null"/> for a success.</param>
/// <param name="Reconciled">How a lost answer was settled by a look-up (<c>found</c>, …); <see langword="null"/> when the request's own answer came.</param>
/// <param name="RetryAfter">The answer's relative <c>Retry-After</c>, when it had one (REST).</param>
internal readonly record struct DemoAnswer(int Status, BinanceError? Error, string? Reconciled, TimeSpan? RetryAfter = null)
{
    /// <summary>Whether the exchange refused the request before execution for limits (429) or a ban (418): safe to send again.</summary>
    public bool IsRefused => Status is 429 or 418;
}
