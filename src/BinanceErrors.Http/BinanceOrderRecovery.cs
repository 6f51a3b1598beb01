using System.Globalization;
using System.Text.Json;
using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http;

/// <summary>
/// Settles the open intents of an <see cref="IBinanceOrderJournal"/> against the exchange, typically on start-up after a
/// crash: each is reported placed (with the order), not placed, or still unknown, and the journal is updated.
/// </summary>
/// <remarks>
/// "Not placed" is reported only by the rule the pipeline uses (<see cref="BinanceClientOptions.MinNotFoundLookups"/>
/// not-found look-ups, the last sent after the request's window to reach the matching engine closed). A process that
/// died cannot send any more, so every request it sent was signed before recovery started; the window therefore
/// closes at the latest at (server time at the start of recovery) + recvWindow + <see cref="BinanceClientOptions.ReconcileSettleMargin"/>.
/// Recovery of a journal whose writer is still running (see <see cref="BinanceOrderSweepService"/>) must leave out
/// intents whose calls are still in flight.
/// </remarks>
public sealed class BinanceOrderRecovery
{
    private readonly HttpClient _client;
    private readonly IBinanceOrderJournal _journal;
    private readonly BinanceClientOptions _options;
    private readonly BinanceHttpMetrics? _metrics;

    /// <summary>Creates the recovery.</summary>
    /// <param name="client">A client built with the Binance handlers (it signs the look-ups), pointed at the venue.</param>
    /// <param name="journal">The journal to settle.</param>
    /// <param name="options">The same options the client was built with (venue, clock, reconciliation rules).</param>
    /// <param name="metrics">Where each settled intent is counted (<c>binance.client.recovered_orders</c>, by status); not counted when <see langword="null"/>.</param>
    public BinanceOrderRecovery(HttpClient client, IBinanceOrderJournal journal, BinanceClientOptions options, BinanceHttpMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _journal = journal;
        _options = options;
        _metrics = metrics;
    }

