using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Cli.Output;
using BinanceErrors.Http;
using BinanceErrors.Sandbox;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// <c>binance-errors demo</c>: a scripted trading session through the resilient pipeline against the sandbox, with
/// a fault injected before (or after) each order, ending with an exactly-once count made on the exchange itself.
/// </summary>
internal static class DemoCommand
{
    private static readonly JsonSerializerOptions Admin = new(JsonSerializerDefaults.Web);

    /// <summary>One scripted fault: what is injected before an order, in words for the table.</summary>
    private sealed record Step(string Name, FaultRule[] Rules, long ClockShiftMs = 0);

    private static readonly Step[] Script =
    [
        new("none (baseline)", []),
        new("HTTP 503 -1007 after the order executed", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 }]),
        new("HTTP 500 -1006 after the order executed", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1006 }]),
        new("connection dropped after the order executed", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Abort = true }]),
        new("HTML 502 from the CDN after the order executed", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 502 }]),
        new("-1007 before the order reached the engine", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Status = 500, Code = -1007 }]),
        new("server clock moved 1 h ahead (-1021)", [], ClockShiftMs: 3_600_000),
        new("HTTP 429 -1003 (rate limit)", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Status = 429, Code = -1003 }]),
        new("HTTP 503 -1008 (overloaded, not executed)", [new FaultRule { Method = "POST", Path = "/api/v3/order", Count = 1, Status = 503, Code = -1008 }]),
        new("-1007 on the cancel after it executed", [new FaultRule { Method = "DELETE", Path = "/api/v3/order", Count = 1, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 }]),
        new("IP banned for 2 s (418)", [new FaultRule { Method = "GET", Path = "/api/v3/ticker/price", Count = 1, BanSeconds = 2 }]),
    ];

    public static Command Create(CliConsole console)
    {
        var baseUrl = new Option<string?>("--base-url") { Description = "An external sandbox to run against (loopback only unless --allow-remote). Default: an in-process sandbox." };
        var apiKey = new Option<string>("--api-key") { Description = "The API key of the external sandbox.", DefaultValueFactory = _ => "sandboxkey" };
        var apiSecret = new Option<string>("--api-secret") { Description = "The HMAC secret of the external sandbox.", DefaultValueFactory = _ => "sandbox-secret" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow a non-loopback --base-url (the demo places orders there)." };
        var orders = new Option<int>("--orders") { Description = "How many orders to place.", DefaultValueFactory = _ => 12 };
        var faults = new Option<string?>("--faults") { Description = "Which faults to inject: none, script (the default: one fault kind per order, in a cycle) or chaos (random faults of every kind, 418 bans included)." };
        var chaos = new Option<bool>("--chaos") { Description = "Same as --faults chaos." };
        var limitStore = new Option<string?>("--limit-store") { Description = "Where limits and bans live: memory (the default, this process) or redis://HOST:PORT (shared by every process using it)." };
        var ipGroup = new Option<string?>("--ip-group") { Description = "The egress IP group this process counts its weight and bans under. Default: the host." };
        var fallbackShare = new Option<decimal>("--fallback-share") { Description = "The share of each limit this process uses while Redis is down (1/N for N processes).", DefaultValueFactory = _ => 1m };
        var seed = new Option<int>("--seed") { Description = "Seed of the chaos faults and the run id.", DefaultValueFactory = _ => Environment.TickCount };
        var orderType = new Option<string>("--order-type") { Description = "limit (rests below the market, then cancelled) or market (fills at once: the case a duplicate-id check cannot catch).", DefaultValueFactory = _ => "limit" };
        orderType.AcceptOnlyFromAmong("limit", "market");
        var journal = new Option<string?>("--journal") { Description = "A SQLite file recording the run's plan and every order intent before it is sent (crash-safe)." };
        var resume = new Option<bool>("--resume") { Description = "Continue the run recorded in --journal after a crash: same runId and client order ids, recovery first. Needs --base-url." };
        var json = new Option<bool>("--json") { Description = "Write only a final JSON object: runId, intended, exactlyOnce, duplicates, missing, retries, reconciliations, rateLimited, banned, limitStore, limitStoreFallbacks, limitStoreShared." };
        var venue = new Option<string>("--venue") { Description = "spot (/api/v3), usdm (USDⓈ-M futures: LIMIT or MARKET orders and algo stops on /fapi) or coinm (COIN-M futures: LIMIT or MARKET orders of one contract on /dapi); journal, resume and limit store as on Spot.", DefaultValueFactory = _ => "spot" };
        venue.AcceptOnlyFromAmong("spot", "usdm", "coinm");
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve the client's metrics in Prometheus text at http://127.0.0.1:PORT/metrics during the run (0 picks a free port; the URL goes to standard error)." };
        var metricsLinger = new Option<double?>("--metrics-linger") { Description = "Keep serving metrics this many seconds after the run, so a scraper sees the final counts (needs --metrics-port)." };
        var command = new Command("demo", "Run a trading session against the sandbox through the resilient pipeline while injecting every fault kind; end with an exactly-once count.")
        {
            baseUrl, apiKey, apiSecret, allowRemote, orders, faults, chaos, limitStore, ipGroup, fallbackShare, seed, orderType, journal, resume, json, venue, metricsPort, metricsLinger,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            MetricsEndpoint.Validate(result.GetValue(metricsPort), result.GetValue(metricsLinger));
            await using var metrics = await MetricsEndpoint.StartAsync(console, result.GetValue(metricsPort), OpenTelemetry.Metrics.BinanceErrorsMeterProviderBuilderExtensions.MeterNames, cancellationToken).ConfigureAwait(false);
            var exitCode = await Run(result, metrics, cancellationToken).ConfigureAwait(false);
            if (metrics is not null)
            {
                await metrics.LingerAsync(result.GetValue(metricsLinger), console.Time, cancellationToken).ConfigureAwait(false);
            }

            return exitCode;
        });
        Task<int> Run(ParseResult result, MetricsEndpoint? metrics, CancellationToken cancellationToken) => RunAsync(
            console,
            result.GetValue(baseUrl),
            result.GetValue(apiKey)!,
            result.GetValue(apiSecret)!,
            result.GetValue(allowRemote),
            result.GetValue(orders),
            DemoFaultsOption.Resolve(result.GetValue(faults), result.GetValue(chaos)),
            new LimitSettings(result.GetValue(limitStore), result.GetValue(ipGroup), result.GetValue(fallbackShare), metrics?.Meters),
            result.GetValue(seed),
            new DemoRunOptions(result.GetValue(orderType)!, result.GetValue(journal), result.GetValue(resume))
            {
                PlanOptionsGiven = new Option[] { orders, seed, orderType, faults, chaos }.Where(o => CliArguments.Given(result, o)).Select(o => o.Name).ToHashSet(),
            },
            result.GetValue(json),
            result.GetValue(venue)!,
            cancellationToken);
        return command;
    }

    /// <summary>
    /// A resumed run keeps its recorded plan (the same orders, ids and faults), so an option that asks for another one is
    /// refused in one sentence instead of being silently ignored. Giving the recorded value again is fine; <c>--faults
    /// none</c> and <c>script</c> may change, as the plan records only whether the run is a chaos run.
    /// </summary>
    private static void RefuseConflicts(DemoPlan plan, IReadOnlySet<string> given, int count, DemoFaults faults, int seed, string orderType)
    {
        var conflicts = new List<string>();
        if (given.Contains("--orders") && count != plan.Orders)
        {
            conflicts.Add($"--orders {count} (it has {plan.Orders})");
        }

        if (given.Contains("--seed") && seed != plan.Seed)
        {
            conflicts.Add($"--seed {seed} (its seed is {plan.Seed})");
        }

        if (given.Contains("--order-type") && !string.Equals(orderType, plan.OrderType, StringComparison.OrdinalIgnoreCase))
        {
            conflicts.Add($"--order-type {orderType} (its orders are {plan.OrderType.ToLowerInvariant()})");
        }

        if ((given.Contains("--faults") || given.Contains("--chaos")) && (faults == DemoFaults.Chaos) != plan.Chaos)
        {
            conflicts.Add(plan.Chaos ? $"--faults {faults.ToString().ToLowerInvariant()} (it is a chaos run)" : "--chaos (it is not a chaos run)");
        }

        if (conflicts.Count > 0)
        {
            throw new CliUsageException($"--resume continues run {plan.RunId} as it was planned, so {string.Join(", ", conflicts)} cannot apply: leave {(conflicts.Count == 1 ? "it" : "them")} out, or start a new run with another --journal.");
        }
    }

    /// <summary>Where the demo keeps its limits.</summary>
    private sealed record LimitSettings(string? Store, string? IpGroup, decimal FallbackShare, System.Diagnostics.Metrics.IMeterFactory? Meters = null);

    private static async Task<int> RunAsync(CliConsole console, string? baseUrlText, string apiKey, string apiSecret, bool allowRemote, int count, DemoFaults faults, LimitSettings limitSettings, int seed, DemoRunOptions run, bool json, string venue, CancellationToken cancellationToken)
    {
        if (count is < 1 or > 100_000)
        {
            throw new CliUsageException($"--orders must be from 1 to 100000, not {count}.");
        }

        Uri? external = null;
        if (baseUrlText is not null)
        {
            if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out external) || external.Scheme is not ("http" or "https"))
            {
                throw new CliUsageException($"'{baseUrlText}' is not an http(s) URL.");
            }

            if (!external.IsLoopback && !allowRemote)
            {
                throw new CliUsageException($"'{external.Host}' is not a loopback address; the demo places orders, so pass --allow-remote to run it against another host.");
            }
        }

        if (run.Resume && run.JournalPath is null)
        {
            throw new CliUsageException("--resume needs --journal FILE: the run to continue is recorded there.");
        }

        if (run.Resume && external is null)
        {
            throw new CliUsageException("--resume needs --base-url: an in-process sandbox died with the crashed run, and with it the orders to count.");
        }

        using var journal = DemoJournal.Create(run.JournalPath);
        var plan = journal.ReadPlan();
        if (run.Resume)
        {
            plan = plan ?? throw new CliUsageException($"--resume: '{run.JournalPath}' holds no demo run to continue.");
            if (plan.Venue != venue)
            {
                throw new CliUsageException($"--resume: '{run.JournalPath}' holds a {plan.Venue} run; pass --venue {plan.Venue} to continue it.");
            }

            RefuseConflicts(plan, run.PlanOptionsGiven, count, faults, seed, run.OrderType);
            (count, faults, seed) = (plan.Orders, plan.Chaos ? DemoFaults.Chaos : faults, plan.Seed);
        }
        else if (plan is not null)
        {
            throw new CliUsageException($"--journal: '{run.JournalPath}' already holds run {plan.RunId}; pass --resume to continue it, or name a new file.");
        }
        else
        {
            plan = new DemoPlan(new Random(seed).Next().ToString("x8", CultureInfo.InvariantCulture)[..6], count, run.OrderType.ToUpperInvariant(), faults == DemoFaults.Chaos, seed, venue);
            journal.WritePlan(plan);
        }

        if (venue != "spot")
        {
            var settings = new DemoSettings(apiKey, apiSecret, faults, limitSettings.Store, limitSettings.IpGroup, limitSettings.FallbackShare, run.Resume, json) { Meters = limitSettings.Meters };
            return await FuturesDemo.RunAsync(console, external, settings, journal, plan, cancellationToken, FuturesDemoVenue.For(venue)).ConfigureAwait(false);
        }

        await using var sandbox = external is null ? await SandboxStart.StartAsync(DemoSandboxOptions(), cancellationToken).ConfigureAwait(false) : null;
        var baseAddress = external ?? sandbox!.BaseAddress;
        var runId = plan.RunId;
        var options = new BinanceClientOptions
        {
            Credentials = BinanceCredentials.Hmac(apiKey, apiSecret),
            RetryBaseDelay = TimeSpan.FromMilliseconds(25),
            ReconcileAttempts = 6,
            AttemptTimeout = TimeSpan.FromSeconds(5),

            // A short window keeps the wait before a proven-absent resend near 1.5 s (the default 5 s + 2 s is safer on a real exchange).
            RecvWindow = TimeSpan.FromSeconds(1),
            ReconcileSettleMargin = TimeSpan.FromMilliseconds(500),
            OrderJournal = journal.Intents,
            IpGroup = limitSettings.IpGroup,
        };
        if (external is null)
        {
            options.OrderLimits.Clear();
            options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(10), 10_000));
            options.OrderLimits.Add(new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromDays(1), 1_000_000));
        }

        using var counters = new DemoCounters();
        await using var limits = await DemoLimitStore.OpenAsync(limitSettings.Store, limitSettings.FallbackShare, cancellationToken, limitSettings.Meters).ConfigureAwait(false);
        using var client = BinanceHttpClientFactory.Create(baseAddress, options, registry: limits.Registry);
        var recovery = new BinanceOrderRecovery(client, journal.Intents, options, limits.Registry.Metrics);
        using var admin = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var sandboxAdmin = new DemoAdmin(admin, baseAddress, journal);
        await sandboxAdmin.ConnectAsync(usdm: false, cancellationToken).ConfigureAwait(false);
        if (faults == DemoFaults.Chaos)
        {
            foreach (var rule in ChaosRules(seed))
            {
                await sandboxAdmin.AddFaultAsync(rule, cancellationToken).ConfigureAwait(false);
            }
        }

        var table = new Table().AddColumn("#").AddColumn("Fault").AddColumn("Classified as").AddColumn("Pipeline did").AddColumn("Outcome");
        var rows = new List<string[]>();
        var live = !json && console.Ansi.Profile.Capabilities.Ansi;
        var modeText = faults switch { DemoFaults.Chaos => "chaos", DemoFaults.None => "no faults", _ => "scripted faults" };
        if (!json && !live)
        {
            await console.Output.WriteLineAsync($"Demo run {runId}: {count} {plan.OrderType} orders on BTCUSDT at {baseAddress} ({modeText}), limits in {limits.Description}").ConfigureAwait(false);
        }

        if (run.Resume)
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
                var step = faults switch
                {
                    DemoFaults.Chaos => new Step("random (chaos)", []),
                    DemoFaults.None => Script[0],
                    _ => Script[(i - 1) % Script.Length],
                };
                var before = counters.Snapshot();
                foreach (var rule in step.Rules)
                {
                    await sandboxAdmin.AddFaultAsync(rule, cancellationToken).ConfigureAwait(false);
                }

                if (step.ClockShiftMs != 0)
                {
                    await admin.PostAsJsonAsync("/sandbox/clock", new { shiftMs = step.ClockShiftMs }, Admin, cancellationToken).ConfigureAwait(false);
                }

                if (step.Rules.Any(r => r.BanSeconds is not null))
                {
                    // The ban is triggered by a read, as a polling loop would.
                    using var poll = await client.GetAsync("/api/v3/ticker/price?symbol=BTCUSDT", cancellationToken).ConfigureAwait(false);
                }

                var clientOrderId = $"demo-{runId}-{i}";
                if (run.Resume && await journal.Intents.FindAsync(clientOrderId, cancellationToken).ConfigureAwait(false) is { State: not BinanceOrderIntentState.NotPlaced } done)
                {
                    // Placed before the crash (or still unknown after recovery: never placed again blindly).
                    if (done.State == BinanceOrderIntentState.Placed && plan.OrderType == "LIMIT")
                    {
                        using var cancel = await client.DeleteAsync($"/api/v3/order?symbol=BTCUSDT&origClientOrderId={clientOrderId}", cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                var (classified, outcome) = await DemoOrders.PlaceAsync(client, recovery, journal.Intents, plan.OrderType, clientOrderId, i, console.Time, cancellationToken).ConfigureAwait(false);
                var did = counters.Describe(before);
                rows.Add([i.ToString(CultureInfo.InvariantCulture), step.Name, classified, did, outcome]);
                attempted = i;
                if (live)
                {
                    table.AddRow(rows[^1].Select(c => new Text(c)).ToArray());
                    refresh();
                }
                else if (!json)
                {
                    await console.Output.WriteLineAsync($"{i,4}  {step.Name,-48} {classified,-28} {did,-40} {outcome}".TrimEnd()).ConfigureAwait(false);
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
            // Ctrl+C: stop placing, but still count what reached the exchange so far.
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
            summary.AddRow(new Text("Orders intended:"), new Text(interrupted ? $"{intended} (interrupted; {count} asked for)" : count.ToString(CultureInfo.InvariantCulture)));
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

    private static SandboxOptions DemoSandboxOptions() => new()
    {
        // The default weight limit; order limits high enough that a long demo never waits for the 10-second window.
        RateLimits =
        [
            new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, 6000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 10_000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Day, 1, 1_000_000),
        ],
        BanDurations = [TimeSpan.FromSeconds(2)],
    };

    private static IEnumerable<FaultRule> ChaosRules(int seed)
    {
        var s = seed;
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.03m, Seed = s++, Status = 500, Code = -1007 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 500, Code = -1006 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 502 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.02m, Seed = s++, Status = 503, Code = -1008 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.02m, Seed = s++, Status = 429, Code = -1003 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.01m, Seed = s++, ClockShiftMs = 120_000 };
        yield return new FaultRule { Method = "GET", Path = "/api/v3/order", Probability = 0.05m, Seed = s++, Status = 503 };
        yield return new FaultRule { Method = "DELETE", Path = "/api/v3/order", Probability = 0.03m, Seed = s++, Timing = FaultTiming.AfterExecution, Status = 503, Code = -1007 };
        yield return new FaultRule { Method = "DELETE", Path = "/api/v3/order", Probability = 0.02m, Seed = s++, Timing = FaultTiming.AfterExecution, Abort = true };
        yield return new FaultRule { Probability = 0.05m, Seed = s++, DelayMs = 20 };

        // A ban now and then (about one order in 200): the demo must wait it out, as it says, and go on.
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.005m, Seed = s++, BanSeconds = 2 };

        // Orders that reach the engine after the client was told they failed: inside the 1 s recvWindow, and past it (dropped).
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.02m, Seed = s++, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 400, Status = 503, Code = -1007 };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.02m, Seed = s++, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 900, Abort = true };
        yield return new FaultRule { Method = "POST", Path = "/api/v3/order", Probability = 0.01m, Seed = s, Timing = FaultTiming.DelayedExecution, ExecuteAfterMs = 1500, Status = 502 };
    }
}
