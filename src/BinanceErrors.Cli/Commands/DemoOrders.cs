using System.Globalization;
using BinanceErrors.Http;

namespace BinanceErrors.Cli.Commands;

/// <summary>Places one demo order (and cancels it when it is a resting LIMIT), settling what the pipeline could not.</summary>
internal static class DemoOrders
{
    public static async Task<(string Classified, string Outcome)> PlaceAsync(HttpClient client, BinanceOrderRecovery recovery, IBinanceOrderJournal journal, string orderType, string clientOrderId, int index, TimeProvider time, CancellationToken cancellationToken)
    {
        var place = orderType == "MARKET"
            // Alternating sides keep the balances and the house book level over a long run.
            ? $"/api/v3/order?symbol=BTCUSDT&side={(index % 2 == 1 ? "BUY" : "SELL")}&type=MARKET&quantity=0.001&newClientOrderId={clientOrderId}"
            // Resting below the market, so every order stays open until the demo cancels it.
            : $"/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price={(29000m - (index % 500 * 0.01m)).ToString("0.00", CultureInfo.InvariantCulture)}&quantity=0.001&newClientOrderId={clientOrderId}";
        var waited = string.Empty;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.PostAsync(place, null, cancellationToken).ConfigureAwait(false);
                var reconciled = response.Headers.TryGetValues(BinanceResilienceHandler.ReconciledHeader, out var values) ? values.First() : null;
                if (!response.IsSuccessStatusCode)
                {
                    var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, (int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                    return ($"{error.Code} {error.Kind}", "rejected: " + error.Message);
                }

                var done = orderType == "MARKET" ? "filled" : await CancelAsync(client, clientOrderId, cancellationToken).ConfigureAwait(false);
                return (reconciled is null ? "ok" : "unknown outcome", (reconciled is null ? done : $"{done} (order {reconciled} by lookup)") + waited);
            }
            catch (BinanceRateLimitException limited) when (attempt < 3)
            {
                // Banned or halted: the pipeline refused to send. Wait as told, then try the same client order id again.
                var wait = limited.RetryAfter ?? TimeSpan.FromSeconds(1);
                waited = $" after waiting {wait.TotalSeconds:0.#} s ({(limited.IsBan ? "ban" : "halt")})";
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (BinanceExecutionUnknownException unknown) when (attempt < 3)
            {
                // The pipeline could not tell within its budget. Settle the journalled intent with the same rule recovery
                // uses after a crash; place again (same client order id) only when absence is proven.
                var intent = await journal.FindAsync(unknown.ClientOrderId ?? clientOrderId, cancellationToken).ConfigureAwait(false);
                var settled = intent is null ? null : (await recovery.RecoverAsync([intent], cancellationToken).ConfigureAwait(false))[0];
                switch (settled?.Status)
                {
                    case BinanceRecoveryStatus.Placed:
                        var done = orderType == "MARKET" ? "filled" : await CancelAsync(client, clientOrderId, cancellationToken).ConfigureAwait(false);
                        return ("ExecutionUnknown", $"found by recovery, {done}{waited}");
                    case BinanceRecoveryStatus.NotPlaced:
                        waited = " after recovery proved it absent";
                        break;
                    default:
                        waited = " after recovery could not tell";
                        break;
                }
            }
            catch (BinanceExecutionUnknownException unknown)
            {
                return ("ExecutionUnknown", $"still unknown after look-ups ({unknown.ClientOrderId})");
            }
        }
    }

    private static async Task<string> CancelAsync(HttpClient client, string clientOrderId, CancellationToken cancellationToken)
    {
        try
        {
            using var cancel = await client.DeleteAsync($"/api/v3/order?symbol=BTCUSDT&origClientOrderId={clientOrderId}", cancellationToken).ConfigureAwait(false);
            return cancel.IsSuccessStatusCode ? "placed, then cancelled" : $"placed; cancel answered {(int)cancel.StatusCode}";
        }
        catch (BinanceApiException ex)
        {
            // The order is placed either way; a cancel whose outcome stays unknown does not change the count.
            return $"placed; cancel {ex.Kind}";
        }
    }
}
