using System.Globalization;
using System.Net;
using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// One demo order: place it, cancel it, and report in words what happened. Bans and halts are waited out as the
/// exchange says (within a <see cref="DemoWaitBudget"/>), then the same client order id is tried again.
/// </summary>
internal static class DemoOrder
{
    public static async Task<(string Classified, string Outcome)> PlaceAndCancelAsync(HttpClient client, string clientOrderId, int index, TimeProvider time, CancellationToken cancellationToken)
    {
        // Resting below the market, so every order stays open until the demo cancels it.
        var price = (29000m - (index % 500 * 0.01m)).ToString("0.00", CultureInfo.InvariantCulture);
        var place = $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price={price}&quantity=0.001&newClientOrderId={clientOrderId}";
        var cancelPath = $"/api/v3/order?symbol=BTCUSDT&origClientOrderId={clientOrderId}";
        var budget = new DemoWaitBudget(time);
        var note = string.Empty;
        var lookups = 0;
        while (true)
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

                var cancelled = await CancelAsync(client, cancelPath, time, cancellationToken).ConfigureAwait(false);
                return (reconciled is null ? "ok" : "unknown outcome", (reconciled is null ? cancelled : $"{cancelled} (order {reconciled} by lookup)") + note);
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
            catch (BinanceExecutionUnknownException unknown) when (lookups++ < 3)
            {
                // The pipeline could not tell. A trading system settles it before anything else: look the order up
                // again a little later, and place it (same client order id) only if the exchange says it does not exist.
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken).ConfigureAwait(false);
                using var lookup = await LookUpAsync(client, $"/api/v3/order?symbol=BTCUSDT&origClientOrderId={unknown.ClientOrderId}", cancellationToken).ConfigureAwait(false);
                if (lookup?.IsSuccessStatusCode == true)
                {
                    var cancelled = await CancelAsync(client, cancelPath, time, cancellationToken).ConfigureAwait(false);
                    return ("ExecutionUnknown", $"found by a later look-up; {cancelled}" + note);
                }

                note = " after a later look-up found nothing";
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

    private static async Task<HttpResponseMessage?> LookUpAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceRateLimitException)
        {
            return null;
        }
    }

    /// <summary>Cancels the order, waiting out a ban or halt that started after it was placed.</summary>
    private static async Task<string> CancelAsync(HttpClient client, string path, TimeProvider time, CancellationToken cancellationToken)
    {
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
            catch (BinanceExecutionUnknownException)
            {
                return "placed; cancel outcome unknown";
            }
        }
    }
}
