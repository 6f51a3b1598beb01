namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>Holds fault rules and decides, deterministically per seed, which fire for a request.</summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<(FaultRule Rule, Random Random)> _rules = [];
    private int _nextId = 1;

    /// <summary>Ten minutes, as for delayed execution: tests hold an answer back for longer than any client waits, but a bound keeps a typo from tying up a connection for days.</summary>
    public const int MaxDelayMs = 600_000;

    /// <summary>A day, the longest ban Binance hands out.</summary>
    public const int MaxBanSeconds = 86_400;

    public FaultRule Add(FaultRule rule)
    {
        if (rule.Probability is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Probability, "probability must be between 0 and 1.");
        }

        if (rule.Status is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Status, "status must be an HTTP status from 100 to 599.");
        }

        if (rule.Timing == FaultTiming.DelayedExecution)
        {
            if (rule.ExecuteAfterMs is not { } after || after is < 0 or > 600_000)
            {
                throw new ArgumentOutOfRangeException(nameof(rule), rule.ExecuteAfterMs, "timing delayedExecution needs executeAfterMs from 0 to 600000.");
            }

            if (rule.Status is null && !rule.Abort)
            {
                throw new ArgumentException("timing delayedExecution needs the answer the client gets at once: a status (with or without a code) or abort.", nameof(rule));
            }
        }

        if (rule.Count is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Count, "count must be 0 or more (leave it out to fire without limit).");
        }

        if (rule.DelayMs is < 0 or > MaxDelayMs)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.DelayMs, $"delayMs must be from 0 to {MaxDelayMs}.");
        }

        if (rule.BanSeconds is < 1 or > MaxBanSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.BanSeconds, $"banSeconds must be from 1 to {MaxBanSeconds}.");
        }

        if (rule.ClockShiftMs is { } shift && (shift < -SandboxClock.MaxOffsetMs || shift > SandboxClock.MaxOffsetMs))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.ClockShiftMs, $"clockShiftMs must be from -{SandboxClock.MaxOffsetMs} to {SandboxClock.MaxOffsetMs} (about ten years).");
        }

        if (rule.Code is < -99_999 or > 99_999)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Code, "code must be an error code from -99999 to 99999.");
        }

        lock (_gate)
        {
            var stored = rule with { Id = _nextId++, Hits = 0 };
            _rules.Add((stored, new Random(rule.Seed)));
            return stored;
        }
    }

    public IReadOnlyList<FaultRule> List()
    {
        lock (_gate)
        {
            return [.. _rules.Select(r => r.Rule)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    public bool Remove(int id)
    {
        lock (_gate)
        {
            return _rules.RemoveAll(r => r.Rule.Id == id) > 0;
        }
    }

    /// <summary>The rules that fire for this request at this timing; each firing counts as a hit.</summary>
    public IReadOnlyList<FaultRule> Fire(string method, string path, string? symbol, FaultTiming timing)
    {
        lock (_gate)
        {
            List<FaultRule>? fired = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, random) = _rules[i];
                if (rule.Timing != timing
                    || (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                    || (rule.Path is not null && !string.Equals(rule.Path, path, StringComparison.Ordinal))
                    || (rule.Symbol is not null && !string.Equals(rule.Symbol, symbol, StringComparison.Ordinal))
                    || (rule.Count is { } count && rule.Hits >= count))
                {
                    continue;
                }

                if (rule.Probability is { } probability && (decimal)random.Next(1_000_000) / 1_000_000m >= probability)
                {
                    continue;
                }

                var hit = rule with { Hits = rule.Hits + 1 };
                _rules[i] = (hit, random);
                (fired ??= []).Add(hit);
            }

            return fired ?? (IReadOnlyList<FaultRule>)[];
        }
    }
}
