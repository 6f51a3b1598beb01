using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The demo's calls to the sandbox admin API, with failures turned into one-line errors. The sandbox may be shared
/// (a tester's own fault rules on it), so the demo removes only the rules it added: each is recorded in the run's
/// journal as the sandbox stored it, and removed at the end, or by <c>--resume</c> when the run crashed.
/// </summary>
internal sealed class DemoAdmin
{
    /// <summary>As the sandbox writes its admin JSON: camelCase, enums as camelCase strings.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly HttpClient _admin;
    private readonly Uri _baseAddress;
    private readonly DemoJournal _journal;

    public DemoAdmin(HttpClient admin, Uri baseAddress, DemoJournal journal)
    {
        _admin = admin;
        _baseAddress = baseAddress;
        _journal = journal;
    }

    /// <summary>
    /// Proves that a sandbox of the demo's venue answers at the address (exit 2 with a sentence if not), then removes
    /// the fault rules an earlier, crashed run of this journal left behind. Rules anyone else set up stay.
    /// </summary>
    public Task ConnectAsync(bool usdm, CancellationToken cancellationToken) => ConnectAsync(usdm ? "usdm" : "spot", cancellationToken);

    /// <summary>As <see cref="ConnectAsync(bool, CancellationToken)"/>, for the venue named as <c>--venue</c> names it (<c>spot</c>, <c>usdm</c>, <c>coinm</c>).</summary>
    public async Task ConnectAsync(string venue, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _admin.GetAsync("/sandbox/faults", cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliUsageException($"Nothing answers at {_baseAddress}: {ex.Message} Start one with 'binance-errors sandbox' or leave out --base-url.", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliUsageException($"{_baseAddress} did not answer within {_admin.Timeout.TotalSeconds:0} s.", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CliUsageException($"{_baseAddress} is not a binance-errors sandbox: GET /sandbox/faults answered HTTP {(int)response.StatusCode}.");
            }
        }

        await CheckVenueAsync(venue, cancellationToken).ConfigureAwait(false);
        await RemoveOwnFaultsAsync().ConfigureAwait(false);
    }

    /// <summary>Adds a fault rule and records it as the run's own; a refusal is a bug in the demo's script, reported as a sentence.</summary>
    public async Task AddFaultAsync(FaultRule rule, CancellationToken cancellationToken)
    {
        using var response = await _admin.PostAsJsonAsync("/sandbox/faults", rule, Json, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliUsageException($"The sandbox refused a fault rule (HTTP {(int)response.StatusCode}): {body}");
        }

        var stored = JsonSerializer.Deserialize<FaultRule>(body, Json)!;
        _journal.RecordFault(stored.Id, JsonSerializer.Serialize(stored with { Hits = 0 }, Json));
    }

    /// <summary>Moves the sandbox's clock (a scripted -1021).</summary>
    public async Task ShiftClockAsync(long shiftMs, CancellationToken cancellationToken)
    {
        using var response = await _admin.PostAsJsonAsync("/sandbox/clock", new { shiftMs }, Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Has the sandbox send <c>serverShutdown</c> to every WebSocket connection (and close them after its delay): the
    /// client must move to a new connection without losing or doubling an order. A refusal is reported as a sentence.
    /// </summary>
    public async Task ServerShutdownAsync(CancellationToken cancellationToken)
    {
        using var response = await _admin.PostAsync("/sandbox/ws/serverShutdown", null, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliUsageException($"{_baseAddress} refused POST /sandbox/ws/serverShutdown (HTTP {(int)response.StatusCode}): it does not serve the WebSocket API.");
        }
    }

    /// <summary>
    /// Removes the fault rules this run (or the crashed run it resumes) added and the sandbox still holds, and no
    /// other: a rule is removed only when the sandbox's rule of that id is the recorded one (a restarted sandbox
    /// numbers its rules from 1 again). Takes no cancellation token: it runs after Ctrl+C too, bounded by the admin
    /// client's timeout.
    /// </summary>
    /// <returns>How many times the removed rules fired (this run's injected faults, when no earlier run's were left).</returns>
    public async Task<int> RemoveOwnFaultsAsync()
    {
        var recorded = _journal.ReadFaults();
        if (recorded.Count == 0)
        {
            return 0;
        }

        var hits = 0;

        var onSandbox = await _admin.GetFromJsonAsync<FaultRule[]>("/sandbox/faults", Json, CancellationToken.None).ConfigureAwait(false) ?? [];
        foreach (var (id, json) in recorded)
        {
            var ours = JsonSerializer.Deserialize<FaultRule>(json, Json)!;
            if (onSandbox.FirstOrDefault(r => r.Id == id) is { } rule && rule with { Hits = 0 } == ours)
            {
                hits += rule.Hits;
                using var removed = await _admin.DeleteAsync($"/sandbox/faults/{id}", CancellationToken.None).ConfigureAwait(false);
                if (!removed.IsSuccessStatusCode && removed.StatusCode != HttpStatusCode.NotFound)
                {
                    throw new CliUsageException($"The sandbox refused to remove the demo's fault rule {id}: DELETE /sandbox/faults/{id} answered HTTP {(int)removed.StatusCode}.");
                }
            }

            _journal.ForgetFault(id);
        }

        return hits;
    }

    /// <summary>As <see cref="RemoveOwnFaultsAsync"/>, on the way out of a failed run: a failure to remove is not reported over the run's own.</summary>
    public async Task TryRemoveOwnFaultsAsync()
    {
        try
        {
            await RemoveOwnFaultsAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or CliUsageException)
        {
            // The journal still names them: --resume removes them.
        }
    }

    /// <summary>
    /// Removes the run's own fault rules and counts the run's orders on the exchange (ids <c>demo-{runId}-1</c> …
    /// <c>-{intended}</c>). Called after Ctrl+C too, so it takes no cancellation token; the admin client's timeout bounds it.
    /// </summary>
    public async Task<DemoExchangeCount> CountRunAsync(string runId, int intended)
    {
        var injected = await RemoveOwnFaultsAsync().ConfigureAwait(false);
        var accepted = await _admin.GetFromJsonAsync<JsonElement>("/sandbox/orders", CancellationToken.None).ConfigureAwait(false);
        var perId = accepted.EnumerateArray()
            .Select(o => o.GetProperty("clientOrderId").GetString()!)
            .Where(id => id.StartsWith($"demo-{runId}-", StringComparison.Ordinal))
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        return new DemoExchangeCount(
            ExactlyOnce: Enumerable.Range(1, intended).Count(i => perId.GetValueOrDefault($"demo-{runId}-{i}") == 1),
            Duplicates: perId.Values.Count(n => n > 1),
            Missing: Enumerable.Range(1, intended).Count(i => !perId.ContainsKey($"demo-{runId}-{i}")))
        {
            FaultsInjected = injected,
        };
    }

    /// <summary>
    /// A Spot demo against a USDⓈ-M sandbox (or any other pair of venues) would only collect -1020 answers: the venue's
    /// ping is looked for, and when it is not there (404), the ping of another venue names what the sandbox is.
    /// </summary>
    private async Task CheckVenueAsync(string venue, CancellationToken cancellationToken)
    {
        (string Name, string Title, string Ping)[] venues = [("spot", "Spot", "/api/v3/ping"), ("usdm", "USDⓈ-M", "/fapi/v1/ping"), ("coinm", "COIN-M", "/dapi/v1/ping")];
        var own = venues.Single(v => v.Name == venue);
        using var ping = await _admin.GetAsync(own.Ping, cancellationToken).ConfigureAwait(false);
        if (ping.StatusCode != HttpStatusCode.NotFound)
        {
            return;
        }

        foreach (var other in venues.Where(v => v.Name != venue))
        {
            using var otherPing = await _admin.GetAsync(other.Ping, cancellationToken).ConfigureAwait(false);
            if (otherPing.StatusCode != HttpStatusCode.NotFound)
            {
                throw new CliUsageException($"{_baseAddress} is a {other.Title} sandbox, and this demo trades {own.Title}: pass --venue {other.Name}, or start a {own.Title} sandbox with 'binance-errors sandbox{(venue == "spot" ? string.Empty : " --venue " + venue)}'.");
            }
        }

        throw new CliUsageException($"{_baseAddress} serves neither Spot nor the futures venues: GET {own.Ping} answered HTTP 404.");
    }
}
