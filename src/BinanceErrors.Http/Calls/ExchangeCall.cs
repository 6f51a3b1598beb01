using BinanceErrors.Http.Internal;
using Polly;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// One call as a <see cref="CallHost{TRequest, TResponse}"/> runs it: the request's state, what its retries and its
/// reconciliation need (the order's ids, what was tried), and each attempt through the client's
/// <see cref="CallCore{TRequest, TResponse}"/>. A transport derives from it to say how the call's request is sent again,
/// how its order is looked up and journalled, and how a settled answer is handed back.
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <typeparam name="TResponse">What it answers with.</typeparam>
internal abstract class ExchangeCall<TRequest, TResponse>(in RequestFacts facts, CallCore<TRequest, TResponse> core) : CallState(facts)
    where TRequest : class
    where TResponse : class
{
    /// <summary>The client's core, which runs every attempt of the call.</summary>
    public CallCore<TRequest, TResponse> Core { get; } = core;

    /// <summary>The order's client id (a list's <c>listClientOrderId</c>, an algo order's <c>clientAlgoId</c>), when the call places or cancels one.</summary>
    public string? ClientOrderId { get; set; }

    /// <summary>The exchange's order (or list) id a cancel names.</summary>
    public long? OrderId { get; set; }

    public string? Symbol { get; set; }

    /// <summary>An OCO/OTO/OTOCO placement or list cancel, looked up where lists are visible.</summary>
    public bool IsOrderList { get; set; }

    /// <summary>
    /// Set once the clock was measured again after -1021. A later -1021 is retried only when one more measurement shows
    /// the clock moved again since the attempt was signed; otherwise it is returned.
    /// </summary>
    public bool ClockResynced { get; set; }

    /// <summary>Set once an unknown outcome is being settled: from then on a refusal no longer proves the order absent.</summary>
    public bool Reconciling { get; set; }

    /// <summary>The delay before the next retry the last answer asked for (Retry-After, none after a resync); <see langword="null"/> for the backoff's.</summary>
    public TimeSpan? NextDelay { get; set; }

    public int Retries { get; set; }

    /// <summary>The call's method or operation, for logs.</summary>
    public string Operation => Facts.Operation;

    /// <summary>The call's path, for logs (never its query: it may hold a signature).</summary>
    public string Target => Facts.Address.AbsolutePath;

    /// <summary>The request's parameters as sent (query, and a form body where there is one), so metrics can tell a repeated request from another.</summary>
    public virtual string ParameterText => Facts.Address.Query;

    /// <summary>The <c>recvWindow</c> the call is signed with (its own, or the options').</summary>
    public abstract long RecvWindowMs { get; }

    /// <summary>Runs one attempt of the call through every step of the core, with a request prepared for it.</summary>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The answer, or what was thrown.</returns>
    public ValueTask<Outcome<TResponse>> AttemptAsync(CancellationToken cancellationToken)
    {
        Done = CallSteps.None;
        return Core.AttemptAsync(NextAttempt(), this, cancellationToken);
    }

    /// <summary>
    /// What the client already knows of the call's order without asking (the WebSocket transport's user-data stream),
    /// consulted before any look-up when the outcome is unknown; <see langword="null"/> when it knows nothing, always
    /// for HTTP.
    /// </summary>
    /// <returns>An answer that settles the call, or <see langword="null"/>.</returns>
    public virtual TResponse? KnownOutcome() => null;

    /// <summary>The look-up of the call's order by its ids, for reconciliation.</summary>
    /// <returns>The request and its state.</returns>
    public abstract Outgoing<TRequest> LookUp();

    /// <summary>What the journal records before the call's order is sent.</summary>
    /// <param name="now">The instant of the record.</param>
    /// <returns>The intent.</returns>
    public abstract BinanceOrderIntent Intent(DateTimeOffset now);

    /// <summary>Hands back an answer that settled an unknown outcome, marked when it came from a look-up.</summary>
    /// <param name="response">The look-up's or resend's answer.</param>
    /// <param name="result">How it was settled (<c>found</c>, <c>resent</c>, …).</param>
    /// <param name="reconciled">Whether the answer is a look-up's rather than the request's own.</param>
    /// <returns>The answer for the caller.</returns>
    public abstract TResponse Settled(TResponse response, string result, bool reconciled);

    /// <summary>The request for the next attempt: the caller's on the first, a fresh copy after.</summary>
    /// <returns>The request.</returns>
    protected abstract TRequest NextAttempt();
}
