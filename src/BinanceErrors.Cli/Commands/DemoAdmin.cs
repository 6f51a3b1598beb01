using System.Net.Http.Json;
using System.Text.Json;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>The demo's calls to the sandbox admin API, with failures turned into one-line errors.</summary>
internal static class DemoAdmin
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Clears the faults, which also proves a sandbox answers at the address (exit 2 with a sentence if not).</summary>
    public static async Task ConnectAsync(HttpClient admin, Uri baseAddress, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await admin.DeleteAsync("/sandbox/faults", cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new CliUsageException($"Nothing answers at {baseAddress}: {ex.Message} Start one with 'binance-errors sandbox' or leave out --base-url.", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliUsageException($"{baseAddress} did not answer within {admin.Timeout.TotalSeconds:0} s.", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CliUsageException($"{baseAddress} is not a binance-errors sandbox: DELETE /sandbox/faults answered HTTP {(int)response.StatusCode}.");
            }
        }
    }

    /// <summary>Adds a fault rule; a refusal is a bug in the demo's script, reported as a sentence.</summary>
    public static async Task AddFaultAsync(HttpClient admin, FaultRule rule, CancellationToken cancellationToken)
    {
        using var response = await admin.PostAsJsonAsync("/sandbox/faults", rule, Json, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new CliUsageException($"The sandbox refused a fault rule (HTTP {(int)response.StatusCode}): {body}");
        }
    }

    /// <summary>
    /// Clears the faults and counts the run's orders on the exchange (ids <c>demo-{runId}-1</c> … <c>-{intended}</c>).
    /// Called after Ctrl+C too, so it takes no cancellation token; the admin client's timeout bounds it.
    /// </summary>
    public static async Task<DemoExchangeCount> CountRunAsync(HttpClient admin, string runId, int intended)
    {
        await admin.DeleteAsync("/sandbox/faults", CancellationToken.None).ConfigureAwait(false);
        var accepted = await admin.GetFromJsonAsync<JsonElement>("/sandbox/orders", CancellationToken.None).ConfigureAwait(false);
        var perId = accepted.EnumerateArray()
            .Select(o => o.GetProperty("clientOrderId").GetString()!)
            .Where(id => id.StartsWith($"demo-{runId}-", StringComparison.Ordinal))
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
        return new DemoExchangeCount(
            ExactlyOnce: Enumerable.Range(1, intended).Count(i => perId.GetValueOrDefault($"demo-{runId}-{i}") == 1),
            Duplicates: perId.Values.Count(n => n > 1),
            Missing: Enumerable.Range(1, intended).Count(i => !perId.ContainsKey($"demo-{runId}-{i}")));
    }
}
