using System.Text.Json;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// Settles one order request whose outcome is unknown. It looks the order up by client order id; it returns the order
/// when the exchange has it; it sends the request again (same client order id) only when absence is proven by the
/// exchange's own rules; and it gives up with <see cref="Outcome.Unknown"/> when the caller's budget ends first.
/// </summary>
/// <remarks>
/// Absence is proven when <see cref="BinanceClientOptions.MinNotFoundLookups"/> spaced look-ups answered -2013 and the
/// last of them was sent after the window in which the request could still reach the matching engine had closed on the
/// server's clock: the exchange checks <c>timestamp + recvWindow</c> on receipt and again just before forwarding to the
/// engine, and the request was signed no later than the moment its attempt ended, so after
/// <c>(server time at the attempt's end) + recvWindow + settle margin</c> it can no longer be placed. The margin covers
/// the error of the measured clock offset, queueing inside the engine (not covered by the exchange's check), and the lag
/// between the engine and the query path. A single -2013 proves nothing: the order may not have reached the engine yet.
/// </remarks>
/// <typeparam name="TResponse">What the transport answers with.</typeparam>
internal sealed class OrderReconciler<TResponse>(BinanceClientOptions options, IResponseReader<TResponse> reader, Func<long> serverNowMs, long recvWindowMs, bool cancels)
    where TResponse : class
{
    /// <summary>A request sent outside the retry pipeline, classified; both <see langword="null"/> when no answer came.</summary>
    public delegate Task<(TResponse? Response, BinanceError? Error)> Send(CancellationToken cancellationToken);

    public enum Outcome
    {
        /// <summary>The look-up found the order (returned: the look-up's response).</summary>
        Found,

        /// <summary>The cancel found nothing to cancel (returned: the -2013 answer).</summary>
        NotFound,

        /// <summary>Absence was proven and the request sent again; this is its answer.</summary>
        Resent,

        /// <summary>Absence was proven and the request sent again; the exchange refused it for good.</summary>
        ResendRejected,

        /// <summary>The cancel had not happened; it was sent again and this is its answer.</summary>
        CancelResent,

        /// <summary>Nothing could be decided within the budget.</summary>
        Unknown,
    }

    public readonly record struct Result(Outcome Outcome, TResponse? Response, bool Resent);

    /// <summary>When a request's window to reach the engine closes, on the server's clock, if its attempt ended now.</summary>
    public long WindowClosesMs() => serverNowMs() + recvWindowMs + (long)options.ReconcileSettleMargin.TotalMilliseconds;

    public async Task<Result> RunAsync(Send lookUp, Send resend, CancellationToken cancellationToken)
    {
        var time = options.TimeProvider;
        var started = time.GetTimestamp();
        var closes = WindowClosesMs();
        var notFound = 0;
        var noAnswer = 0;
        var lookups = 0;
        var resends = 0;
        var resent = false;
        while (true)
        {
            var sentAt = serverNowMs();
            var (lookup, error) = await lookUp(cancellationToken).ConfigureAwait(false);
            lookups++;
            if (lookup is not null && reader.Succeeded(lookup))
            {
                if (cancels && await IsOpenAsync(lookup, cancellationToken).ConfigureAwait(false))
                {
                    // The cancel did not happen (yet): cancelling again is safe; a second cancel only answers -2011.
                    reader.Release(lookup);
                    var again = await resend(cancellationToken).ConfigureAwait(false);
                    if (again.Response is not null && reader.Succeeded(again.Response))
                    {
                        return new Result(Outcome.CancelResent, again.Response, true);
                    }

                    Release(again.Response);
                    if (++resends > options.ReconcileAttempts)
                    {
                        return new Result(Outcome.Unknown, null, resent);
                    }
                }
                else
                {
                    return new Result(Outcome.Found, lookup, resent);
                }
            }
            else if (error?.Kind == BinanceErrorKind.OrderNotFound && cancels)
            {
                // Nothing to cancel: the exchange's own answer is the truth.
                return new Result(Outcome.NotFound, lookup, resent);
            }
            else if (error?.Kind == BinanceErrorKind.OrderNotFound)
            {
                Release(lookup);
                notFound++;
                if (notFound >= options.MinNotFoundLookups && sentAt >= closes)
                {
                    if (resends >= options.ReconcileAttempts)
                    {
                        return new Result(Outcome.Unknown, null, resent);
                    }

                    // Proven absent: the same client order id cannot double it.
                    resends++;
                    resent = true;
                    var retry = await resend(cancellationToken).ConfigureAwait(false);
                    if (retry.Response is not null && reader.Succeeded(retry.Response))
                    {
                        return new Result(Outcome.Resent, retry.Response, true);
                    }

                    // Only a definitive refusal ends it; an overload, a 429 or a clock error means "not executed, ask again".
                    if (retry.Error is { Advice.Action: RecoveryAction.DoNotRetry } definitive && definitive.Reason != MatchingEngineReason.DuplicateOrder && retry.Response is not null)
                    {
                        return new Result(Outcome.ResendRejected, retry.Response, true);
                    }

                    Release(retry.Response);

                    // The resend's own outcome may be unknown: its window starts again.
                    closes = WindowClosesMs();
                    notFound = 0;
                }
            }
            else
            {
                Release(lookup);
                if (++noAnswer >= options.ReconcileAttempts)
                {
                    return new Result(Outcome.Unknown, null, resent);
                }
            }

            // Spread the look-ups; the one that can prove absence waits for the window to close.
            var wait = options.RetryBaseDelay * (1 << Math.Min(lookups - 1, 6));
            if (!cancels && notFound >= options.MinNotFoundLookups - 1)
            {
                var untilClosed = TimeSpan.FromMilliseconds(Math.Max(0, closes - serverNowMs()));
                wait = untilClosed > wait ? untilClosed : wait;
            }

            if (time.GetElapsedTime(started) + wait > options.MaxReconcileWait)
            {
                return new Result(Outcome.Unknown, null, resent);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Release(TResponse? response)
    {
        if (response is not null)
        {
            reader.Release(response);
        }
    }

    private async Task<bool> IsOpenAsync(TResponse lookup, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await reader.ReadResultAsync(lookup, cancellationToken).ConfigureAwait(false));
        var root = document.RootElement;

        // Orders report status, USDⓈ-M algo orders algoStatus (NEW while waiting for the trigger); an order list is
        // open while its listOrderStatus is EXECUTING.
        var status = root.TryGetProperty("status", out var s) || root.TryGetProperty("algoStatus", out s) ? s.GetString() : null;
        var listStatus = root.TryGetProperty("listOrderStatus", out var l) ? l.GetString() : null;
        return status is "NEW" or "PARTIALLY_FILLED" || listStatus == "EXECUTING";
    }
}
