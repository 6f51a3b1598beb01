using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using BinanceErrors.Http;
using BinanceErrors.Sandbox;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// <c>binance-errors demo --venue usdm</c> (or <c>coinm</c>): the exactly-once session on futures. On USDⓈ-M odd orders are LIMIT (or, with
/// <c>--order-type market</c>, MARKET) orders on <c>/fapi/v1/order</c> (reconciled by <c>origClientOrderId</c>), even
/// ones STOP_MARKET algo orders on <c>/fapi/v1/algoOrder</c> (reconciled by <c>clientAlgoId</c>); resting ones are
/// cancelled after they are placed. Every intent is journalled (<c>--journal</c>, or a temporary file) and unknown
/// outcomes are settled by recovery, as on Spot. Faults include the futures 503 texts: "Unknown error, …" (execution
/// unknown) and "Service Unavailable." (certainly not executed). On COIN-M every order is a LIMIT (or MARKET) order of
/// one contract on <c>/dapi/v1/order</c> (BTCUSD_PERP), with the same faults.
/// </summary>
internal static class FuturesDemo
{
    private const string UnknownText = "Unknown error, please check your request or try again later.";
    private const string UnavailableText = "Service Unavailable.";

    private static readonly JsonSerializerOptions Admin = new(JsonSerializerDefaults.Web);

    /// <summary>One scripted fault, built for the path the order goes to.</summary>
    private sealed record Step(string Name, Func<string, FaultRule[]> Rules, long ClockShiftMs = 0, bool Ban = false);

