using System.Globalization;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// The one path every request takes, over REST or the WebSocket API: request weight and bans for the IP, faults
/// before execution, delayed execution, authorisation (API key, timestamp, recvWindow, signature), the venue's
/// operation, faults after execution, and the answer (the result, or the exchange's code and message from the
/// catalog). Transports only turn their frames into a <see cref="SandboxRequest"/> and render the
/// <see cref="SandboxAnswer"/>.
/// </summary>
internal sealed class SandboxPipeline
{
    /// <summary>The largest recvWindow the exchange accepts, in milliseconds.</summary>
    public const long MaxRecvWindow = 60_000;

    private readonly VenueApi _venue;
    private readonly LimitTracker _limits;
    private readonly FaultInjector _faults;
    private readonly SandboxClock _clock;
    private readonly DelayedExecutions _delayed;
    private readonly ApiKeyRing _keys;
    private readonly SandboxMetrics? _metrics;

    public SandboxPipeline(VenueApi venue, FaultInjector faults, SandboxClock clock, DelayedExecutions delayed, ApiKeyRing keys, SandboxMetrics? metrics)
    {
        _venue = venue;
        _limits = venue.Limits;
        _faults = faults;
        _clock = clock;
        _delayed = delayed;
        _keys = keys;
        _metrics = metrics;
    }

    /// <summary>The venue served.</summary>
    public VenueApi Venue => _venue;

    /// <summary>The shared request-weight, raw-request and order-count windows.</summary>
    public LimitTracker Limits => _limits;

    /// <summary>The server clock.</summary>
    public SandboxClock Clock => _clock;

    /// <summary>The venue's meter (requests, errors and faults tagged with the venue).</summary>
    public SandboxMetrics? Metrics => _metrics;

    /// <summary>Runs one request to its answer.</summary>
    public async Task<SandboxAnswer> RunAsync(SandboxRequest request)
    {
        var endpoint = request.Endpoint;
        var ip = request.ClientIp;
        var now = _clock.NowMs;
        var weight = endpoint.Weight(request.Parameters);
        var admission = _limits.Admit(ip, weight, now);
        if (admission.Banned)
        {
            return Ban(ip, admission.UntilMs, now);
        }

        if (admission.Limited)
        {
            return Error(429, BinanceErrorCodes.TooManyRequests, _venue.RateLimitedMessage(admission.Broken!), ip) with { RetryAtMs = admission.UntilMs, DecidedAtMs = now };
        }

        if (await ApplyFaultsAsync(request, FaultTiming.BeforeExecution).ConfigureAwait(false) is { } before)
        {
            return before;
        }

        if (endpoint.Trade && await DelayExecutionAsync(request).ConfigureAwait(false) is { } delayed)
        {
            return delayed;
        }

        OperationResult result;
        string account;
        SandboxRejection? rejection = null;
        try
        {
            // USDⓈ-M checks the timestamp at the gateway (on arrival) and again in the matching engine (-5028).
            account = Authorize(request, _venue.ChecksTimestampOnArrival ? now : _clock.NowMs);
            result = endpoint.Handler(new OperationCall { Parameters = request.Parameters, Account = account, Now = _clock.NowMs, Connection = request.Connection });
        }
        catch (SandboxRejection ex)
        {
            rejection = ex;
            result = default;
            account = string.Empty;
        }

        if (await ApplyFaultsAsync(request, FaultTiming.AfterExecution).ConfigureAwait(false) is { } after)
        {
            return after;
        }

        if (rejection is not null)
        {
            return Rejected(rejection, ip);
        }

        if (endpoint.FreeOnSuccess && result.Status == 200)
        {
            _limits.Refund(ip, weight, now, _clock.NowMs);
        }

        return new SandboxAnswer { Kind = AnswerKind.Result, Status = result.Status, Result = result, ReportsUsage = true, ClientIp = ip, Account = account, DecidedAtMs = _clock.NowMs };
    }

    /// <summary>The answer to an unknown route or method: 404 (405 when the path exists for another method) with -1020.</summary>
    public SandboxAnswer Unsupported(int status) =>
        new() { Kind = AnswerKind.Error, Status = status, Code = BinanceErrorCodes.UnsupportedOperation, Message = _venue.Messages.Text(BinanceErrorCodes.UnsupportedOperation), DecidedAtMs = _clock.NowMs };

