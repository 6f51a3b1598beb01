using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using BinanceErrors.Sandbox.Pipeline;
using Microsoft.AspNetCore.Http;
using Endpoint = BinanceErrors.Sandbox.Pipeline.Endpoint;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// The WebSocket API transport (<c>/ws-api/v3</c>, <c>/ws-fapi/v1</c>): upgrades a connection after charging its
/// connect weight, turns each request frame into a <see cref="SandboxRequest"/> for the same pipeline REST uses, and
/// writes the answer as the exchange's envelope <c>{id, status, result | error, rateLimits}</c>. It also owns what only
/// a connection has: the session key, revocation noticed mid-session (<c>"id": null</c>), <c>serverShutdown</c>, and
/// closing every connection.
/// </summary>
internal sealed class WebSocketFront
{
    private readonly SandboxPipeline _pipeline;
    private readonly ApiKeyRing _keys;
    private readonly RequestLog _log;
    private readonly SandboxMetrics? _metrics;
    private readonly WebSocketSettings _settings;
    private readonly ConcurrentDictionary<long, WebSocketConnection> _connections = new();
    private readonly ConnectionAttemptLimiter _attempts;
    private readonly SendQueueGauge _queued = new();
    private readonly int _invalidJson;
    private long _nextId;
    private long _accepted;
    private long _refused;

    public WebSocketFront(SandboxPipeline pipeline, ApiKeyRing keys, RequestLog log, SandboxMetrics? metrics, WebSocketSettings settings)
    {
        _pipeline = pipeline;
        _keys = keys;
        _log = log;
        _metrics = metrics;
        _settings = settings;
        _attempts = new ConnectionAttemptLimiter(settings.ConnectionAttempts, settings.ConnectionWindow);

        // A frame that is not a JSON request: Spot's -1135 "Invalid JSON Request". ws-fapi documents no answer and the
        // futures catalogs have no -1135, so there it is their invalid-data error, -1130, as for a malformed batchOrders.
        _invalidJson = BinanceErrorCatalog.TryGetDefinition(pipeline.Venue.Messages.Venue, BinanceErrorCodes.InvalidJson, out _)
            ? BinanceErrorCodes.InvalidJson
            : UsdMFuturesErrorCodes.InvalidParameter;
        WebSocketSessionMethods.Register(pipeline.Venue, keys);
        if (pipeline.Venue.UserDataSubscriptions)
        {
            WebSocketUserDataMethods.Register(pipeline.Venue);
        }
    }

    /// <summary>Where the front is served (the venue's WebSocket API path).</summary>
    public string Path => _pipeline.Venue.WebSocketPath!;

    /// <summary>The connections open now.</summary>
    public int ConnectionCount => _connections.Count;

    /// <summary>Frames waiting in the connections' send queues.</summary>
    public long QueuedFrames => _queued.Frames;

    /// <summary>Handshakes upgraded to a connection so far.</summary>
    public long HandshakesAccepted => Interlocked.Read(ref _accepted);

    /// <summary>Handshakes refused before the upgrade so far (a ban, the connection admission limit, the weight limit).</summary>
    public long HandshakesRefused => Interlocked.Read(ref _refused);

