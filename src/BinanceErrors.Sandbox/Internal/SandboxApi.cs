using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BinanceErrors.Sandbox.Engine;
using Microsoft.AspNetCore.Http;

namespace BinanceErrors.Sandbox.Internal;

/// <summary>
/// The <c>/api/v3</c> surface: routing, limits, faults, parameters, security, and the endpoint handlers. Every client
/// mistake is answered with the exchange's 4XX code and message; a 500 means a sandbox bug.
/// </summary>
internal sealed partial class SandboxApi
{
    private const long MaxRecvWindow = 60_000;

    private static readonly string[] OrderParameters =
    [
        "symbol", "side", "type", "timeInForce", "quantity", "quoteOrderQty", "price", "newClientOrderId", "strategyId", "strategyType",
        "stopPrice", "trailingDelta", "icebergQty", "newOrderRespType", "selfTradePreventionMode", "pegPriceType", "pegOffsetValue", "pegOffsetType",
    ];

    private readonly Dictionary<(string Method, string Path), Endpoint> _endpoints = [];
    private readonly MatchingEngine _engine;
    private readonly LimitTracker _limits;
    private readonly FaultInjector _faults;
    private readonly SandboxClock _clock;
    private readonly CatalogMessages _messages;
    private readonly byte[] _exchangeInfoJson;
    private readonly Dictionary<string, (SandboxApiKey Key, SignatureVerifier Verifier)> _keys;
    private readonly DelayedExecutions _delayed;
    private readonly Futures.FuturesEngine? _futures;
    private readonly bool _freeSuccessfulOrders;

    /// <summary>Serves <c>/api/v3</c> from <paramref name="engine"/>, or <c>/fapi</c> from <paramref name="futures"/> when given.</summary>
    public SandboxApi(MatchingEngine engine, LimitTracker limits, FaultInjector faults, SandboxClock clock, CatalogMessages messages, byte[] exchangeInfoJson, IReadOnlyList<SandboxApiKey> keys, DelayedExecutions delayed, Futures.FuturesEngine? futures = null, bool freeSuccessfulOrders = true)
    {
        _freeSuccessfulOrders = freeSuccessfulOrders;
        _delayed = delayed;
        _engine = engine;
        _limits = limits;
        _faults = faults;
        _clock = clock;
        _messages = messages;
        _exchangeInfoJson = exchangeInfoJson;
        _keys = keys.ToDictionary(k => k.ApiKey, k => (k, new SignatureVerifier(k)), StringComparer.Ordinal);
        _futures = futures;
        if (futures is null)
        {
            Register();
        }
        else
        {
            RegisterFutures();
        }
    }

    /// <summary>Where answers and faults are counted (<see cref="SandboxServer.MeterName"/>); nothing is counted when null.</summary>
    public SandboxMetrics? Metrics { get; init; }

    private sealed record Endpoint(string Method, string Path, bool Signed, bool Trade, Func<RequestParameters, int> Weight, string[] Parameters, Func<Call, ApiResult> Handler, bool FreeOnSuccess);

    private sealed class Call
    {
        public required RequestParameters Parameters { get; init; }

        public required string Account { get; init; }

        public required long Now { get; init; }

        public string? this[string name] => Parameters[name];
    }

    private readonly record struct ApiResult(int Status, Action<Utf8JsonWriter> Write, bool PlacedOrder = false, string? RawJson = null);

    // Weights come from the shared table (BinanceEndpoints), so the sandbox charges exactly what the client estimates;
    // an endpoint missing from it is a bug found at start-up.
    private void Add(string method, string path, Func<Call, ApiResult> handler, bool signed = false, bool trade = false, params string[] parameters)
    {
        if (!BinanceEndpoints.TryFind(method, path, out var documented))
        {
            throw new InvalidOperationException($"{method} {path} has no weight in BinanceEndpoints; add it there.");
        }

        _endpoints[(method, path)] = new Endpoint(method, path, signed, trade, p => documented.WeightFor(name => p[name]), parameters, handler, documented.FreeOnSuccess && _freeSuccessfulOrders);
    }

    public async Task HandleAsync(HttpContext http)
    {
        var method = http.Request.Method;
        var path = http.Request.Path.Value ?? "/";
        if (!_endpoints.TryGetValue((method, path), out var endpoint))
        {
            var known = _endpoints.Keys.Any(k => k.Path == path);
            await WriteErrorAsync(http, known ? 405 : 404, BinanceErrorCodes.UnsupportedOperation, _messages.Text(BinanceErrorCodes.UnsupportedOperation), null, null).ConfigureAwait(false);
            return;
        }

        var body = string.Empty;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        }

