namespace BinanceErrors.Sandbox.Matching;

/// <summary>What a taker does with the best maker the book offers it.</summary>
internal enum MatchAction
{
    /// <summary>Trade with the maker (the quantity is in the <see cref="MatchDecision"/>).</summary>
    Fill,

    /// <summary>Stop matching: the taker is done, or cannot take more.</summary>
    Stop,

    /// <summary>Take the maker off the book without a trade (self-trade prevention expired it) and look at the next one.</summary>
    Withdraw,
}