    private static readonly Step[] Script =
    [
        new("none (baseline)", _ => []),
        new("503 \"Unknown error, …\" after the order executed", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText }]),
        new("503 \"Service Unavailable.\" before the engine", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Status = 503, Message = UnavailableText }]),
        new("connection dropped after the order executed", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Timing = FaultTiming.AfterExecution, Abort = true }]),
        new("HTML 502 from the CDN after the order executed", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Timing = FaultTiming.AfterExecution, Status = 502 }]),
        new("HTTP 500 -1007 after the order executed", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1007 }]),
        new("server clock moved 1 h ahead (-1021)", _ => [], ClockShiftMs: 3_600_000),
        new("HTTP 429 -1003 (rate limit)", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Status = 429, Code = -1003 }]),
        new("HTTP 503 -1008 (overloaded, not executed)", p => [new FaultRule { Method = "POST", Path = p, Count = 1, Status = 503, Code = -1008 }]),
        new("503 \"Unknown error, …\" on the cancel after it executed", p => [new FaultRule { Method = "DELETE", Path = p, Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText }]),
        new("IP banned for 2 s (418)", p => [new FaultRule { Method = "GET", Path = p[..5] + "/v1/ticker/price", Count = 1, BanSeconds = 2 }], Ban: true),
    ];

    public static async Task<int> RunAsync(CliConsole console, Uri? external, DemoSettings settings, DemoJournal journal, DemoPlan plan, CancellationToken cancellationToken, FuturesDemoVenue? venue = null)
    {
        venue ??= FuturesDemoVenue.UsdM;
        var (count, faults, seed, json) = (plan.Orders, settings.Faults, plan.Seed, settings.Json);
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

            // As on Spot: a short window keeps the wait before a proven-absent resend (and recovery's proof) near 1.5 s.
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
        using var client = BinanceHttpClientFactory.Create(baseAddress, options, registry: limits.Registry);
        var recovery = new BinanceOrderRecovery(client, journal.Intents, options, limits.Registry.Metrics);
        using var admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var sandboxAdmin = new DemoAdmin(admin, baseAddress, journal);
        await sandboxAdmin.ConnectAsync(venue.Name, cancellationToken).ConfigureAwait(false);
        var chaos = faults == DemoFaults.Chaos;
        if (chaos)
        {
            foreach (var rule in ChaosRules(seed, venue))
            {
                await sandboxAdmin.AddFaultAsync(rule, cancellationToken).ConfigureAwait(false);
            }
        }

        var table = new Table().AddColumn("#").AddColumn("Order").AddColumn("Fault").AddColumn("Classified as").AddColumn("Pipeline did").AddColumn("Outcome");
        var live = !json && console.Ansi.Profile.Capabilities.Ansi;
        if (!json && !live)
        {
            await console.Output.WriteLineAsync($"Demo run {runId}: {count} {venue.Title} orders on {venue.Symbol} ({(market ? "MARKET" : "LIMIT")}{(venue.HasAlgoService ? " and algo STOP_MARKET, alternating" : string.Empty)}) at {baseAddress} ({faults switch { DemoFaults.Chaos => "chaos", DemoFaults.None => "no faults", _ => "scripted faults" }}), limits in {limits.Description}").ConfigureAwait(false);
        }

        if (settings.Resume)
        {
            // Recovery first: every intent the crashed run left open is settled before anything new is sent.
            var recovered = await recovery.RecoverAsync(cancellationToken).ConfigureAwait(false);
            if (!json)
            {
                await console.Output.WriteLineAsync($"Recovered run {runId}: {recovered.Count(r => r.Status == BinanceRecoveryStatus.Placed)} placed, {recovered.Count(r => r.Status == BinanceRecoveryStatus.NotPlaced)} not placed, {recovered.Count(r => r.Status == BinanceRecoveryStatus.Unknown)} still unknown").ConfigureAwait(false);
            }
        }

        // Orders finished (placed and cancelled, or rejected); after Ctrl+C only these are counted.
        var attempted = 0;
        async Task Work(Action refresh)
        {
            for (var i = 1; i <= count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var order = new FuturesDemoOrder(runId, i, market, venue);
                if (settings.Resume && await journal.Intents.FindAsync(order.ClientId, cancellationToken).ConfigureAwait(false) is { State: not BinanceOrderIntentState.NotPlaced } done)
                {
                    // Placed before the crash (or still unknown after recovery: never placed again blindly); a resting one is cancelled.
                    if (done.State == BinanceOrderIntentState.Placed && order.Rests)
                    {
                        using var cancel = await client.DeleteAsync(order.CancelPath, cancellationToken).ConfigureAwait(false);
                    }

                    attempted = i;
                    continue;
                }

                var step = faults switch
                {
                    DemoFaults.Chaos => new Step("random (chaos)", _ => []),
                    DemoFaults.None => Script[0],
                    _ => Script[(i - 1) % Script.Length],
                };
                var before = counters.Snapshot();
                foreach (var rule in step.Rules(order.PlacePath))
                {
                    await sandboxAdmin.AddFaultAsync(rule, cancellationToken).ConfigureAwait(false);
                }

                if (step.ClockShiftMs != 0)
                {
                    await admin.PostAsJsonAsync("/sandbox/clock", new { shiftMs = step.ClockShiftMs }, Admin, cancellationToken).ConfigureAwait(false);
                }

                if (step.Ban)
                {
                    // The ban is triggered by a read, as a polling loop would; a pipeline that already holds a ban refuses it.
                    try
                    {
                        using var poll = await client.GetAsync($"{venue.Prefix}/v1/ticker/price?symbol={venue.Symbol}", cancellationToken).ConfigureAwait(false);
                    }
                    catch (BinanceRateLimitException)
                    {
                        // Halted already: the order below waits for the ban to end.
                    }
                }

                var (classified, outcome) = await PlaceAsync(client, recovery, journal.Intents, order, venue.Venue, console.Time, cancellationToken).ConfigureAwait(false);
                var did = counters.Describe(before);
                attempted = i;
                string[] row = [i.ToString(CultureInfo.InvariantCulture), order.Kind, step.Name, classified, did, outcome];
                if (live)
                {
                    table.AddRow(row.Select(c => new Text(c)).ToArray());
                    refresh();
                }
                else if (!json)
                {
                    await console.Output.WriteLineAsync($"{i,4}  {row[1],-16} {step.Name,-52} {classified,-28} {did,-40} {outcome}").ConfigureAwait(false);
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
        var (exactlyOnce, duplicates, missing) = await sandboxAdmin.CountRunAsync(runId, intended).ConfigureAwait(false);
        var totals = counters.Snapshot();
        if (json)
        {
            await console.Output.WriteLineAsync(JsonOutput.Write(
                w =>
                {
                    w.WriteStartObject();
                    w.WriteString("runId", runId);
                    w.WriteString("venue", venue.Name);
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
                    w.WriteEndObject();
                },
                indented: true)).ConfigureAwait(false);
        }
        else
        {
            var summary = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            summary.AddRow(new Text("Orders intended:"), new Text(interrupted
                ? $"{intended} (interrupted; {count} asked for)"
                : venue.HasAlgoService ? $"{count} ({(count + 1) / 2} {(market ? "MARKET" : "LIMIT")}, {count / 2} algo)" : $"{count} {(market ? "MARKET" : "LIMIT")}"));
            summary.AddRow(new Text("Exactly once:"), new Text($"{exactlyOnce}/{intended} (counted on the exchange)"));
            summary.AddRow(new Text("Duplicates:"), new Text(duplicates.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Missing:"), new Text(missing.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Retries:"), new Text(totals.Retries.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Reconciliations:"), new Text(totals.Reconciliations.ToString(CultureInfo.InvariantCulture)));
            summary.AddRow(new Text("Rate limited / banned:"), new Text($"{totals.RateLimited} / {totals.Banned}"));
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

    /// <summary>
    /// Places one order (and cancels it when it rests), waiting out bans and halts; an unknown outcome the pipeline
    /// could not settle is settled by recovery from the journal, with the same proof of absence, before it is placed again.
    /// </summary>
    private static async Task<(string Classified, string Outcome)> PlaceAsync(HttpClient client, BinanceOrderRecovery recovery, IBinanceOrderJournal journal, FuturesDemoOrder order, BinanceVenue venue, TimeProvider time, CancellationToken cancellationToken)
    {
        var waited = string.Empty;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.PostAsync(order.PlaceQuery, null, cancellationToken).ConfigureAwait(false);
                var reconciled = response.Headers.TryGetValues(BinanceResilienceHandler.ReconciledHeader, out var values) ? values.First() : null;
                if (!response.IsSuccessStatusCode)
                {
                    var error = BinanceErrorClassifier.Classify(venue, (int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                    return ($"{error.Code} {error.Kind}", "rejected: " + error.Message);
                }

                var done = await FinishAsync(client, order, cancellationToken).ConfigureAwait(false);
                return (reconciled is null ? "ok" : "unknown outcome", (reconciled is null ? done : $"{done} (order {reconciled} by lookup)") + waited);
            }
            catch (BinanceRateLimitException limited) when (attempt < 3)
            {
                var wait = limited.RetryAfter ?? TimeSpan.FromSeconds(1);
                waited = $" after waiting {wait.TotalSeconds:0.#} s ({(limited.IsBan ? "ban" : "halt")})";
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (BinanceExecutionUnknownException) when (attempt < 3)
            {
                // Settle the journalled intent with the rule recovery uses after a crash; place again (same id) only when absence is proven.
                var intent = await journal.FindAsync(order.ClientId, cancellationToken).ConfigureAwait(false);
                var settled = intent is null ? null : (await recovery.RecoverAsync([intent], cancellationToken).ConfigureAwait(false))[0];
                switch (settled?.Status)
                {
                    case BinanceRecoveryStatus.Placed:
                        return ("ExecutionUnknown", $"found by recovery, {await FinishAsync(client, order, cancellationToken).ConfigureAwait(false)}{waited}");
                    case BinanceRecoveryStatus.NotPlaced:
                        waited = " after recovery proved it absent";
                        break;
                    default:
                        return ("ExecutionUnknown", $"still unknown after recovery ({order.ClientId})");
                }
            }
            catch (BinanceExecutionUnknownException unknown)
            {
                return ("ExecutionUnknown", $"still unknown after look-ups ({unknown.ClientOrderId})");
            }
        }
    }

    /// <summary>Cancels a resting order (a MARKET order has filled: nothing to cancel).</summary>
    private static async Task<string> FinishAsync(HttpClient client, FuturesDemoOrder order, CancellationToken cancellationToken)
    {
        if (!order.Rests)
        {
            return "filled";
        }

        using var cancel = await client.DeleteAsync(order.CancelPath, cancellationToken).ConfigureAwait(false);
        return cancel.IsSuccessStatusCode ? "placed, then cancelled" : $"placed; cancel answered {(int)cancel.StatusCode}";
    }

    private static SandboxOptions SandboxOptions(FuturesDemoVenue venue) => new()
    {
        Venue = venue.SandboxVenue,
        RateLimits =
        [
            new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, 6000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 10_000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Day, 1, 1_000_000),
        ],
        BanDurations = [TimeSpan.FromSeconds(2)],
    };

    private static IEnumerable<FaultRule> ChaosRules(int seed, FuturesDemoVenue venue)
    {
        var s = seed;
        foreach (var path in venue.HasAlgoService ? new[] { venue.OrderPath, venue.AlgoPath } : [venue.OrderPath])
        {
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Status = 503, Message = UnavailableText };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1007 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 502 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.02m, Seed = s++, Status = 503, Code = -1008 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.02m, Seed = s++, Status = 429, Code = -1003 };
            yield return new FaultRule { Method = "POST", Path = path, Probability = 0.01m, Seed = s++, ClockShiftMs = 120_000 };
            yield return new FaultRule { Method = "GET", Path = path, Probability = 0.05m, Seed = s++, Status = 503, Message = UnavailableText };
            yield return new FaultRule { Method = "DELETE", Path = path, Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Message = UnknownText };
            yield return new FaultRule { Method = "DELETE", Path = path, Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        }

        yield return new FaultRule { Probability = 0.05m, Seed = s, DelayMs = 20 };
    }
}
