using System.Globalization;
using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// Places one demo order (and cancels it when it rests), settling what the pipeline could not, the same way on every
/// venue and transport. Bans and halts are waited out as the exchange says (within a <see cref="DemoWaitBudget"/>),
/// then the same client order id is tried again; an unknown outcome is settled by recovery before anything is sent again.
/// </summary>
internal static class DemoOrders
{
    public static async Task<(string Classified, string Outcome)> PlaceAsync(DemoExchange exchange, IBinanceOrderJournal journal, DemoOrder order, TimeProvider time, CancellationToken cancellationToken)
    {
        var budget = new DemoWaitBudget(time);
        var note = string.Empty;
        for (var settles = 0; ; )
        {
            try
            {
                var answer = await exchange.SendAsync(order.Place, order.Parameters, RequestIntent.PlaceOrder, cancellationToken).ConfigureAwait(false);
                if (answer.Error is { } error)
                {
                    if (answer.IsRefused && budget.Next(error, answer.RetryAfter) is { } wait)
                    {
                        // Answered before execution (the exchange refuses banned and limited requests): safe to send again.
                        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                        note = Waited(budget);
                        continue;
                    }

                    return ($"{error.Code} {error.Kind}", "rejected: " + error.Message + note);
                }

                var done = await FinishAsync(exchange, order, time, cancellationToken).ConfigureAwait(false);
                return (answer.Reconciled is null ? "ok" : "unknown outcome", (answer.Reconciled is null ? done : $"{done} (order {answer.Reconciled} by lookup)") + note);
            }
            catch (BinanceRateLimitException limited)
            {
                // Banned or halted: the pipeline refused to send. Wait as told, then try the same client order id again.
                if (budget.Next(limited.Error) is not { } wait)
                {
                    return ($"{limited.Error.Code} {limited.Error.Kind}", $"gave up after waiting {budget.Waited.TotalSeconds:0.0} s for bans and halts");
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                note = Waited(budget);
            }
            catch (BinanceExecutionUnknownException unknown) when (settles++ < 3)
            {
                // The pipeline could not tell within its budget. Settle the journalled intent with the same rule recovery
                // uses after a crash; place again (same client order id) only when absence is proven.
                var intent = await journal.FindAsync(unknown.ClientOrderId ?? order.ClientId, cancellationToken).ConfigureAwait(false);
                var settled = intent is null ? null : (await exchange.Recovery.RecoverAsync([intent], cancellationToken).ConfigureAwait(false))[0];
                switch (settled?.Status)
                {
                    case BinanceRecoveryStatus.Placed:
                        return ("ExecutionUnknown", $"found by recovery, {await FinishAsync(exchange, order, time, cancellationToken).ConfigureAwait(false)}{note}");
                    case BinanceRecoveryStatus.NotPlaced:
                        note = " after recovery proved it absent";
                        break;
                    default:
                        note = " after recovery could not tell";
                        break;
                }
            }
            catch (BinanceExecutionUnknownException unknown)
            {
                return ("ExecutionUnknown", $"still unknown after look-ups ({unknown.ClientOrderId})");
            }
        }
    }

    /// <summary>
    /// Cancels a resting order (a MARKET order has filled: nothing to cancel), waiting out a ban or halt that started
    /// after it was placed.
    /// </summary>
    public static async Task<string> FinishAsync(DemoExchange exchange, DemoOrder order, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!order.Rests)
        {
            return "filled";
        }

        var budget = new DemoWaitBudget(time);
        while (true)
        {
            try
            {
                var cancel = await exchange.SendAsync(order.Cancel, order.CancelParameters, RequestIntent.CancelOrder, cancellationToken).ConfigureAwait(false);
                if (cancel is { IsRefused: true, Error: { } error } && budget.Next(error, cancel.RetryAfter) is { } wait)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                return cancel.Error is null ? "placed, then cancelled" : $"placed; cancel answered {cancel.Status}";
            }
            catch (BinanceRateLimitException limited)
            {
                if (budget.Next(limited.Error) is not { } wait)
                {
                    return "placed; cancel refused (still banned)";
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (BinanceApiException ex)
            {
                // The order is placed either way; a cancel whose outcome stays unknown does not change the count.
                return $"placed; cancel {ex.Kind}";
            }
        }
    }

    private static string Waited(DemoWaitBudget budget) =>
        string.Create(CultureInfo.InvariantCulture, $" after waiting {budget.Waited.TotalSeconds:0.0} s ({(budget.LastWasBan ? "ban" : "halt")})");
}
