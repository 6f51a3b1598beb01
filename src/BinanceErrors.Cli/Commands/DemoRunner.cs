using System.Globalization;
using BinanceErrors.Cli.Output;
using BinanceErrors.Http;
using BinanceErrors.Sandbox;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The one demo runner, over a venue adapter (<see cref="DemoVenue"/>: Spot, USDⓈ-M, COIN-M) and a transport
/// (<see cref="DemoExchange"/>: REST or the WebSocket API): starts or checks the sandbox, injects the scripted or chaos
/// faults, places every order of the plan exactly once (journalled; unknown outcomes settled, never resent blindly),
/// recovers a crashed run first on <c>--resume</c>, shows progress, and ends with a count made on the exchange.
/// </summary>
internal static class DemoRunner
{
    /// <summary>In a WebSocket chaos run, every this many orders the sandbox sends <c>serverShutdown</c> while an order goes out.</summary>
    private const int ServerShutdownEvery = 50;

    public static async Task<int> RunAsync(CliConsole console, Uri? external, DemoSettings settings, DemoJournal journal, DemoPlan plan, DemoVenue venue, CancellationToken cancellationToken)
    {
        var (count, faults, seed, json, transport) = (plan.Orders, settings.Faults, plan.Seed, settings.Json, settings.Transport);
        var market = plan.OrderType == "MARKET";
        await using var sandbox = external is null ? await SandboxStart.StartAsync(SandboxOptions(venue), cancellationToken).ConfigureAwait(false) : null;
        var baseAddress = external ?? sandbox!.BaseAddress;
        var runId = plan.RunId;
        var options = new BinanceClientOptions
        {
            Venue = venue.Venue,
            Credentials = BinanceCredentials.Hmac(settings.ApiKey, settings.ApiSecret),
            RetryBaseDelay = TimeSpan.FromMilliseconds(25),
            ReconcileAttempts = 6,
            AttemptTimeout = TimeSpan.FromSeconds(5),

            // A short window keeps the wait before a proven-absent resend (and recovery's proof) near 1.5 s (the default 5 s + 2 s is safer on a real exchange).
            RecvWindow = TimeSpan.FromSeconds(1),
            ReconcileSettleMargin = TimeSpan.FromMilliseconds(500),
            OrderJournal = journal.Intents,
            IpGroup = settings.IpGroup,
        };
        if (external is null)
        {
            options.OrderLimits.Clear();
            options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 10_000));
            options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromDays(1), 1_000_000));
        }

        using var counters = new DemoCounters();
        await using var limits = await DemoLimitStore.OpenAsync(settings.LimitStore, settings.FallbackShare, cancellationToken, settings.Meters).ConfigureAwait(false);
        await using DemoExchange exchange = transport == DemoTransport.Rest
            ? new DemoRestExchange(baseAddress, options, limits.Registry, journal.Intents)
            : new DemoWebSocketExchange(baseAddress, sandbox?.WebSocketAddress ?? WebSocketAddress(baseAddress, venue), options, limits.Registry, journal.Intents);
        using var admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var sandboxAdmin = new DemoAdmin(admin, baseAddress, journal);
        await sandboxAdmin.ConnectAsync(venue.Name, cancellationToken).ConfigureAwait(false);
        await ConnectAsync(exchange, cancellationToken).ConfigureAwait(false);
        var chaos = faults == DemoFaults.Chaos;
        if (chaos)
        {
            foreach (var rule in venue.ChaosRules(seed, transport))
            {
                await sandboxAdmin.AddFaultAsync(rule, cancellationToken).ConfigureAwait(false);
            }
        }

        var table = new Table().AddColumn("#");
        if (venue.ShowsOrderKind)
        {
            table.AddColumn("Order");
        }

        table.AddColumn("Fault").AddColumn("Classified as").AddColumn("Pipeline did").AddColumn("Outcome");
        var live = !json && console.Ansi.Profile.Capabilities.Ansi;
        if (!json && !live)
        {
            var mode = faults switch { DemoFaults.Chaos => "chaos", DemoFaults.None => "no faults", _ => "scripted faults" };
            await console.Output.WriteLineAsync($"Demo run {runId}: {venue.Describe(count, market, transport)} at {exchange.Address} ({mode}), limits in {limits.Description}").ConfigureAwait(false);
        }

        if (settings.Resume)
        {
            // Recovery first: every intent the crashed run left open is settled before anything new is sent.
            var recovered = await exchange.Recovery.RecoverAsync(cancellationToken).ConfigureAwait(false);
            if (!json)
            {
                await console.Output.WriteLineAsync($"Recovered run {runId}: {recovered.Count(r => r.Status == BinanceRecoveryStatus.Placed)} placed, {recovered.Count(r => r.Status == BinanceRecoveryStatus.NotPlaced)} not placed, {recovered.Count(r => r.Status == BinanceRecoveryStatus.Unknown)} still unknown").ConfigureAwait(false);
            }
        }

        var script = venue.Script(transport);
        var shutdowns = 0;

        // Orders finished (placed and cancelled, or rejected, or settled before a crash); after Ctrl+C only these are counted.
        var attempted = 0;
        async Task Work(Action refresh)
        {
            for (var i = 1; i <= count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var order = venue.Order(runId, i, market, transport);
                if (settings.Resume && await journal.Intents.FindAsync(order.ClientId, cancellationToken).ConfigureAwait(false) is { State: not BinanceOrderIntentState.NotPlaced } done)
                {
                    // Placed before the crash (or still unknown after recovery: never placed again blindly); a resting one is cancelled.
                    if (done.State == BinanceOrderIntentState.Placed)
                    {
                        await DemoOrders.FinishAsync(exchange, order, console.Time, cancellationToken).ConfigureAwait(false);
                    }

                    attempted = i;
                    continue;
                }

                var step = faults switch
                {
                    DemoFaults.Chaos => DemoStep.Chaos,
                    DemoFaults.None => script[0],
                    _ => script[(i - 1) % script.Count],
                };
                var before = counters.Snapshot();
                foreach (var rule in step.Rules(venue.Targets(order, transport)))
                {
                    await sandboxAdmin.AddFaultAsync(rule, cancellationToken).ConfigureAwait(false);
                }

                if (step.ClockShiftMs != 0)
                {
                    await sandboxAdmin.ShiftClockAsync(step.ClockShiftMs, cancellationToken).ConfigureAwait(false);
                }

                if (step.Ban)
                {
                    await PollAsync(exchange, venue, transport, cancellationToken).ConfigureAwait(false);
                }

                // serverShutdown races the order: the connection is replaced while the order goes out, and neither is lost.
                Task? shutdown = null;
                if (step.ServerShutdown || (chaos && transport == DemoTransport.WebSocket && i % ServerShutdownEvery == ServerShutdownEvery / 2))
                {
                    shutdown = sandboxAdmin.ServerShutdownAsync(cancellationToken);
                    shutdowns++;
                }

                var (classified, outcome) = await DemoOrders.PlaceAsync(exchange, journal.Intents, order, console.Time, cancellationToken).ConfigureAwait(false);
                if (shutdown is not null)
                {
                    await shutdown.ConfigureAwait(false);
                }

                var did = counters.Describe(before);
                attempted = i;
                string[] row = venue.ShowsOrderKind
                    ? [i.ToString(CultureInfo.InvariantCulture), order.Kind, step.Name, classified, did, outcome]
                    : [i.ToString(CultureInfo.InvariantCulture), step.Name, classified, did, outcome];
                if (live)
                {
                    table.AddRow(row.Select(c => new Text(c)).ToArray());
                    refresh();
                }
                else if (!json)
                {
                    var line = venue.ShowsOrderKind
                        ? $"{i,4}  {order.Kind,-16} {step.Name,-52} {classified,-28} {did,-40} {outcome}"
                        : $"{i,4}  {step.Name,-48} {classified,-28} {did,-40} {outcome}";
                    await console.Output.WriteLineAsync(line.TrimEnd()).ConfigureAwait(false);
                }
            }
        }

        var interrupted = false;
        try
        {
            if (live)
            {
                await console.Ansi.Live(table).StartAsync(ctx => Work(ctx.Refresh)).ConfigureAwait(false);
            }
            else
            {
                await Work(() => { }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop placing, but still count what reached the exchange so far (a --journal run can be resumed).
            interrupted = true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A run that fails leaves none of its fault rules on a sandbox that keeps running.
            await sandboxAdmin.TryRemoveOwnFaultsAsync().ConfigureAwait(false);
            throw;
        }

        // The count is made even after Ctrl+C, so it must not use the cancelled token; it is bounded by the admin timeout.
        var intended = interrupted ? attempted : count;
        var counted = await sandboxAdmin.CountRunAsync(runId, intended).ConfigureAwait(false);
        var (exactlyOnce, duplicates, missing) = counted;
        var totals = counters.Snapshot();
        var connections = (exchange as DemoWebSocketExchange)?.ConnectionsOpened;
        if (json)
        {
            await console.Output.WriteLineAsync(JsonOutput.Write(
                w =>
                {
                    w.WriteStartObject();
                    w.WriteString("runId", runId);

                    // Spot over REST keeps the object it always had; every other run names its venue (and a WebSocket run its transport).
                    if (venue.Name != "spot" || transport != DemoTransport.Rest)
                    {
                        w.WriteString("venue", venue.Name);
                    }

                    if (transport == DemoTransport.WebSocket)
                    {
                        w.WriteString("transport", "ws");
                    }

                    w.WriteNumber("intended", intended);
                    w.WriteNumber("exactlyOnce", exactlyOnce);
                    w.WriteNumber("duplicates", duplicates);
                    w.WriteNumber("missing", missing);
                    w.WriteNumber("retries", totals.Retries);
                    w.WriteNumber("reconciliations", totals.Reconciliations);
                    w.WriteNumber("rateLimited", totals.RateLimited);
                    w.WriteNumber("banned", totals.Banned);
                    w.WriteString("limitStore", limits.Kind);
                    w.WriteNumber("limitStoreFallbacks", limits.Fallbacks);
                    w.WriteBoolean("limitStoreShared", limits.Shared);
                    if (connections is { } opened)
                    {
                        w.WriteNumber("faultsInjected", counted.FaultsInjected);
                        w.WriteNumber("serverShutdowns", shutdowns);
                        w.WriteNumber("connectionsOpened", opened);
                    }

                    w.WriteEndObject();
                },
                indented: true)).ConfigureAwait(false);
        }
        else
        {
            var summary = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            summary.AddRow(new Text("Orders intended:"), new Text(interrupted ? $"{intended} (interrupted; {count} asked for)" : venue.Intended(count, market, transport)));
            summary.AddRow(new Text("Exactly once:"), new Text($"{exactlyOnce}/{intended} (counted on the exchange)"));
            summary.AddRow(new Text("Duplicates:"), new Text(duplicates.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Missing:"), new Text(missing.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Retries:"), new Text(totals.Retries.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Reconciliations:"), new Text(totals.Reconciliations.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Rate limited / banned:"), new Text($"{totals.RateLimited} / {totals.Banned}"));
            summary.AddRow(new Text("Faults injected:"), new Text(counted.FaultsInjected.ToString(CultureInfo.InvariantCulture)));
            if (connections is { } opened)
            {
                summary.AddRow(new Text("Connections:"), new Text(string.Create(CultureInfo.InvariantCulture, $"{opened} opened, {shutdowns} serverShutdown")));
            }

            summary.AddRow(new Text("Limit store:"), new Text(limits.Kind == "memory" ? "memory (this process)" : $"redis, {limits.Fallbacks} calls answered locally, {(limits.Shared ? "shared" : "local")} at the end"));
            console.Ansi.Write(summary);
        }

        if (interrupted)
        {
            await console.Error.WriteLineAsync($"binance-errors: interrupted after {attempted} of {count} orders.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        return exactlyOnce == count && duplicates == 0 ? ExitCodes.Success : ExitCodes.Rejected;
    }

    /// <summary>The WebSocket API of an external sandbox: its venue's path on the same host and port (ws, or wss for https).</summary>
    private static Uri WebSocketAddress(Uri baseAddress, DemoVenue venue) =>
        new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = venue.WebSocketPath, Query = string.Empty }.Uri;

    /// <summary>Opens the WebSocket connection before the first order, so a sandbox that does not serve it is one sentence, not a failed order.</summary>
    private static async Task ConnectAsync(DemoExchange exchange, CancellationToken cancellationToken)
    {
        try
        {
            await exchange.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or HttpRequestException or BinanceException)
        {
            throw new CliUsageException($"{exchange.Address} does not answer as a WebSocket API: {ex.Message.TrimEnd('.')}.", ex);
        }
    }

    /// <summary>The read that trips a scripted ban, as a polling loop would; a pipeline that already holds a ban refuses it.</summary>
    private static async Task PollAsync(DemoExchange exchange, DemoVenue venue, DemoTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            await exchange.SendAsync(venue.Poll(transport), [new("symbol", venue.Symbol)], RequestIntent.Read, cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceRateLimitException)
        {
            // Halted already: the order waits for the ban to end.
        }
    }

    private static SandboxOptions SandboxOptions(DemoVenue venue) => new()
    {
        Venue = venue.SandboxVenue,

        // The default weight limit; order limits high enough that a long demo never waits for the 10-second window.
        RateLimits =
        [
            new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, 6000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 10_000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Day, 1, 1_000_000),
        ],
        BanDurations = [TimeSpan.FromSeconds(2)],
    };
}
