namespace BinanceErrors;

/// <summary>The outcome of one half of a Spot cancel-replace (<c>cancelResult</c> / <c>newOrderResult</c>).</summary>
public enum CancelReplaceLegResult
{
    /// <summary>Not reported, or a value this version does not know.</summary>
    Unknown = 0,

    /// <summary><c>SUCCESS</c>: this half happened.</summary>
    Success = 1,

    /// <summary><c>FAILURE</c>: this half was attempted and failed.</summary>
    Failure = 2,

    /// <summary><c>NOT_ATTEMPTED</c>: this half was skipped because the other failed.</summary>
    NotAttempted = 3,
}
