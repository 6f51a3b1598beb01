using System.Globalization;

namespace BinanceErrors.Logs.Internal;

/// <summary>
/// Counts a scan's occurrences and recognises what they say together, in memory that does not grow with the log:
/// per-code and per-kind counters, and one small state per pattern.
/// </summary>
internal sealed class LogPatternDetector
{
    /// <summary>A run of the same rejection this long is a loop.</summary>
    public const int RejectionLoopLength = 5;

    /// <summary>-1013 this many times in a row, then -2010: a sizing loop.</summary>
    public const int SizingLoopLength = 3;

    /// <summary>-1021 this many times: a drifting clock rather than a one-off.</summary>
    public const int ClockDriftCount = 3;

    /// <summary>429s without a ban this many times: a warning worth a pattern.</summary>
    public const int RepeatedRateLimitCount = 3;

    private const string PollingAdvice =
        "Requests kept coming after the exchange answered 429, so it banned the IP (418). On the first 429 stop every request from this IP " +
        "(all threads and processes behind it) until Retry-After, take market data from WebSocket streams instead of polling REST, " +
        "and budget request weight from the X-MBX-USED-WEIGHT-* headers, shared across processes.";

    private const string DuringBanAdvice =
        "While the IP is banned, send nothing until the ban ends (the 'banned until' time or Retry-After): repeated bans grow from 2 minutes up to 3 days.";

    private const string RateLimitAdvice =
        "Honour Retry-After on every 429 and pause all traffic from the IP until then; a bot that keeps sending after 429 is banned (418). " +
        "Use WebSocket streams for market data and watch X-MBX-USED-WEIGHT-* before the limit is reached.";

    private const string ClockAdvice =
        "Keep the host clock synced (chrony or NTP), and sign with the exchange's time: read GET /api/v3/time (or /fapi/v1/time), keep the offset, " +
        "and resync on every -1021. Keep recvWindow at 5000 ms or less instead of raising it to hide the drift.";

    private const string SizingAdvice =
        "The bot sends an order size or price the symbol's filters refuse and resends it unchanged until the balance no longer covers it. " +
        "Round price to tickSize and quantity to stepSize from exchangeInfo before sending (binance-errors validate --normalize shows the fix), " +
        "check the minimum notional, size from the free balance net of fees, and never resend a -1013 without changing the order.";

    private const string UnknownOutcomeAdvice =
        "The exchange may have executed these orders. Before sending anything again, look each one up by its client order id " +
        "(GET /api/v3/order or /fapi/v1/order with origClientOrderId) or list the open orders; resend only with the same newClientOrderId, never a new one.";

    private readonly Dictionary<(BinanceVenue Venue, int? Code, int? Status), CodeStats> _byCode = [];
    private readonly Dictionary<BinanceErrorKind, long> _byKind = [];
    private readonly List<PatternState> _patterns = [];
    private readonly Dictionary<(LogPatternKind Kind, int? Code), PatternState> _patternsByKey = [];

    private long _count;
    private long? _firstLine;
    private long? _lastLine;
    private LogTimestamp? _firstSeen;
    private LogTimestamp? _lastSeen;

    private long _rateLimited;
    private long _firstRateLimitedLine;
    private long _lastRateLimitedLine;
    private bool _inBan;
    private DateTimeOffset? _banUntil;

    private long _skews;
    private long _firstSkewLine;
    private long _lastSkewLine;
    private LogTimestamp? _firstSkew;
    private LogTimestamp? _lastSkew;

    private (BinanceVenue Venue, int? Code, string Message)? _runKey;
    private LogOccurrence? _runFirst;
    private long _runCount;
    private long _runLastLine;

    private long _unresolved;
    private long _firstUnresolvedLine;
    private long _lastUnresolvedLine;

    public void Add(LogOccurrence occurrence)
    {
        var error = occurrence.Error;
        _count++;
        _firstLine ??= occurrence.Line;
        _lastLine = occurrence.Line;
        if (occurrence.Timestamp is { } time)
        {
            _firstSeen ??= time;
            _lastSeen = time;
        }

        var key = (error.Venue, error.Code, error.Code is null ? error.HttpStatus : null);
        if (_byCode.TryGetValue(key, out var stats))
        {
            stats.Count++;
            stats.LastLine = occurrence.Line;
            stats.LastSeen = occurrence.Timestamp ?? stats.LastSeen;
            stats.FirstSeen ??= occurrence.Timestamp;
        }
        else
        {
            _byCode[key] = new CodeStats(error, occurrence);
        }

        _byKind[error.Kind] = _byKind.GetValueOrDefault(error.Kind) + 1;

        ObserveRateLimits(occurrence);
        ObserveClock(occurrence);
        ObserveRun(occurrence);
        if (error.Kind == BinanceErrorKind.ExecutionUnknown && occurrence.Intent == RequestIntent.PlaceOrder)
        {
            if (_unresolved == 0)
            {
                _firstUnresolvedLine = occurrence.Line;
            }

            _unresolved++;
            _lastUnresolvedLine = occurrence.Line;
        }
    }

