namespace BinanceErrors.Logs;

/// <summary>What a sequence of errors in a log says together.</summary>
public enum LogPatternKind
{
    /// <summary>418 (a ban) after one or more 429s: the bot kept polling after being told to stop.</summary>
    BanAfterRateLimits = 0,

    /// <summary>Further requests answered 418 while the IP was already banned: each one can lengthen the ban.</summary>
    TrafficDuringBan = 1,

    /// <summary>Several 429s (or -1003/-1015) with no ban yet: the next step is a ban.</summary>
    RepeatedRateLimits = 2,

    /// <summary>-1021 again and again over time: the host clock drifts from the exchange's.</summary>
    ClockDrift = 3,

    /// <summary>-2010 right after a run of -1013: an order sized wrong, retried in a loop until the balance ran short.</summary>
    SizingLoop = 4,

    /// <summary>The same rejection many times in a row: a request a retry cannot fix, resent unchanged.</summary>
    RejectionLoop = 5,

    /// <summary>A 5XX (or -1006/-1007) on an order request with no order lookup after it: an order may exist that the bot does not know.</summary>
    UnknownOutcomeNotReconciled = 6,
}
