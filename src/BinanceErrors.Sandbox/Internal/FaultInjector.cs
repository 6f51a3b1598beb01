namespace BinanceErrors.Sandbox.Internal;

/// <summary>Holds fault rules and decides, deterministically per seed, which fire for a request.</summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<(FaultRule Rule, Random Random)> _rules = [];
    private int _nextId = 1;

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