    /// <summary>An error answer for a rejection, reporting the IP's weight.</summary>
    public SandboxAnswer Rejected(SandboxRejection rejection, string ip) =>
        Error(rejection.Status, rejection.Code, rejection.Message, ip) with { DataJson = rejection.DataJson, RetryAtMs = rejection.RetryAtMs, DecidedAtMs = rejection.DecidedAtMs ?? _clock.NowMs };

    /// <summary>The 418 answer for an IP banned until <paramref name="untilMs"/>.</summary>
    public SandboxAnswer Ban(string ip, long untilMs, long now) =>
        Error(418, BinanceErrorCodes.TooManyRequests, _venue.BannedMessage(untilMs), ip) with { RetryAtMs = untilMs, DecidedAtMs = now, Banned = true };

    private SandboxAnswer Error(int status, int code, string message, string ip) =>
        new() { Kind = AnswerKind.Error, Status = status, Code = code, Message = message, ReportsUsage = true, ClientIp = ip, DecidedAtMs = _clock.NowMs };

    /// <summary>API key, timestamp, recvWindow and signature, in that order; returns the account (empty for public endpoints).</summary>
    private string Authorize(SandboxRequest request, long now)
    {
        var endpoint = request.Endpoint;
        var parameters = request.Parameters;
        var messages = _venue.Messages;
        if (parameters.Duplicate is not null)
        {
            throw messages.Reject(BinanceErrorCodes.TooManyParameters);
        }

        foreach (var name in parameters.Names)
        {
            if (!endpoint.Accepts(name))
            {
                throw messages.Reject(BinanceErrorCodes.UnknownParam);
            }
        }

        foreach (var (name, value) in parameters.All)
        {
            if (value.Length == 0)
            {
                throw messages.Reject(BinanceErrorCodes.ParamEmpty, name);
            }
        }

        if (!endpoint.Signed && !endpoint.UserStream)
        {
            return string.Empty;
        }

        var apiKey = request.ApiKey;
        if (request.KeySource == ApiKeySource.Header && (apiKey.Length is 0 or > 64 || !apiKey.All(char.IsAsciiLetterOrDigit)))
        {
            throw new SandboxRejection(401, BinanceErrorCodes.BadApiKeyFmt, messages.Text(BinanceErrorCodes.BadApiKeyFmt));
        }

        if (request.KeySource == ApiKeySource.Parameter && apiKey.Length == 0)
        {
            throw messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "apiKey");
        }

        if (!_keys.TryFind(apiKey, out var key, out var verifier) || (endpoint.Trade && !key.CanTrade))
        {
            throw new SandboxRejection(401, BinanceErrorCodes.RejectedMbxKey, messages.Text(BinanceErrorCodes.RejectedMbxKey));
        }

        // USER_STREAM: the key alone identifies the account (no timestamp, no signature).
        if (endpoint.UserStream)
        {
            return apiKey;
        }

