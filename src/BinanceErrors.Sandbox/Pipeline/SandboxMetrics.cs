using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// The exchange side's meter (<see cref="SandboxServer.MeterName"/>): requests answered, error answers sent (by code
/// and status, 418 bans and 429 limits included) and faults injected, made through the sandbox host's
/// <see cref="IMeterFactory"/>. Tag names and values are the client's (<see cref="BinanceTelemetryTags"/>), so one
/// dashboard puts what the exchange sent beside what the client saw.
/// </summary>
internal sealed class SandboxMetrics
{
    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _faults;
    private readonly string _venue;

    public SandboxMetrics(IMeterFactory meterFactory, BinanceVenue venue)
    {
        var meter = meterFactory.Create(SandboxServer.MeterName, typeof(SandboxMetrics).Assembly.GetName().Version?.ToString());
        _venue = BinanceTelemetryTags.VenueValue(venue);
        _requests = meter.CreateCounter<long>("binance.sandbox.requests", "{request}", "Requests the sandbox answered on the exchange's API (not /sandbox/), by method, endpoint and status.");
        _errors = meter.CreateCounter<long>("binance.sandbox.errors", "{error}", "Error answers the sandbox sent, by code and status (418 bans and 429 limits included).");
        _faults = meter.CreateCounter<long>("binance.sandbox.faults", "{fault}", "Faults injected, by effect: status, abort, ban, delay, clock_shift, delayed_execution.");
    }

    public void Request(string method, string path, int status) => _requests.Add(1, new TagList
    {
        { BinanceTelemetryTags.Venue, _venue },
        { BinanceTelemetryTags.HttpMethod, method },
        { BinanceTelemetryTags.UrlTemplate, BinanceEndpoints.TryFind(method, path, out _) ? path : "_OTHER" },
        { BinanceTelemetryTags.HttpStatusCode, status },
    });

    public void Error(int status, int code) => _errors.Add(1, new TagList
    {
        { BinanceTelemetryTags.Venue, _venue },
        { BinanceTelemetryTags.ErrorCode, code },
        { BinanceTelemetryTags.HttpStatusCode, status },
    });

    public void Fault(FaultRule rule, FaultTiming timing)
    {
        var effect = timing == FaultTiming.DelayedExecution ? "delayed_execution"
            : rule.BanSeconds is not null ? "ban"
            : rule.Abort ? "abort"
            : rule.Status is not null ? "status"
            : rule.ClockShiftMs is not null ? "clock_shift"
            : "delay";
        _faults.Add(1, new TagList { { BinanceTelemetryTags.Venue, _venue }, { "binance.fault.effect", effect } });
    }
}
