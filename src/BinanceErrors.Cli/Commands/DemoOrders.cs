using System.Globalization;
using System.Net;
using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// Places one demo order (and cancels it when it is a resting LIMIT), settling what the pipeline could not. Bans and
/// halts are waited out as the exchange says (within a <see cref="DemoWaitBudget"/>), then the same client order id is
/// tried again; an unknown outcome is settled by recovery before anything is sent again.
/// </summary>
internal static class DemoOrders
{
    public static async Task<(string Classified, string Outcome)> PlaceAsync(HttpClient client, BinanceOrderRecovery recovery, IBinanceOrderJournal journal, string orderType, string clientOrderId, int index, TimeProvider time, CancellationToken cancellationToken)
    {
        var place = orderType == "MARKET"
            // Alternating sides keep the balances and the house book level over a long run.
            ? $"/api/v3/order?symbol=BTCUSDT&side={(index % 2 == 1 ? "BUY" : "SELL")}&type=MARKET&quantity=0.001&newClientOrderId={clientOrderId}"
            // Resting below the market, so every order stays open until the demo cancels it.
            : $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price={(29000m - (index % 500 * 0.01m)).ToString("0.00", CultureInfo.InvariantCulture)}&quantity=0.001&newClientOrderId={clientOrderId}";
        var budget = new DemoWaitBudget(time);
        var note = string.Empty;
        for (var settles = 0; ; )
        {
            try
            {
                using var response = await client.PostAsync(place, null, cancellationToken).ConfigureAwait(false);
                var reconciled = response.Headers.TryGetValues(BinanceResilienceHandler.ReconciledHeader, out var values) ? values.First() : null;
                if (!response.IsSuccessStatusCode)
                {
                    var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, (int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), new BinanceResponseHeaders(response.Headers), RequestIntent.PlaceOrder);
                    if (response.StatusCode is HttpStatusCode.TooManyRequests or (HttpStatusCode)418 && budget.Next(error, RetryAfter(response, time)) is { } wait)
                    {
                        // Answered before execution (the exchange refuses banned and limited requests): safe to send again.
                        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                        note = Waited(budget);
                        continue;
                    }

                    return ($"{error.Code} {error.Kind}", "rejected: " + error.Message + note);
                }

                var done = orderType == "MARKET" ? "filled" : await CancelAsync(client, clientOrderId, time, cancellationToken).ConfigureAwait(false);
                return (reconciled is null ? "ok" : "unknown outcome", (reconciled is null ? done : $"{done} (order {reconciled} by lookup)") + note);
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
                var intent = await journal.FindAsync(unknown.ClientOrderId ?? clientOrderId, cancellationToken).ConfigureAwait(false);
                var settled = intent is null ? null : (await recovery.RecoverAsync([intent], cancellationToken).ConfigureAwait(false))[0];
                switch (settled?.Status)
                {
                    case BinanceRecoveryStatus.Placed:
                        var done = orderType == "MARKET" ? "filled" : await CancelAsync(client, clientOrderId, time, cancellationToken).ConfigureAwait(false);
                        return ("ExecutionUnknown", $"found by recovery, {done}{note}");
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

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        new BinanceResponseHeaders(response.Headers).TryGetRetryAfter(time.GetUtcNow(), out var wait) ? wait : null;

    private static string Waited(DemoWaitBudget budget) =>
        string.Create(CultureInfo.InvariantCulture, $" after waiting {budget.Waited.TotalSeconds:0.0} s ({(budget.LastWasBan ? "ban" : "halt")})");

    /// <summary>Cancels the order, waiting out a ban or halt that started after it was placed.</summary>
    private static async Task<string> CancelAsync(HttpClient client, string clientOrderId, TimeProvider time, CancellationToken cancellationToken)
    {
        var path = $"/api/v3/order?symbol=BTCUSDT&origClientOrderId={clientOrderId}";
        var budget = new DemoWaitBudget(time);
        while (true)
        {
            try
            {
                using var cancel = await client.DeleteAsync(path, cancellationToken).ConfigureAwait(false);
                if (cancel.StatusCode is HttpStatusCode.TooManyRequests or (HttpStatusCode)418)
                {
                    var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, (int)cancel.StatusCode, await cancel.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), new BinanceResponseHeaders(cancel.Headers), RequestIntent.CancelOrder);
                    if (budget.Next(error, RetryAfter(cancel, time)) is { } wait)
                    {
                        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }

                return cancel.IsSuccessStatusCode ? "placed, then cancelled" : $"placed; cancel answered {(int)cancel.StatusCode}";
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
}