    /// <summary>Accepts one connection and serves it until it ends.</summary>
    public async Task AcceptAsync(HttpContext http, CancellationToken serverStopping)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var clock = _pipeline.Clock;
        var venue = _pipeline.Venue;
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await WriteHttpErrorAsync(http, 400, BinanceErrorCodes.UnsupportedOperation, venue.Messages.Text(BinanceErrorCodes.UnsupportedOperation)).ConfigureAwait(false);
            return;
        }

        // Every attempt counts against the IP's connection admission limit. A banned IP is refused with 418 first;
        // an attempt over the admission limit gets 429 without costing weight (it never connected); an admitted one
        // costs its connect weight like a request and is refused when that breaks the IP's weight limit.
        var now = clock.NowMs;
        var (withinAttempts, attemptWindowEnd) = _attempts.Attempt(ip, now);
        SandboxAnswer? refusal = null;
        if (_pipeline.Limits.BannedUntil(ip, now) is { } bannedUntil)
        {
            refusal = _pipeline.Ban(ip, bannedUntil, now);
        }
        else if (!withinAttempts)
        {
            // The exchange documents the limit but not the refusal's body: the catalog's generic -1003 text.
            refusal = _pipeline.Rejected(new SandboxRejection(429, BinanceErrorCodes.TooManyRequests, venue.Messages.Text(BinanceErrorCodes.TooManyRequests), retryAtMs: attemptWindowEnd, decidedAtMs: now), ip);
        }
        else if (_pipeline.Limits.Admit(ip, venue.WebSocketConnectWeight, now) is { } admission && (admission.Banned || admission.Limited))
        {
            refusal = admission.Banned
                ? _pipeline.Ban(ip, admission.UntilMs, now)
                : _pipeline.Rejected(new SandboxRejection(429, BinanceErrorCodes.TooManyRequests, venue.RateLimitedMessage(admission.Broken!), retryAtMs: admission.UntilMs, decidedAtMs: now), ip);
        }

        if (refusal is { } answer)
        {
            Interlocked.Increment(ref _refused);
            http.Response.Headers.RetryAfter = answer.RetryAfterSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteHttpErrorAsync(http, answer.Status, answer.Code, answer.Message).ConfigureAwait(false);
            return;
        }

        var returnRateLimits = !string.Equals(http.Request.Query["returnRateLimits"], "false", StringComparison.OrdinalIgnoreCase);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = _settings.PingInterval,
            KeepAliveTimeout = _settings.PongTimeout,
        }).ConfigureAwait(false);
        Interlocked.Increment(ref _accepted);
        var connection = new WebSocketConnection(Interlocked.Increment(ref _nextId), socket, ip, now, returnRateLimits, _settings.MaxFrameBytes, _settings.SendQueueFrames, clock.Time, _queued);
        _connections[connection.Id] = connection;
        try
        {
            await connection.RunAsync(HandleFrameAsync, serverStopping).ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(connection.Id, out _);
            connection.EndSubscriptions(venue);
        }
    }

    /// <summary>Sends <c>{"event":{"e":"serverShutdown","E":…}}</c> to every connection, then closes each.</summary>
    public void ServerShutdown()
    {
        var frame = JsonFrames.Render(json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("event");
            json.WriteStartObject();
            json.WriteString("e", "serverShutdown");
            json.WriteNumber("E", _pipeline.Clock.NowMs);
            json.WriteEndObject();
            json.WriteEndObject();
        });
        foreach (var connection in _connections.Values)
        {
            connection.Send(frame);
            connection.Close(WebSocketCloseStatus.EndpointUnavailable, "Server shutdown.");
        }
    }

    /// <summary>Closes every connection, as the exchange does when a connection reaches its 24 hours.</summary>
    public void CloseAll()
    {
        foreach (var connection in _connections.Values)
        {
            connection.Close(WebSocketCloseStatus.NormalClosure, "Connection lifetime reached.");
        }
    }

    private async Task HandleFrameAsync(WebSocketConnection connection, ReadOnlyMemory<byte> utf8)
    {
        var venue = _pipeline.Venue;
        var messages = venue.Messages;
        var frame = WebSocketRequestFrame.Read(utf8.Span);
        if (frame.Problem is { } problem)
        {
            var (code, message) = problem switch
            {
                WebSocketFrameProblem.MissingId => (BinanceErrorCodes.MandatoryParamEmptyOrMalformed, messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "id").Message),
                WebSocketFrameProblem.MissingMethod => (BinanceErrorCodes.MandatoryParamEmptyOrMalformed, messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "method").Message),
                _ => (_invalidJson, messages.Text(_invalidJson)),
            };
            connection.Send(JsonFrames.Render(json => WriteError(json, frame.IdJson, 400, code, message)));
            return;
        }

        // A key revoked while the session used it: the exchange answers the next request without its id.
        if (connection.SessionKey is { } sessionKey && _keys.IsRevoked(sessionKey))
        {
            connection.SessionKey = null;
            connection.AuthorizedSince = null;
            connection.Send(JsonFrames.Render(json => WriteError(json, "null", 401, BinanceErrorCodes.RejectedMbxKey, messages.Text(BinanceErrorCodes.RejectedMbxKey))));
            return;
        }

        var method = frame.Method!;
        _log.Arrived(Endpoint.WebSocket, method);
        if (!venue.TryFind(Endpoint.WebSocket, method, out var endpoint))
        {
            Answer(connection, frame, method, _pipeline.Unsupported(400), returnRateLimits: false);
            return;
        }

        var parameters = RequestParameters.FromWebSocket(frame.Parameters);
        var (apiKey, source) = parameters["apiKey"] is not null || method is WebSocketSessionMethods.Logon or WebSocketUserDataMethods.SubscribeSignature
            ? (parameters["apiKey"] ?? string.Empty, ApiKeySource.Parameter)
            : connection.SessionKey is { } key ? (key, ApiKeySource.Session) : (string.Empty, ApiKeySource.Parameter);
        var request = new SandboxRequest
        {
            Endpoint = endpoint,
            Parameters = parameters,
            ApiKey = apiKey,
            KeySource = source,
            ClientIp = connection.ClientIp,
            Connection = connection,
            Aborted = connection.Closed,
        };
        SandboxAnswer answer;
        try
        {
            answer = await _pipeline.RunAsync(request).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (connection.Closed.IsCancellationRequested)
        {
            return;
        }

        var wantsRateLimits = parameters["returnRateLimits"] is { } flag ? !string.Equals(flag, "false", StringComparison.OrdinalIgnoreCase) : connection.ReturnRateLimits;
        Answer(connection, frame, method, answer, wantsRateLimits);
    }

    private void Answer(WebSocketConnection connection, WebSocketRequestFrame frame, string method, SandboxAnswer answer, bool returnRateLimits)
    {
        if (answer.Kind == AnswerKind.Abort)
        {
            connection.Abort();
            return;
        }

        _log.Answered(answer.Status);
        _metrics?.Request(Endpoint.WebSocket, method, answer.Status);
        if (answer.Kind != AnswerKind.Result)
        {
            _metrics?.Error(answer.Status, answer.Code);
        }

        connection.Send(JsonFrames.Render(json => WriteAnswer(json, frame.IdJson, answer, returnRateLimits && answer.ReportsUsage)));
        if (answer.Banned)
        {
            // Repeated violations get the IP banned and the connection closed.
            connection.Close(WebSocketCloseStatus.PolicyViolation, "IP banned.");
        }
    }

    private void WriteAnswer(Utf8JsonWriter json, string idJson, SandboxAnswer answer, bool rateLimits)
    {
        switch (answer.Kind)
        {
            case AnswerKind.Result:
                json.WriteStartObject();
                WriteId(json, idJson);
                json.WriteNumber("status", answer.Status);
                json.WritePropertyName("result");
                answer.Result.WriteTo(json);
                break;
            case AnswerKind.Error:
                var data = answer.RetryAtMs is { } retryAt ? RetryData(answer.DecidedAtMs, retryAt) : answer.DataJson;
                WriteErrorStart(json, idJson, answer.Status, answer.Code, answer.Message, data);
                break;
            default:
                // A gateway's page or a message without a code (5XX faults): the WebSocket API has no page, so the
                // envelope carries -1001 "Internal error; unable to process your request. Please try again."
                // (the message a rule gave, when it gave one).
                var message = answer.Kind == AnswerKind.Message ? answer.Message : _pipeline.Venue.Messages.Text(BinanceErrorCodes.Disconnected);
                WriteErrorStart(json, idJson, answer.Status, BinanceErrorCodes.Disconnected, message, null);
                break;
        }

        if (rateLimits)
        {
            WriteRateLimits(json, answer);
        }

        json.WriteEndObject();
    }

    private void WriteRateLimits(Utf8JsonWriter json, SandboxAnswer answer)
    {
        var now = _pipeline.Clock.NowMs;
        json.WritePropertyName("rateLimits");
        json.WriteStartArray();
        foreach (var (limit, used) in _pipeline.Limits.UsedWeight(answer.ClientIp, now))
        {
            RateLimitJson.Write(json, limit, used);
        }

        if (answer.PlacedOrder)
        {
            foreach (var (limit, count) in _pipeline.Limits.OrderCounts(answer.Account, now))
            {
                RateLimitJson.Write(json, limit, count);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteError(Utf8JsonWriter json, string idJson, int status, int code, string message)
    {
        WriteErrorStart(json, idJson, status, code, message, null);
        json.WriteEndObject();
    }

    private static void WriteErrorStart(Utf8JsonWriter json, string idJson, int status, int code, string message, string? dataJson)
    {
        json.WriteStartObject();
        WriteId(json, idJson);
        json.WriteNumber("status", status);
        json.WritePropertyName("error");
        ErrorJson.Write(json, code, message, dataJson);
    }

    private static void WriteId(Utf8JsonWriter json, string idJson)
    {
        json.WritePropertyName("id");
        json.WriteRawValue(idJson, skipInputValidation: true);
    }

    /// <summary>429 and 418 say when to come back: <c>{"serverTime": …, "retryAfter": …}</c> (418: the ban's end).</summary>
    private static string RetryData(long serverTime, long retryAfter) =>
        $"{{\"serverTime\":{serverTime},\"retryAfter\":{retryAfter}}}";

    /// <summary>Refuses a handshake with an HTTP error and the exchange's <c>{code, msg}</c>.</summary>
    internal static async Task WriteHttpErrorAsync(HttpContext http, int status, int code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        await http.Response.Body.WriteAsync(JsonFrames.Render(json => ErrorJson.Write(json, code, message)), http.RequestAborted).ConfigureAwait(false);
    }
}
