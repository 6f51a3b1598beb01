namespace BinanceErrors;

/// <summary>The answer a catalog gives for a code on a venue.</summary>
public enum CodeLookupStatus
{
    /// <summary>The venue documents the code today.</summary>
    Defined = 0,

    /// <summary>The venue used to document the code; it is kept so that old logs still explain.</summary>
    Retired = 1,

    /// <summary>The venue does not document the code.</summary>
    NotInCatalog = 2,

    /// <summary>The number was invented by a third-party reference; Binance never sends it.</summary>
    NotABinanceCode = 3,
}
