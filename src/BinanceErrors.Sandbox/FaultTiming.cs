namespace BinanceErrors.Sandbox;

/// <summary>When a fault acts relative to the real request.</summary>
public enum FaultTiming
{
    /// <summary>Instead of the request: nothing is executed.</summary>
    BeforeExecution = 0,

    /// <summary>After the request was executed: the order exists, the client is told otherwise (the case that matters).</summary>
    AfterExecution = 1,
}