    /// <summary>A line looked an order up: unknown outcomes before it were reconciled.</summary>
    public void LookupSeen() => _unresolved = 0;

    public LogScanSummary Finish(long lines, long bytes, LogScanStop? stop)
    {
        CloseRun(next: null);
        if (!_inBan && _rateLimited >= RepeatedRateLimitCount)
        {
            Pattern(LogPatternKind.RepeatedRateLimits, null, _firstRateLimitedLine).Record(_rateLimited, _lastRateLimitedLine);
        }

        if (_skews >= ClockDriftCount)
        {
            var state = Pattern(LogPatternKind.ClockDrift, BinanceErrorCodes.InvalidTimestamp, _firstSkewLine);
            state.Record(_skews, _lastSkewLine);
            if (_firstSkew is { } first && _lastSkew is { } last && last.AssumingUtc > first.AssumingUtc)
            {
                state.Interval = (last.AssumingUtc - first.AssumingUtc) / (_skews - 1);
                state.Span = $"{first} to {last}";
            }
        }

        if (_unresolved > 0)
        {
            Pattern(LogPatternKind.UnknownOutcomeNotReconciled, null, _firstUnresolvedLine).Record(_unresolved, _lastUnresolvedLine);
        }

        return new LogScanSummary
        {
            Lines = lines,
            Bytes = bytes,
            Occurrences = _count,
            FirstLine = _firstLine,
            LastLine = _lastLine,
            FirstSeen = _firstSeen,
            LastSeen = _lastSeen,
            ByCode = [.. _byCode.Values.OrderByDescending(s => s.Count).ThenBy(s => s.FirstLine).Select(s => s.ToCount())],
            ByKind = [.. _byKind.OrderByDescending(k => k.Value).ThenBy(k => k.Key).Select(k => new LogKindCount(k.Key, k.Value))],
            Patterns = [.. _patterns.Select(p => p.ToPattern())],
            Stopped = stop,
        };
    }

    private void ObserveRateLimits(LogOccurrence occurrence)
    {
        var error = occurrence.Error;
        var now = occurrence.Timestamp?.AssumingUtc;
        if (_inBan && _banUntil is { } until && now is { } at && at >= until)
        {
            _inBan = false;
        }

        if (error.Kind == BinanceErrorKind.RateLimited)
        {
            // A 429 means the IP is not banned (any more).
            _inBan = false;
            if (_rateLimited == 0)
            {
                _firstRateLimitedLine = occurrence.Line;
            }

            _rateLimited++;
            _lastRateLimitedLine = occurrence.Line;
            return;
        }

        if (error.Kind != BinanceErrorKind.IpBanned)
        {
            return;
        }

        if (_inBan)
        {
            Pattern(LogPatternKind.TrafficDuringBan, null, occurrence.Line).Record(1, occurrence.Line);
            return;
        }

        _inBan = true;
        // Stryker disable once NullCoalescing : only IpBanned errors reach this line, and for them the classifier (and the scanner's time-less rewrite) always sets BannedUntil and Advice.Until to the same instant
        _banUntil = error.BannedUntil ?? error.Advice.Until;
        if (_rateLimited > 0)
        {
            var state = Pattern(LogPatternKind.BanAfterRateLimits, null, _firstRateLimitedLine);
            state.Record(_rateLimited, occurrence.Line);
            state.Episodes++;
        }

        _rateLimited = 0;
    }

    private void ObserveClock(LogOccurrence occurrence)
    {
        if (occurrence.Error.Kind != BinanceErrorKind.ClockSkew)
        {
            return;
        }

        if (_skews++ == 0)
        {
            _firstSkewLine = occurrence.Line;
        }

        _lastSkewLine = occurrence.Line;
        if (occurrence.Timestamp is { } time)
        {
            _firstSkew ??= time;
            _lastSkew = time;
        }
    }

    private void ObserveRun(LogOccurrence occurrence)
    {
        var error = occurrence.Error;
        var key = (error.Venue, error.Code, error.Template?.Text ?? error.Message);
        if (_runKey == key)
        {
            _runCount++;
            _runLastLine = occurrence.Line;
            return;
        }

        CloseRun(occurrence);
        _runKey = key;
        _runFirst = occurrence;
        _runCount = 1;
        _runLastLine = occurrence.Line;
    }

