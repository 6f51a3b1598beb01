using System.CommandLine;
using System.Globalization;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// <c>binance-errors demo</c>: a scripted trading session through the resilient pipeline against the sandbox, with
/// a fault injected before (or after) each order, ending with an exactly-once count made on the exchange itself.
/// </summary>
internal static class DemoCommand
{
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
        var transport = new Option<string>("--transport") { Description = "rest (the HTTP pipeline) or ws (the WebSocket API through BinanceWebSocketClient: /ws-api/v3 on Spot, /ws-fapi/v1 on usdm; coinm has none); faults, journal, resume and limit store as over REST.", DefaultValueFactory = _ => "rest" };
        transport.AcceptOnlyFromAmong("rest", "ws");
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve the client's metrics in Prometheus text at http://127.0.0.1:PORT/metrics during the run (0 picks a free port; the URL goes to standard error)." };
        var metricsLinger = new Option<double?>("--metrics-linger") { Description = "Keep serving metrics this many seconds after the run, so a scraper sees the final counts (needs --metrics-port)." };
        var command = new Command("demo", "Run a trading session against the sandbox through the resilient pipeline while injecting every fault kind; end with an exactly-once count.")
        {
            baseUrl, apiKey, apiSecret, allowRemote, orders, faults, chaos, limitStore, ipGroup, fallbackShare, seed, orderType, journal, resume, json, venue, transport, metricsPort, metricsLinger,
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
            result.GetValue(transport) == "ws" ? DemoTransport.WebSocket : DemoTransport.Rest,
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

    private static async Task<int> RunAsync(CliConsole console, string? baseUrlText, string apiKey, string apiSecret, bool allowRemote, int count, DemoFaults faults, LimitSettings limitSettings, int seed, DemoRunOptions run, bool json, string venueName, DemoTransport transport, CancellationToken cancellationToken)
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

        var venue = DemoVenue.For(venueName);
        if (transport == DemoTransport.WebSocket && venue.WebSocketPath is null)
        {
            throw new CliUsageException($"--transport ws: the sandbox serves no {venue.Title} WebSocket API (/ws-dapi/v1), so the {venue.Name} demo runs over REST only; leave out --transport ws.");
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
            if (plan.Venue != venue.Name)
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
            plan = new DemoPlan(new Random(seed).Next().ToString("x8", CultureInfo.InvariantCulture)[..6], count, run.OrderType.ToUpperInvariant(), faults == DemoFaults.Chaos, seed, venue.Name);
            journal.WritePlan(plan);
        }

        var settings = new DemoSettings(apiKey, apiSecret, faults, limitSettings.Store, limitSettings.IpGroup, limitSettings.FallbackShare, run.Resume, json) { Meters = limitSettings.Meters, Transport = transport };
        return await DemoRunner.RunAsync(console, external, settings, journal, plan, venue, cancellationToken).ConfigureAwait(false);
    }
}
