namespace BinanceErrors.Preflight.Futures;

/// <summary>A futures contract's type (<c>contractType</c> in exchangeInfo).</summary>
public enum ContractType
{
    /// <summary>A type this version does not know (kept as text in <see cref="FuturesSymbolInfo.ContractTypeText"/>).</summary>
    Unknown = 0,

    /// <summary><c>PERPETUAL</c>.</summary>
    Perpetual = 1,

    /// <summary><c>CURRENT_MONTH</c>.</summary>
    CurrentMonth = 2,

    /// <summary><c>NEXT_MONTH</c>.</summary>
    NextMonth = 3,

    /// <summary><c>CURRENT_QUARTER</c>.</summary>
    CurrentQuarter = 4,

    /// <summary><c>NEXT_QUARTER</c>.</summary>
    NextQuarter = 5,

    /// <summary><c>PERPETUAL_DELIVERING</c>: a perpetual being delisted.</summary>
    PerpetualDelivering = 6,
}