    private void CloseRun(LogOccurrence? next)
    {
        if (_runFirst is not { } first)
        {
            return;
        }

        var error = first.Error;
        if (error.Kind == BinanceErrorKind.FilterRejected && _runCount >= SizingLoopLength && next?.Error.Kind == BinanceErrorKind.InsufficientBalance)
        {
            var state = Pattern(LogPatternKind.SizingLoop, error.Code, first.Line);
            state.Record(_runCount, next.Line);
            state.Name = error.Code?.ToString(CultureInfo.InvariantCulture) ?? "filter failure";
            state.NextName = next.Error.Code?.ToString(CultureInfo.InvariantCulture) ?? "insufficient balance";
        }
        else if (_runCount >= RejectionLoopLength && IsRejection(error))
        {
            var state = Pattern(LogPatternKind.RejectionLoop, error.Code, first.Line);
            state.Record(_runCount, _runLastLine);
            state.Name = error.Code is { } code ? $"{code} {error.Name}".TrimEnd() : error.Reason?.ToString() ?? error.Kind.ToString();
            state.RejectionKind = error.Kind;
            state.Hint = error.Definition?.Hint;
        }

        _runFirst = null;
        _runKey = null;
        _runCount = 0;
    }

    private static bool IsRejection(BinanceError error) =>
        error.Advice.Action == RecoveryAction.DoNotRetry && error.Kind is not (BinanceErrorKind.Unknown or BinanceErrorKind.IpBanned or BinanceErrorKind.AccessBlocked);

    private PatternState Pattern(LogPatternKind kind, int? code, long firstLine)
    {
        if (!_patternsByKey.TryGetValue((kind, code), out var state))
        {
            state = new PatternState(kind, firstLine);
            _patternsByKey[(kind, code)] = state;
            _patterns.Add(state);
        }

        return state;
    }

    private static string Human(TimeSpan interval) =>
        interval.TotalSeconds < 90 ? $"{interval.TotalSeconds:0} s"
        : interval.TotalMinutes < 90 ? $"{interval.TotalMinutes:0} min"
        : interval.TotalHours < 48 ? $"{interval.TotalHours:0.#} h"
        : $"{interval.TotalDays:0.#} days";

    private sealed class CodeStats(BinanceError error, LogOccurrence first)
    {
        public long Count { get; set; } = 1;

        public long FirstLine { get; } = first.Line;

        public long LastLine { get; set; } = first.Line;

        public LogTimestamp? FirstSeen { get; set; } = first.Timestamp;

        public LogTimestamp? LastSeen { get; set; } = first.Timestamp;

        public LogCodeCount ToCount() => new(
            error.Venue,
            error.Code,
            error.Code is null ? error.HttpStatus : null,
            error.Name ?? error.Reason?.ToString(),
            error.Kind,
            Count,
            FirstLine,
            LastLine,
            FirstSeen,
            LastSeen);
    }

    private sealed class PatternState(LogPatternKind kind, long firstLine)
    {
        public long Count { get; private set; }

        public long LastLine { get; private set; }

        public int Episodes { get; set; }

        public TimeSpan? Interval { get; set; }

        public string? Span { get; set; }

        public string? Name { get; set; }

        public string? NextName { get; set; }

        public BinanceErrorKind RejectionKind { get; set; }

        public string? Hint { get; set; }

        public void Record(long count, long lastLine)
        {
            Count += count;
            LastLine = Math.Max(LastLine, lastLine);
        }

        public LogPattern ToPattern()
        {
            var (summary, advice) = kind switch
            {
                LogPatternKind.BanAfterRateLimits => (Episodes > 1
                    ? $"{Episodes} bans (418) after {Count} × 429 in all: you are polling"
                    : $"418 after {Count} × 429: you are polling", PollingAdvice),
                LogPatternKind.TrafficDuringBan => ($"{Count} more request{(Count == 1 ? string.Empty : "s")} answered 418 during the ban: each one can lengthen it", DuringBanAdvice),
                LogPatternKind.RepeatedRateLimits => ($"{Count} × 429 and no ban yet: the next step is a ban", RateLimitAdvice),
                LogPatternKind.ClockDrift => (Interval is { } every
                    ? $"-1021 {Count} times, every {Human(every)} on average ({Span}): the clock drifts"
                    : $"-1021 {Count} times: the clock drifts (or recvWindow is too small for the latency)", ClockAdvice),
                LogPatternKind.SizingLoop => ($"{NextName} after {Name} × {Count}: a sizing bug retried in a loop", SizingAdvice),
                LogPatternKind.RejectionLoop => ($"{Name} {Count} times in a row: a rejection retried unchanged",
                    $"The exchange refuses this request for a reason a retry cannot change ({RejectionKind}); stop resending it and fix the request." + (Hint is null ? string.Empty : " " + Hint)),
                _ => ($"{Count} order request{(Count == 1 ? string.Empty : "s")} with an unknown outcome (5XX, -1006, -1007) and no lookup after: an order may exist that the bot does not know", UnknownOutcomeAdvice),
            };
            return new LogPattern(kind, summary, advice, Count, firstLine, LastLine);
        }
    }
}
