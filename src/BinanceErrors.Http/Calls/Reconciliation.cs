using System.Globalization;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// Settles a call whose outcome is unknown (5XX, -1006, -1007, no answer) by looking its order up, never by a blind
/// resend: the order is returned when the exchange has it, the request is sent again (same client id) only when
/// <see cref="OrderReconciler{TResponse}"/> proves it absent, and otherwise the call ends with
/// <see cref="BinanceExecutionUnknownException"/> carrying the client id. Look-ups and resends go through the client's
/// core, so they are counted against the limits, timed and signed like any attempt. A transport that hears about orders
/// on its own (the WebSocket user-data stream) is asked first (<see cref="ExchangeCall{TRequest, TResponse}.KnownOutcome"/>).
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <typeparam name="TResponse">What it answers with.</typeparam>
internal sealed class Reconciliation<TRequest, TResponse>(CallCore<TRequest, TResponse> core, ILogger logger)
    where TRequest : class
    where TResponse : class
{
    /// <summary>Settles <paramref name="call"/>, or throws <see cref="BinanceExecutionUnknownException"/>.</summary>
    /// <param name="call">The call whose outcome is unknown.</param>
    /// <param name="reason">Why it is unknown, for the log.</param>
    /// <param name="cause">What the last attempt threw, if it got no answer.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The answer that settles it.</returns>
    public async Task<TResponse> SettleAsync(ExchangeCall<TRequest, TResponse> call, string reason, Exception? cause, CancellationToken cancellationToken)
    {
        if ((call.ClientOrderId is null && call.OrderId is null) || (call.Symbol is null && call.Endpoint.Reconciliation.WithSymbol))
        {
            throw Unknown(call, cause);
        }

        call.Reconciling = true;
        var options = core.Options;
        var id = call.ClientOrderId ?? call.OrderId!.Value.ToString(CultureInfo.InvariantCulture);
        Log.Reconciling(logger, call.Operation, call.Target, reason, id);
        if (call.KnownOutcome() is { } known)
        {
            // The user-data stream already reported the order: settled without a look-up.
            return Settled(call, "found in user data", known, reconciled: true);
        }

        var clock = call.Clock(core.Registry, options.Venue, options.TimeProvider);
        var reconciler = new OrderReconciler<TResponse>(options, core.Reader, () => clock.NowMs, call.RecvWindowMs, call.Endpoint.CancelsOrder);
        var result = await reconciler.RunAsync(ct => LookUpAsync(call, ct), ct => ResendAsync(call, ct), cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case OrderReconciler<TResponse>.Outcome.Found:
                return Settled(call, result.Resent ? "found after resend" : "found", result.Response!, reconciled: true);
            case OrderReconciler<TResponse>.Outcome.NotFound:
                return Settled(call, "not found", result.Response!);
            case OrderReconciler<TResponse>.Outcome.Resent:
                return Settled(call, "resent", result.Response!);
            case OrderReconciler<TResponse>.Outcome.ResendRejected:
                return Settled(call, "resend rejected", result.Response!);
            case OrderReconciler<TResponse>.Outcome.CancelResent:
                return Settled(call, "cancel resent", result.Response!);
            default:
                core.Registry.Metrics.Reconciliation(options.Venue, "unknown");
                Log.Reconciled(logger, id, "still unknown");
                throw Unknown(call, cause);
        }
    }

    /// <summary>The exception of a call whose outcome could not be settled: its last classification, or "no answer".</summary>
    /// <param name="call">The call.</param>
    /// <param name="cause">What its last attempt threw.</param>
    /// <returns>The exception, with the client id.</returns>
    public BinanceExecutionUnknownException Unknown(ExchangeCall<TRequest, TResponse> call, Exception? cause)
    {
        var options = core.Options;
        var error = call.LastError ?? BinanceErrorClassifier.Classify(options.Venue, null, ReadOnlySpan<byte>.Empty, default, call.Endpoint.Intent, options.TimeProvider) with
        {
            Kind = BinanceErrorKind.ExecutionUnknown,
            ExecutionUnknown = true,
            Advice = new RecoveryAdvice(RecoveryAction.Reconcile),
        };
        return new BinanceExecutionUnknownException(error, call.ClientOrderId, cause);
    }

    private TResponse Settled(ExchangeCall<TRequest, TResponse> call, string result, TResponse response, bool reconciled = false)
    {
        core.Registry.Metrics.Reconciliation(core.Options.Venue, result.Replace(' ', '_'));
        Log.Reconciled(logger, call.ClientOrderId ?? call.OrderId?.ToString(CultureInfo.InvariantCulture) ?? "?", result);
        return call.Settled(response, result, reconciled);
    }

    /// <summary>The call's request once more, through every step, classified; a missing answer counts as unknown.</summary>
    private async Task<(TResponse? Response, BinanceError? Error)> ResendAsync(ExchangeCall<TRequest, TResponse> call, CancellationToken cancellationToken)
    {
        var outcome = await call.AttemptAsync(cancellationToken).ConfigureAwait(false);
        return Answer(outcome, call, cancellationToken);
    }

    private async Task<(TResponse? Response, BinanceError? Error)> LookUpAsync(ExchangeCall<TRequest, TResponse> call, CancellationToken cancellationToken)
    {
        var lookUp = call.LookUp();
        var outcome = await core.AttemptAsync(lookUp.Request, lookUp.State, cancellationToken).ConfigureAwait(false);
        var (response, error) = Answer(outcome, lookUp.State, cancellationToken);
        return (response, call.IsOrderList && error is not null ? OrderListQuery.NotFoundAware(error) : error);
    }

    /// <summary>A success, a classified refusal, or (no answer) neither; anything else (a ban, a cancellation) is thrown.</summary>
    private (TResponse? Response, BinanceError? Error) Answer(Polly.Outcome<TResponse> outcome, CallState state, CancellationToken cancellationToken)
    {
        if (outcome.Exception is { } exception)
        {
            if (exception is not BinanceException && core.Transport.IsNoAnswer(exception) && !cancellationToken.IsCancellationRequested)
            {
                return (null, null);
            }

            outcome.ThrowIfException();
        }

        var response = outcome.Result!;
        return core.Reader.Succeeded(response) ? (response, null) : (response, state.LastError);
    }
}
