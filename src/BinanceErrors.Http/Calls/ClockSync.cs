using System.Text.Json;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// Keeps the server clock of a host measured for signing: before a signed call when the last measurement is older than
/// <see cref="BinanceClientOptions.ClockResyncInterval"/>, and again after -1021. The offset is taken at the midpoint of
/// a server time request's round trip; the request goes through the core's limits like any other, and a wait for a
/// window before it left is not counted in the round trip.
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <typeparam name="TResponse">What it answers with.</typeparam>
internal sealed class ClockSync<TRequest, TResponse>(CallCore<TRequest, TResponse> core, ILogger logger)
    where TRequest : class
    where TResponse : class
{
    /// <summary>Whether <paramref name="call"/> is signed and its host's clock is due for a measurement.</summary>
    /// <param name="call">The call about to be sent.</param>
    /// <returns><see langword="true"/> to measure first.</returns>
    public bool IsDue(CallState call) =>
        call.Signed && call.Clock(core.Registry, core.Options.Venue, core.Options.TimeProvider).IsStale(core.Options.ClockResyncInterval);

    /// <summary>Measures the server clock offset of the host of <paramref name="like"/>.</summary>
    /// <param name="like">A request to that host.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>A task that completes when measured (or when the exchange did not say).</returns>
    public async Task SyncAsync(CallState like, CancellationToken cancellationToken)
    {
        var options = core.Options;
        var clock = core.Registry.Clock(options.Venue, like.Authority, options.TimeProvider);
        var time = core.Transport.ServerTime(like);
        var sent = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var outcome = await core.AttemptAsync(time.Request, time.State, cancellationToken).ConfigureAwait(false);
        if (outcome.Exception is { } lost && lost is not BinanceException && core.Transport.IsNoAnswer(lost) && !cancellationToken.IsCancellationRequested)
        {
            // A read whose answer was lost (a WebSocket connection closing under it) is asked once more: on a new
            // connection it is answered.
            time = core.Transport.ServerTime(like);
            sent = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            outcome = await core.AttemptAsync(time.Request, time.State, cancellationToken).ConfigureAwait(false);
        }

        outcome.ThrowIfException();
        var response = outcome.Result!;
        try
        {
            var received = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

            // A wait for a limit window before the request left is not part of the round trip.
            if (time.State.SentAtMs is >= 0 and var left)
            {
                sent = left;
            }

            if (!core.Reader.Succeeded(response))
            {
                return;
            }

            using var json = JsonDocument.Parse(await core.Reader.ReadResultAsync(response, cancellationToken).ConfigureAwait(false));
            if (json.RootElement.TryGetProperty("serverTime", out var serverTime) && serverTime.TryGetInt64(out var ms))
            {
                var offset = clock.Record(ms, sent, received);
                core.Registry.Metrics.ClockResynced(options.Venue, offset);
                Log.ClockSynced(logger, BinanceVenueNames.Of(options.Venue), offset, received - sent);
            }
        }
        finally
        {
            core.Reader.Release(response);
        }
    }
}
