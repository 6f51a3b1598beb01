using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BinanceErrors.Sandbox.Pipeline;
using Microsoft.AspNetCore.Http;

namespace BinanceErrors.Sandbox.Rest;

/// <summary>
/// The REST transport: turns an HTTP request into a <see cref="SandboxRequest"/> (route, query string and form body,
/// <c>X-MBX-APIKEY</c>, client IP) and writes the pipeline's answer with the exchange's headers
/// (<c>X-MBX-USED-WEIGHT-*</c>, <c>X-MBX-ORDER-COUNT-*</c>, <c>Retry-After</c>). A server playing several venues (USDⓈ-M
/// and COIN-M) has a pipeline per venue; a request goes to the one whose venue serves its route.
/// </summary>
internal sealed class RestFront
{
    private readonly IReadOnlyList<SandboxPipeline> _pipelines;
    private readonly RequestLog _log;

    public RestFront(SandboxPipeline pipeline, RequestLog log)
        : this([pipeline], log)
    {
    }

    public RestFront(IReadOnlyList<SandboxPipeline> pipelines, RequestLog log)
    {
        _pipelines = pipelines;
        _log = log;
    }

    /// <summary>Counts an API request (not an admin one) and its answer, around the rest of the host's pipeline.</summary>
    public async Task CountAsync(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path.Value ?? "/";
        // WebSocket API requests are counted per method by the WebSocket front, not as one GET.
        var api = !path.StartsWith("/sandbox", StringComparison.Ordinal) && !http.WebSockets.IsWebSocketRequest;
        if (api)
        {
            _log.Arrived(http.Request.Method, path);
        }

        await next(http).ConfigureAwait(false);
        if (api && !http.RequestAborted.IsCancellationRequested)
        {
            _log.Answered(http.Response.StatusCode);
            PipelineFor(http.Request.Method, path).Metrics?.Request(http.Request.Method, path, http.Response.StatusCode);
        }
    }

    /// <summary>Serves one request of the exchange's REST API.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var method = http.Request.Method;
        var path = http.Request.Path.Value ?? "/";
        var pipeline = PipelineFor(method, path);
        var venue = pipeline.Venue;
        if (!venue.TryFind(method, path, out var endpoint))
        {
            await WriteAsync(http, pipeline, pipeline.Unsupported(venue.Serves(path) ? 405 : 404)).ConfigureAwait(false);
            return;
        }

        var body = string.Empty;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        var request = new SandboxRequest
        {
            Endpoint = endpoint,
            Parameters = RequestParameters.Create(http.Request.QueryString.Value ?? string.Empty, body),
            ApiKey = http.Request.Headers["X-MBX-APIKEY"].ToString(),
            KeySource = ApiKeySource.Header,
            ClientIp = http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            Aborted = http.RequestAborted,
        };
        await WriteAsync(http, pipeline, await pipeline.RunAsync(request).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>The pipeline whose venue serves the route (or the path for another method); the first one otherwise.</summary>
    private SandboxPipeline PipelineFor(string method, string path)
    {
        if (_pipelines.Count == 1)
        {
            return _pipelines[0];
        }

        return _pipelines.FirstOrDefault(p => p.Venue.TryFind(method, path, out _))
            ?? _pipelines.FirstOrDefault(p => p.Venue.Serves(path))
            ?? _pipelines[0];
    }

    private static async Task WriteAsync(HttpContext http, SandboxPipeline pipeline, SandboxAnswer answer)
    {
        if (answer.Kind == AnswerKind.Abort)
        {
            http.Abort();
            return;
        }

        var headers = http.Response.Headers;
        if (answer.ReportsUsage)
        {
            foreach (var (limit, used) in pipeline.Limits.UsedWeight(answer.ClientIp, pipeline.Clock.NowMs))
            {
                var value = used.ToString(CultureInfo.InvariantCulture);
                headers["X-MBX-USED-WEIGHT-" + limit.HeaderSuffix] = value;
                if (limit.HeaderSuffix == "1M")
                {
                    headers["X-MBX-USED-WEIGHT"] = value;
                }
            }
        }

        if (answer.PlacedOrder)
        {
            foreach (var (limit, count) in pipeline.Limits.OrderCounts(answer.Account, pipeline.Clock.NowMs))
            {
                headers["X-MBX-ORDER-COUNT-" + limit.HeaderSuffix] = count.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (answer.RetryAfterSeconds is { } seconds)
        {
            headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        switch (answer.Kind)
        {
            case AnswerKind.Result:
                await WriteJsonAsync(http, answer.Status, answer.Result.WriteTo).ConfigureAwait(false);
                break;
            case AnswerKind.Error:
                pipeline.Metrics?.Error(answer.Status, answer.Code);
                await WriteJsonAsync(http, answer.Status, json => ErrorJson.Write(json, answer.Code, answer.Message, answer.DataJson)).ConfigureAwait(false);
                break;
            case AnswerKind.Message:
                await WriteJsonAsync(http, answer.Status, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("msg", answer.Message);
                    json.WriteEndObject();
                }).ConfigureAwait(false);
                break;
            default:
                var title = $"{answer.Status} {ReasonPhrase(answer.Status)}";
                http.Response.StatusCode = answer.Status;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync($"<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center></body></html>", http.RequestAborted).ConfigureAwait(false);
                break;
        }
    }

    private static async Task WriteJsonAsync(HttpContext http, int status, Action<Utf8JsonWriter> write)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
    }

    private static string ReasonPhrase(int status) => status switch
    {
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        403 => "Forbidden",
        _ => "Error",
    };
}
