namespace BinanceErrors.Sandbox;

/// <summary>When a fault acts relative to the real request.</summary>
public enum FaultTiming
{
    /// <summary>Instead of the request: nothing is executed.</summary>
    BeforeExecution = 0,

    /// <summary>After the request was executed: the order exists, the client is told otherwise (the case that matters).</summary>
    AfterExecution = 1,

    /// <summary>
    /// The client gets the fault's answer at once while the request stays invisible to every query, then executes
    /// <see cref="FaultRule.ExecuteAfterMs"/> later on the sandbox's clock, unless the server clock is by then past the
    /// request's <c>timestamp + recvWindow</c> (the exchange checks that window again just before the matching engine,
    /// so such a request is dropped). This is the order that reaches the engine after the client was told it failed.
    /// </summary>
    DelayedExecution = 2,
}
