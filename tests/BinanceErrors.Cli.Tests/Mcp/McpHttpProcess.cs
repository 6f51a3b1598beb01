using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BinanceErrors.Cli.Tests.Processes;

namespace BinanceErrors.Cli.Tests.Mcp;

/// <summary>
/// <c>binance-errors mcp --http --port 0 …</c> as a real process, spoken to with raw HTTP requests (any Host, Origin,
/// headers or body a client or an attacker might send), its standard error kept for the tests that scrape the log.
/// </summary>
public sealed class McpHttpProcess : IDisposable
{
    private readonly CliProcess _process;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private McpHttpProcess(CliProcess process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Everything the server logged so far.</summary>
    public string Error => _process.Error;

    /// <summary>Waits until the log contains <paramref name="text"/> (the console logger writes in the background).</summary>
    public Task<bool> WaitForLogAsync(string text) => _process.WaitForErrorAsync(text, TimeSpan.FromSeconds(30));

    public static async Task<McpHttpProcess> StartAsync(params string[] extra)
    {
        var process = CliProcess.Start(["mcp", "--http", "--port", "0", .. extra]);
        if (!await process.WaitForOutputAsync("/mcp", TimeSpan.FromSeconds(90)))
        {
            var failed = process.Output + process.Error;
            process.Dispose();
            throw new InvalidOperationException("mcp --http did not announce its address: " + failed);
        }

        var line = process.Output.Split('\n').First(l => l.Contains("http://", StringComparison.Ordinal));
        return new McpHttpProcess(process, new Uri(line[line.IndexOf("http://", StringComparison.Ordinal)..].Trim()));
    }

    /// <summary>Posts one body to /mcp with the Streamable HTTP headers, plus or instead of the given ones (a null value removes a header).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, params (string Name, string? Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = value;
                continue;
            }

            HttpHeaders target = name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) ? request.Content.Headers : request.Headers;
            target.Remove(name);
            if (value is not null)
            {
                target.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The JSON-RPC message in a response body (plain JSON, or the data line of a server-sent event).</summary>
    public static JsonElement Message(string body)
    {
        var json = body.TrimStart().StartsWith('{')
            ? body
            : string.Concat(body.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l["data:".Length..].Trim()));
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>A <c>tools/call</c> request as JSON.</summary>
    public static string ToolCall(string tool, string arguments, int id = 1) =>
        $$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"tools/call","params":{"name":"{{{tool}}}","arguments":{{{arguments}}}}}""";

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
    }
}