        if (parameters["timestamp"] is not { } timestampText)
        {
            throw messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "timestamp");
        }

        var signature = parameters["signature"];
        if (signature is null && request.KeySource != ApiKeySource.Session)
        {
            throw messages.Reject(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, "signature");
        }

        decimal recvWindow = 5000;
        if (parameters["recvWindow"] is { } recvText)
        {
            if (!decimal.TryParse(recvText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out recvWindow) || decimal.Round(recvWindow, 3) != recvWindow)
            {
                throw messages.Reject(BinanceErrorCodes.IllegalChars, "recvWindow", "^([0-9]{1,20})(\\.[0-9]{1,3})?$");
            }

            if (recvWindow > MaxRecvWindow)
            {
                throw _venue.RecvWindowTooLarge(MaxRecvWindow);
            }
        }

        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            throw messages.Reject(BinanceErrorCodes.IllegalChars, "timestamp", "^[0-9]{1,20}$");
        }

        // 16 digits are microseconds (accepted since 2024-12); compare in milliseconds with their fraction.
        var timestampMs = timestampText.Length >= 16 ? timestamp / 1000m : timestamp;

        if (signature is not null && !verifier.Verify(parameters.SignaturePayload(), signature))
        {
            throw messages.Reject(BinanceErrorCodes.InvalidSignature);
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
        var definition = BinanceErrorCatalog.Lookup(_venue.Messages.Venue, BinanceErrorCodes.InvalidTimestamp).Definition!;
        return definition.Messages.First(m => m.Text.Contains(ahead ? "ahead" : "recvWindow", StringComparison.Ordinal)).Text;
    }

    /// <summary>
    /// A <see cref="FaultTiming.DelayedExecution"/> fault: the request passes the receipt checks now, the client gets the
    /// fault's answer now, and the request runs later only if the server clock is still within timestamp + recvWindow
    /// (the exchange's check just before the matching engine). Until then no query can see it.
    /// </summary>
    private async Task<SandboxAnswer?> DelayExecutionAsync(SandboxRequest request)
    {
        var endpoint = request.Endpoint;
        var parameters = request.Parameters;
        var fired = _faults.Fire(endpoint.Method, endpoint.Path, parameters["symbol"], FaultTiming.DelayedExecution);
        if (fired.Count == 0)
        {
            return null;
        }

        string account;
        try
        {
            account = Authorize(request, _clock.NowMs);
        }
        catch (SandboxRejection rejection)
        {
            // Refused on receipt: nothing is held back, the client gets the exchange's answer.
            return Rejected(rejection, request.ClientIp);
        }

        var timestampText = parameters["timestamp"]!;
        var timestamp = long.Parse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture);
        var timestampMs = timestampText.Length >= 16 ? timestamp / 1000m : timestamp;
        var recvWindow = parameters["recvWindow"] is { } recvText ? decimal.Parse(recvText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 5000m;
        var deadline = timestampMs + recvWindow;
        var rule = fired[0];
        _metrics?.Fault(rule, FaultTiming.DelayedExecution);
        _delayed.Schedule(
            TimeSpan.FromMilliseconds(rule.ExecuteAfterMs ?? 0),
            () => _clock.NowMs <= deadline,
            () =>
            {
                try
                {
                    endpoint.Handler(new OperationCall { Parameters = parameters, Account = account, Now = _clock.NowMs });
                    return true;
                }
                catch (SandboxRejection)
                {
                    return false;
                }
            });

        if (rule.DelayMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMs), _clock.Time, request.Aborted).ConfigureAwait(false);
        }

        return FaultAnswer(rule, request.ClientIp) ?? new SandboxAnswer { Kind = AnswerKind.Abort };
    }

    private async Task<SandboxAnswer?> ApplyFaultsAsync(SandboxRequest request, FaultTiming timing)
    {
        var endpoint = request.Endpoint;
        var fired = _faults.Fire(endpoint.Method, endpoint.Path, request.Parameters["symbol"], timing);
        foreach (var rule in fired)
        {
            _metrics?.Fault(rule, timing);
            if (rule.DelayMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(rule.DelayMs), _clock.Time, request.Aborted).ConfigureAwait(false);
            }

            if (rule.ClockShiftMs is { } shift)
            {
                _clock.Shift(shift);
            }

            if (rule.BanSeconds is { } seconds)
            {
                var now = _clock.NowMs;
                var until = _limits.BanNow(request.ClientIp, now, TimeSpan.FromSeconds(seconds));
                return Ban(request.ClientIp, until, now);
            }

            if (FaultAnswer(rule, request.ClientIp) is { } answer)
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>The answer a rule gives (a dropped connection, an error, a message or a page); null when it gives none.</summary>
    private SandboxAnswer? FaultAnswer(FaultRule rule, string ip)
    {
        if (rule.Abort)
        {
            return new SandboxAnswer { Kind = AnswerKind.Abort, ClientIp = ip };
        }

        if (rule.Status is not { } status)
        {
            return null;
        }

        if (rule.Code is { } code)
        {
            return Error(status, code, rule.Message ?? DefaultMessage(code), ip);
        }

        // A message without a code is the body USDⓈ-M sends with its 503 texts, e.g. "Service Unavailable.";
        // neither that nor a gateway's page reports the weight.
        return rule.Message is { } text
            ? new SandboxAnswer { Kind = AnswerKind.Message, Status = status, Message = text, ClientIp = ip, DecidedAtMs = _clock.NowMs }
            : new SandboxAnswer { Kind = AnswerKind.Page, Status = status, ClientIp = ip, DecidedAtMs = _clock.NowMs };
    }

    private string DefaultMessage(int code)
    {
        var venue = _venue.Messages.Venue;
        return BinanceErrorCatalog.FindServerMessage(venue, code, 0)?.Text
            ?? BinanceErrorCatalog.Lookup(venue, code).Definition?.Messages.FirstOrDefault()?.Text
            ?? "Fault injected by the sandbox.";
    }
}
