using System.Globalization;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// Runs calls the way <c>Microsoft.Extensions.Http.Resilience</c>'s <c>ResilienceHandler</c> runs requests: a Polly.Core
/// retry pipeline executes each attempt of the per-call object (<see cref="ExchangeCall{TRequest, TResponse}.AttemptAsync"/>)
/// with a pooled <see cref="ResilienceContext"/> that carries the call, and the outcome is judged by the classifier's
/// advice. It retries only what is safe: reads on transient errors with jittered backoff, any request after a 429 wait
/// or a -1021 clock resync (the exchange refused it before executing). Around the pipeline: the clock is measured
/// before a signed call when due (<see cref="ClockSync{TRequest, TResponse}"/>); an order-changing call whose outcome
/// stays unknown is settled by <see cref="Reconciliation{TRequest, TResponse}"/>; an order placement is journalled
/// before it leaves and after it ends when the options have a journal.
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <typeparam name="TResponse">What it answers with.</typeparam>
internal sealed class CallHost<TRequest, TResponse>
    where TRequest : class
    where TResponse : class
{
    private static readonly ResiliencePropertyKey<ExchangeCall<TRequest, TResponse>> CallKey = new("BinanceErrors.Call");

    private readonly CallCore<TRequest, TResponse> _core;
    private readonly BinanceClientOptions _options;
    private readonly ILogger _logger;
    private readonly ClockSync<TRequest, TResponse> _clock;
    private readonly Reconciliation<TRequest, TResponse> _reconciliation;
    private readonly ResiliencePipeline<TResponse> _pipeline;

    /// <summary>Creates the host of a client's calls.</summary>
    /// <param name="core">The client's core (every step).</param>
    /// <param name="logger">Where retries, clock measurements and reconciliations are logged (never with secrets).</param>
    public CallHost(CallCore<TRequest, TResponse> core, ILogger logger)
    {
        _core = core;
        _options = core.Options;
        _logger = logger;
        _clock = new ClockSync<TRequest, TResponse>(core, logger);
        _reconciliation = new Reconciliation<TRequest, TResponse>(core, logger);
        var builder = new ResiliencePipelineBuilder<TResponse> { TimeProvider = _options.TimeProvider };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<TResponse>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                ShouldHandle = args => ShouldRetryAsync(CallOf(args.Context), args.Outcome, args.AttemptNumber, args.Context.CancellationToken),
                DelayGenerator = static args => new ValueTask<TimeSpan?>(CallOf(args.Context).NextDelay),
                OnRetry = args => OnRetryAsync(CallOf(args.Context), args),
            });
        }

        // The attempt timeout is the core's, around the send itself: a wait for a limit window is not "no answer" and
        // must not turn an order into an unknown outcome.
        _pipeline = builder.Build();
    }

    /// <summary>Runs a call to its end: its answer, a settled unknown outcome, or the exception it ends with.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The answer for the caller.</returns>
    public Task<TResponse> RunAsync(ExchangeCall<TRequest, TResponse> call, CancellationToken cancellationToken) =>
        _options.OrderJournal is not null && call.Endpoint.PlacesOrder && call.ClientOrderId is not null && call.Symbol is not null
            ? RunJournalledAsync(call, _options.OrderJournal, cancellationToken)
            : RunCallAsync(call, cancellationToken);

    private static ExchangeCall<TRequest, TResponse> CallOf(ResilienceContext context) => context.Properties.GetValue(CallKey, null!);

    private async Task<TResponse> RunJournalledAsync(ExchangeCall<TRequest, TResponse> call, IBinanceOrderJournal journal, CancellationToken cancellationToken)
    {
        var clientOrderId = call.ClientOrderId!;

        // Durable before the request leaves: a process killed from here on leaves a record recovery can settle.
        await journal.RecordIntentAsync(call.Intent(_options.TimeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        TResponse response;
        try
        {
            response = await RunCallAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceRateLimitException) when (!call.Reconciling)
        {
            // Refused before sending (ban or halt): it never left.
            await journal.RecordOutcomeAsync(clientOrderId, BinanceOrderIntentState.NotPlaced, null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        // Anything else thrown (unknown outcome, cancellation) leaves the intent open for recovery. A success is placed
        // (with the order id); any other answer is a refusal (every unknown outcome was settled or thrown before).
        if (!_core.Reader.Succeeded(response))
        {
            await journal.RecordOutcomeAsync(clientOrderId, BinanceOrderIntentState.NotPlaced, null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var orderId = JournalEntries.OrderId(await _core.Reader.ReadResultAsync(response, cancellationToken).ConfigureAwait(false));
            await journal.RecordOutcomeAsync(clientOrderId, BinanceOrderIntentState.Placed, orderId, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private async Task<TResponse> RunCallAsync(ExchangeCall<TRequest, TResponse> call, CancellationToken cancellationToken)
    {
        if (_clock.IsDue(call))
        {
            await _clock.SyncAsync(call, cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        Outcome<TResponse> outcome;
        try
        {
            outcome = await _pipeline.ExecuteOutcomeAsync(static (context, call) => call.AttemptAsync(context.CancellationToken), context, call).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        if (outcome.Exception is { } exception)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (exception is BinanceException || !call.Endpoint.ChangesState || !_core.Transport.IsNoAnswer(exception))
            {
                outcome.ThrowIfException();
            }

            return await _reconciliation.SettleAsync(call, "no answer: " + exception.GetType().Name, exception, cancellationToken).ConfigureAwait(false);
        }

        var response = outcome.Result!;
        if (!_core.Reader.Succeeded(response) && call.Endpoint.ChangesState && call.LastError is { Advice.Action: RecoveryAction.Reconcile } error
            && error.Kind != BinanceErrorKind.PartiallyFailed)
        {
            _core.Reader.Release(response);
            return await _reconciliation.SettleAsync(call, $"{error.Code?.ToString(CultureInfo.InvariantCulture) ?? "HTTP " + error.HttpStatus} {error.Kind}", null, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>
    /// The retry decision for one attempt's outcome. A -1021 after the resync is retried only when a new measurement
    /// shows the clock the attempt was signed with was wrong (the server clock moved again); one the clock cannot explain
    /// is returned.
    /// </summary>
    private ValueTask<bool> ShouldRetryAsync(ExchangeCall<TRequest, TResponse> call, Outcome<TResponse> outcome, int attempt, CancellationToken cancellationToken)
    {
        if (ShouldRetry(call, outcome, cancellationToken))
        {
            return new ValueTask<bool>(true);
        }

        // Polly asks about the last attempt too: no measurement when no retry is left.
        var againAfterResync = outcome.Exception is null && call.LastError is { Kind: BinanceErrorKind.ClockSkew } && call.ClockResynced;
        return againAfterResync && attempt < _options.MaxRetries && !cancellationToken.IsCancellationRequested
            ? ClockMovedSinceSigningAsync(call, cancellationToken)
            : new ValueTask<bool>(false);
    }

    /// <summary>
    /// Measures the clock again after a -1021 that came despite a resync: <see langword="true"/> (retry at once) when the
    /// measurement proves the clock the attempt was signed with was off, as when the server clock jumps again between
    /// the resync and the retry. A -1021 is refused before execution, so the retry cannot double an order.
    /// </summary>
    private async ValueTask<bool> ClockMovedSinceSigningAsync(ExchangeCall<TRequest, TResponse> call, CancellationToken cancellationToken)
    {
        if (call.SignedWith is not { } signed)
        {
            return false;
        }

        try
        {
            await _clock.SyncAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BinanceException or OperationCanceledException || _core.Transport.IsNoAnswer(ex))
        {
            // Not measured (banned, halted, no answer, cancelled): nothing shows the clock moved, so the -1021 stands.
            return false;
        }

        if (!call.Clock(_core.Registry, _options.Venue, _options.TimeProvider).Reading.ProvesMovedSince(signed))
        {
            return false;
        }

        call.NextDelay = TimeSpan.Zero;
        return true;
    }

    /// <summary>The retry decision for one attempt's outcome, from the classification the core made of its answer.</summary>
    private bool ShouldRetry(ExchangeCall<TRequest, TResponse> call, Outcome<TResponse> outcome, CancellationToken cancellationToken)
    {
        call.NextDelay = null;
        if (outcome.Exception is { } exception)
        {
            // No answer: a read is simply asked again; a write is looked up afterwards, never resent here.
            return exception is not BinanceException && _core.Transport.IsNoAnswer(exception) && !call.Endpoint.ChangesState && !cancellationToken.IsCancellationRequested;
        }

        if (_core.Reader.Succeeded(outcome.Result!) || call.LastError is not { } error)
        {
            return false;
        }

        _core.Registry.Metrics.Error(error, call.Operation, call.Target, call.ParameterText, _options.TimeProvider);

        // No retry once the caller has cancelled.
        return !cancellationToken.IsCancellationRequested && IsSafeToRetry(call, error);
    }

    private bool IsSafeToRetry(ExchangeCall<TRequest, TResponse> call, BinanceError error)
    {
        switch (error.Advice.Action)
        {
            case RecoveryAction.ResyncClockThenRetry when !call.ClockResynced:
                call.NextDelay = TimeSpan.Zero;
                return true;
            case RecoveryAction.RetryAfter when _options.WaitForLimits && error.Advice.RetryAfter <= _options.MaxLimitWait:
                // A 429 is answered before execution; waiting is what the exchange asks for.
                call.NextDelay = error.Advice.RetryAfter;
                return error.Kind is BinanceErrorKind.RateLimited or BinanceErrorKind.ServiceUnavailable || !call.Endpoint.ChangesState;
            case RecoveryAction.RetryWithBackoff:
                // Not executed (overload, shutting down, a 429 without Retry-After) or a read: safe to send again.
                return error.Kind is BinanceErrorKind.ServiceUnavailable or BinanceErrorKind.RateLimited || !call.Endpoint.ChangesState;
            default:
                return false;
        }
    }

    private async ValueTask OnRetryAsync(ExchangeCall<TRequest, TResponse> call, OnRetryArguments<TResponse> args)
    {
        call.Retries++;
        var reason = call.LastError?.Kind.ToString() ?? args.Outcome.Exception?.GetType().Name ?? "unknown";
        _core.Registry.Metrics.Retry(_options.Venue, BinanceHttpMetrics.RetryReason(call.LastError, args.Outcome.Exception));
        Log.Retrying(_logger, call.Operation, call.Target, call.LastError?.Code?.ToString(CultureInfo.InvariantCulture) ?? reason, call.LastError?.Kind ?? BinanceErrorKind.Unknown, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
        if (args.Outcome.Result is { } previous)
        {
            _core.Reader.Release(previous);
        }

        if (call.LastError?.Kind == BinanceErrorKind.ClockSkew && !call.ClockResynced)
        {
            call.ClockResynced = true;
            await _clock.SyncAsync(call, args.Context.CancellationToken).ConfigureAwait(false);
        }
    }
}