    /// <summary>Reconciles every open intent in the journal.</summary>
    /// <param name="cancellationToken">Cancels the recovery; intents not settled stay open.</param>
    /// <returns>One entry per open intent, oldest first.</returns>
    public async Task<IReadOnlyList<BinanceRecoveredOrder>> RecoverAsync(CancellationToken cancellationToken = default) =>
        await RecoverAsync(await _journal.ReadOpenAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Reconciles the given intents (all open ones, or those a sweep picked).</summary>
    /// <param name="intents">The intents.</param>
    /// <param name="cancellationToken">Cancels the recovery; intents not settled stay open.</param>
    /// <returns>One entry per intent, in the given order.</returns>
    public async Task<IReadOnlyList<BinanceRecoveredOrder>> RecoverAsync(IReadOnlyList<BinanceOrderIntent> intents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intents);
        var results = new BinanceRecoveredOrder?[intents.Count];
        if (intents.Count == 0)
        {
            return [];
        }

        var time = _options.TimeProvider;
        var started = time.GetTimestamp();
        var offsetMs = await ServerOffsetAsync(cancellationToken).ConfigureAwait(false);
        long ServerNow() => time.GetUtcNow().ToUnixTimeMilliseconds() + (offsetMs ?? 0);
        var margin = (long)_options.ReconcileSettleMargin.TotalMilliseconds;

        // Without a measured offset the local clock stands in, one more margin of doubt added.
        var closes = ServerNow() + intents.Max(i => i.RecvWindowMs) + margin + (offsetMs is null ? margin : 0);
        var budget = TimeSpan.FromMilliseconds(Math.Max(0, closes - ServerNow())) + _options.MaxReconcileWait;
        var notFound = new int[intents.Count];
        var noAnswer = new int[intents.Count];
        for (var round = 0; ; round++)
        {
            var pending = 0;
            for (var i = 0; i < intents.Count; i++)
            {
                if (results[i] is not null)
                {
                    continue;
                }

                var intent = intents[i];
                var sentAt = ServerNow();
                var (status, orderId, orderStatus) = await LookUpAsync(intent, cancellationToken).ConfigureAwait(false);
                switch (status)
                {
                    case BinanceRecoveryStatus.Placed:
                        await _journal.RecordOutcomeAsync(intent.ClientOrderId, BinanceOrderIntentState.Placed, orderId, cancellationToken).ConfigureAwait(false);
                        results[i] = new BinanceRecoveredOrder(intent with { State = BinanceOrderIntentState.Placed, OrderId = orderId }, BinanceRecoveryStatus.Placed, orderId, orderStatus);
                        break;
                    case BinanceRecoveryStatus.NotPlaced when ++notFound[i] >= _options.MinNotFoundLookups && sentAt >= closes:
                        await _journal.RecordOutcomeAsync(intent.ClientOrderId, BinanceOrderIntentState.NotPlaced, null, cancellationToken).ConfigureAwait(false);
                        results[i] = new BinanceRecoveredOrder(intent with { State = BinanceOrderIntentState.NotPlaced }, BinanceRecoveryStatus.NotPlaced, null, null);
                        break;
                    case BinanceRecoveryStatus.Unknown when ++noAnswer[i] >= _options.ReconcileAttempts:
                        results[i] = new BinanceRecoveredOrder(intent, BinanceRecoveryStatus.Unknown, null, null);
                        break;
                    default:
                        pending++;
                        break;
                }
            }

            if (pending == 0)
            {
                return Counted(results!);
            }

            var wait = _options.RetryBaseDelay * (1 << Math.Min(round, 6));
            var untilClosed = TimeSpan.FromMilliseconds(Math.Max(0, closes - ServerNow()));
            if (round + 2 >= _options.MinNotFoundLookups && untilClosed > wait)
            {
                wait = untilClosed;
            }

            if (time.GetElapsedTime(started) + wait > budget)
            {
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] ??= new BinanceRecoveredOrder(intents[i], BinanceRecoveryStatus.Unknown, null, null);
                }

                return Counted(results!);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private BinanceRecoveredOrder[] Counted(BinanceRecoveredOrder[] results)
    {
        foreach (var result in results)
        {
            _metrics?.Recovered(result.Intent.Venue, result.Status);
        }

        return results;
    }

    /// <summary>The server clock offset from one time request; <see langword="null"/> when the exchange did not answer.</summary>
    private async Task<long?> ServerOffsetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var sent = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            using var response = await _client.GetAsync(EndpointTable.TimePath(_options.Venue), cancellationToken).ConfigureAwait(false);
            var received = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            return json.RootElement.TryGetProperty("serverTime", out var t) && t.TryGetInt64(out var ms) ? ms - (sent + ((received - sent) / 2)) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or BinanceApiException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    /// <summary>One look-up: placed (with id and status), not placed (-2013), or unknown (no usable answer).</summary>
    private async Task<(BinanceRecoveryStatus Status, long? OrderId, string? OrderStatus)> LookUpAsync(BinanceOrderIntent intent, CancellationToken cancellationToken)
    {
        var isList = OrderListQuery.IsPlacement(intent.Path);

        // The same look-up the pipeline uses for the endpoint: orders by origClientOrderId, USDⓈ-M algo orders by clientAlgoId.
        var lookup = EndpointTable.Find(new HttpMethod(intent.Method), intent.Path).Reconciliation;
        var (path, query) = lookup.Request(intent.Venue, isList, intent.Symbol, intent.ClientOrderId, null);
        try
        {
            using var response = await _client.GetAsync(path + "?" + query, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                var algo = lookup.Path is not null;
                long? id = root.TryGetProperty(isList ? "orderListId" : lookup.OrderIdParameter, out var idElement) && idElement.TryGetInt64(out var value) ? value : null;
                var status = root.TryGetProperty(isList ? "listOrderStatus" : algo ? "algoStatus" : "status", out var s) ? s.GetString() : null;
                return (BinanceRecoveryStatus.Placed, id, status);
            }

            var classified = BinanceErrorClassifier.Classify(intent.Venue, (int)response.StatusCode, body);
            var error = isList ? OrderListQuery.NotFoundAware(classified) : classified;
            return (error.Kind == BinanceErrorKind.OrderNotFound ? BinanceRecoveryStatus.NotPlaced : BinanceRecoveryStatus.Unknown, null, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or BinanceApiException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (BinanceRecoveryStatus.Unknown, null, null);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Binance order recovery ({BinanceVenueNames.Of(_options.Venue)})");
}