        var parameters = RequestParameters.Create(http.Request.QueryString.Value ?? string.Empty, body);
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var now = _clock.NowMs;
        var symbol = parameters["symbol"];

        var weight = endpoint.Weight(parameters);
        var admission = _limits.Admit(ip, weight, now);
        if (admission.Banned)
        {
            await WriteBanAsync(http, ip, admission.UntilMs, now).ConfigureAwait(false);
            return;
        }

        if (admission.Limited)
        {
            var limit = admission.Broken!;
            // USDⓈ-M words it per minute with one placeholder; Spot names the weight and the interval.
            var message = _futures is null
                ? _messages.Text(BinanceErrorCodes.TooManyRequests, limit.Limit.ToString(CultureInfo.InvariantCulture), limit.IntervalText)
                : _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["limit"], limit.Limit.ToString(CultureInfo.InvariantCulture));
            await WriteErrorAsync(http, 429, BinanceErrorCodes.TooManyRequests, message, null, RetryAfter(admission.UntilMs, now), ip).ConfigureAwait(false);
            return;
        }

        if (await ApplyFaultsAsync(http, endpoint, symbol, ip, FaultTiming.BeforeExecution).ConfigureAwait(false))
        {
            return;
        }

        if (endpoint.Trade && await DelayExecutionAsync(http, endpoint, parameters, symbol, ip).ConfigureAwait(false))
        {
            return;
        }

        ApiResult result;
        SandboxRejection? rejection = null;
        try
        {
            // USDⓈ-M checks the timestamp at the gateway (on arrival) and again in the matching engine (-5028).
            var account = Authorize(endpoint, http, parameters, _futures is null ? _clock.NowMs : now);
            result = endpoint.Handler(new Call { Parameters = parameters, Account = account, Now = _clock.NowMs });
        }
        catch (SandboxRejection ex)
        {
            rejection = ex;
            result = default;
        }

        if (await ApplyFaultsAsync(http, endpoint, symbol, ip, FaultTiming.AfterExecution).ConfigureAwait(false))
        {
            return;
        }

        if (rejection is not null)
        {
            await WriteErrorAsync(http, rejection.Status, rejection.Code, rejection.Message, rejection.DataJson, rejection.RetryAfter, ip).ConfigureAwait(false);
            return;
        }

        if (endpoint.FreeOnSuccess && result.Status == 200)
        {
            _limits.Refund(ip, weight, now, _clock.NowMs);
        }

        AddWeightHeaders(http, ip);
        if (result.PlacedOrder)
        {
            var account = http.Request.Headers["X-MBX-APIKEY"].ToString();
            foreach (var (limit, count) in _limits.OrderCounts(account, _clock.NowMs))
            {
                http.Response.Headers["X-MBX-ORDER-COUNT-" + limit.HeaderSuffix] = count.ToString(CultureInfo.InvariantCulture);
            }
        }

        await WriteJsonAsync(http, result.Status, result.RawJson, result.Write).ConfigureAwait(false);
    }

    /// <summary>API key, timestamp, recvWindow and signature, in that order; returns the account (empty for public endpoints).</summary>
    private string Authorize(Endpoint endpoint, HttpContext http, RequestParameters parameters, long now)
    {
        if (parameters.Duplicate is not null)
        {
            throw _messages.Reject(BinanceErrorCodes.TooManyParameters);
        }

        foreach (var name in parameters.All.Select(p => p.Key))
        {
            var allowed = endpoint.Parameters.Contains(name) || (endpoint.Signed && name is "timestamp" or "recvWindow" or "signature");
            if (!allowed)
            {
                throw _messages.Reject(BinanceErrorCodes.UnknownParam);
            }
        }

        foreach (var (name, value) in parameters.All)
        {
            if (value.Length == 0)
            {
                throw _messages.Reject(BinanceErrorCodes.ParamEmpty, name);
            }
        }

        if (!endpoint.Signed)
        {
            return string.Empty;
        }

        var apiKey = http.Request.Headers["X-MBX-APIKEY"].ToString();
        if (apiKey.Length is 0 or > 64 || !apiKey.All(char.IsAsciiLetterOrDigit))
        {
            throw new SandboxRejection(401, BinanceErrorCodes.BadApiKeyFmt, _messages.Text(BinanceErrorCodes.BadApiKeyFmt));
        }

        if (!_keys.TryGetValue(apiKey, out var key) || (endpoint.Trade && !key.Key.CanTrade))
        {
            throw new SandboxRejection(401, BinanceErrorCodes.RejectedMbxKey, _messages.Text(BinanceErrorCodes.RejectedMbxKey));
        }

        if (parameters["timestamp"] is not { } timestampText)
        {
            throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "timestamp");
        }

        if (parameters["signature"] is not { } signature)
        {
            throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "signature");
        }

        decimal recvWindow = 5000;
        if (parameters["recvWindow"] is { } recvText)
        {
            if (!decimal.TryParse(recvText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out recvWindow) || decimal.Round(recvWindow, 3) != recvWindow)
            {
                throw _messages.Reject(BinanceErrorCodes.IllegalChars, "recvWindow", "^([0-9]{1,20})(\\.[0-9]{1,3})?$");
            }

            if (recvWindow > MaxRecvWindow && _futures is not null)
            {
                // USDⓈ-M's catalog has no "cannot be greater than" text: the parameter is malformed.
                throw _messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "recvWindow");
            }

            if (recvWindow > MaxRecvWindow)
            {
                throw new SandboxRejection(400, BinanceErrorCodes.MandatoryParamEmptyOrMalformed, _messages.TextFor(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, ["parameter", "maximum"], "recvWindow", MaxRecvWindow.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            throw _messages.Reject(BinanceErrorCodes.IllegalChars, "timestamp", "^[0-9]{1,20}$");
        }

        // 16 digits are microseconds (accepted since 2024-12); compare in milliseconds with their fraction.
        var timestampMs = timestampText.Length >= 16 ? timestamp / 1000m : timestamp;

        if (!key.Verifier.Verify(parameters.SignaturePayload(), signature))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidSignature);
        }

        if (timestampMs >= now + 1000)
        {
            throw new SandboxRejection(400, BinanceErrorCodes.InvalidTimestamp, TimestampMessage(ahead: true));
        }

        if (now - timestampMs > recvWindow)
        {
            throw new SandboxRejection(400, BinanceErrorCodes.InvalidTimestamp, TimestampMessage(ahead: false));
        }

        return apiKey;
    }

    private string TimestampMessage(bool ahead)
    {
        var definition = BinanceErrorCatalog.Lookup(_messages.Venue, BinanceErrorCodes.InvalidTimestamp).Definition!;
        return definition.Messages.First(m => m.Text.Contains(ahead ? "ahead" : "recvWindow", StringComparison.Ordinal)).Text;
    }

    /// <summary>
    /// A <see cref="FaultTiming.DelayedExecution"/> fault: the request passes the receipt checks now, the client gets the
    /// fault's answer now, and the request runs later only if the server clock is still within timestamp + recvWindow
    /// (the exchange's check just before the matching engine). Until then no query can see it.
    /// </summary>
    private async Task<bool> DelayExecutionAsync(HttpContext http, Endpoint endpoint, RequestParameters parameters, string? symbol, string ip)
    {
        var fired = _faults.Fire(endpoint.Method, endpoint.Path, symbol, FaultTiming.DelayedExecution);
        if (fired.Count == 0)
        {
            return false;
        }

        string account;
        try
        {
            account = Authorize(endpoint, http, parameters, _clock.NowMs);
        }
        catch (SandboxRejection rejection)
        {
            // Refused on receipt: nothing is held back, the client gets the exchange's answer.
            await WriteErrorAsync(http, rejection.Status, rejection.Code, rejection.Message, rejection.DataJson, rejection.RetryAfter, ip).ConfigureAwait(false);
            return true;
        }

        var timestampText = parameters["timestamp"]!;
        var timestamp = long.Parse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture);
        var timestampMs = timestampText.Length >= 16 ? timestamp / 1000m : timestamp;
        var recvWindow = parameters["recvWindow"] is { } recvText ? decimal.Parse(recvText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 5000m;
        var deadline = timestampMs + recvWindow;
        var rule = fired[0];
        Metrics?.Fault(rule, FaultTiming.DelayedExecution);
        _delayed.Schedule(
            TimeSpan.FromMilliseconds(rule.ExecuteAfterMs ?? 0),
            () => _clock.NowMs <= deadline,
            () =>
            {
                try
                {
                    endpoint.Handler(new Call { Parameters = parameters, Account = account, Now = _clock.NowMs });
                    return true;
                }
                catch (SandboxRejection)
                {
                    return false;
                }
            });

        if (rule.DelayMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMs), _clock.Time, http.RequestAborted).ConfigureAwait(false);
        }

        if (!await WriteFaultAnswerAsync(http, rule, ip).ConfigureAwait(false))
        {
            http.Abort();
        }

        return true;
    }

    private async Task<bool> ApplyFaultsAsync(HttpContext http, Endpoint endpoint, string? symbol, string ip, FaultTiming timing)
    {
        var fired = _faults.Fire(endpoint.Method, endpoint.Path, symbol, timing);
        foreach (var rule in fired)
        {
            Metrics?.Fault(rule, timing);
            if (rule.DelayMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMs), _clock.Time, http.RequestAborted).ConfigureAwait(false);
            }

            if (rule.ClockShiftMs is { } shift)
            {
                _clock.Shift(shift);
            }

            if (rule.BanSeconds is { } seconds)
            {
                var now = _clock.NowMs;
                var until = _limits.BanNow(ip, now, TimeSpan.FromSeconds(seconds));
                await WriteBanAsync(http, ip, until, now).ConfigureAwait(false);
                return true;
            }

            if (await WriteFaultAnswerAsync(http, rule, ip).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Answers as the rule says (abort, error JSON, or an HTML 5XX page); false when the rule gives no answer.</summary>
    private async Task<bool> WriteFaultAnswerAsync(HttpContext http, FaultRule rule, string ip)
    {
        if (rule.Abort)
        {
            http.Abort();
            return true;
        }

        if (rule.Status is { } status)
        {
            if (rule.Code is { } code)
            {
                var message = rule.Message ?? DefaultMessage(code);
                await WriteErrorAsync(http, status, code, message, null, null, ip).ConfigureAwait(false);
            }
            else if (rule.Message is { } text)
            {
                // A message without a code: the body USDⓈ-M sends with its 503 texts, e.g. "Service Unavailable.".
                await WriteJsonAsync(http, status, null, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("msg", text);
                    json.WriteEndObject();
                }).ConfigureAwait(false);
            }
            else
            {
                http.Response.StatusCode = status;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync($"<html><head><title>{status} {ReasonPhrase(status)}</title></head><body><center><h1>{status} {ReasonPhrase(status)}</h1></center></body></html>", http.RequestAborted).ConfigureAwait(false);
            }

            return true;
        }

        return false;
    }

    private string DefaultMessage(int code)
    {
        return BinanceErrorCatalog.FindServerMessage(_messages.Venue, code, 0)?.Text
            ?? BinanceErrorCatalog.Lookup(_messages.Venue, code).Definition?.Messages.FirstOrDefault()?.Text
            ?? "Fault injected by the sandbox.";
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

    private static TimeSpan RetryAfter(long untilMs, long now) => TimeSpan.FromSeconds(Math.Max(1, (untilMs - now + 999) / 1000));

    private async Task WriteBanAsync(HttpContext http, string ip, long untilMs, long now)
    {
        var message = _futures is null
            ? _messages.Text(BinanceErrorCodes.TooManyRequests, untilMs.ToString(CultureInfo.InvariantCulture))
            : _messages.TextFor(BinanceErrorCodes.TooManyRequests, ["bannedUntil"], untilMs.ToString(CultureInfo.InvariantCulture));
        await WriteErrorAsync(http, 418, BinanceErrorCodes.TooManyRequests, message, null, RetryAfter(untilMs, now), ip).ConfigureAwait(false);
    }

    private void AddWeightHeaders(HttpContext http, string ip)
    {
        var now = _clock.NowMs;
        foreach (var (suffix, used) in _limits.UsedWeight(ip, now))
        {
            var value = used.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-MBX-USED-WEIGHT-" + suffix] = value;
            if (suffix == "1M")
            {
                http.Response.Headers["X-MBX-USED-WEIGHT"] = value;
            }
        }
    }

    private async Task WriteErrorAsync(HttpContext http, int status, int code, string message, string? dataJson, TimeSpan? retryAfter, string? ip = null)
    {
        if (ip is not null)
        {
            AddWeightHeaders(http, ip);
        }

        Metrics?.Error(status, code);
        if (retryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((long)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await WriteJsonAsync(http, status, null, json => ApiJson.Error(json, code, message, dataJson)).ConfigureAwait(false);
    }

    private static async Task WriteJsonAsync(HttpContext http, int status, string? raw, Action<Utf8JsonWriter>? write)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        if (raw is not null)
        {
            await http.Response.WriteAsync(raw, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            write!(json);
        }

        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted).ConfigureAwait(false);
    }

    private static ApiResult Json(Action<Utf8JsonWriter> write, int status = 200) => new(status, write);

    private static ApiResult Empty() => new(200, json =>
    {
        json.WriteStartObject();
        json.WriteEndObject();
    });

    public byte[] ExchangeInfoJson => _exchangeInfoJson;

    internal static JsonArray? SymbolsArray(JsonNode root) => root["symbols"] as JsonArray;
}
