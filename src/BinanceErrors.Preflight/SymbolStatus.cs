namespace BinanceErrors.Preflight;

/// <summary>A symbol's trading status; only <see cref="Trading"/> accepts new orders.</summary>
public enum SymbolStatus
{
    /// <summary>A status this version does not know; treated as not trading.</summary>
    Unknown = 0,

    /// <summary><c>TRADING</c>.</summary>
    Trading = 1,

    /// <summary><c>END_OF_DAY</c>.</summary>
    EndOfDay = 2,

    /// <summary><c>HALT</c>.</summary>
    Halt = 3,

    /// <summary><c>BREAK</c>.</summary>
    Break = 4,

    /// <summary><c>CANCEL_ONLY</c>: cancels are accepted, new orders are not.</summary>
    CancelOnly = 5,

    /// <summary><c>PRE_TRADING</c> (older and Binance.US documents).</summary>
    PreTrading = 6,

    /// <summary><c>POST_TRADING</c> (older and Binance.US documents).</summary>
    PostTrading = 7,

    /// <summary><c>AUCTION_MATCH</c> (older and Binance.US documents).</summary>
    AuctionMatch = 8,
}
