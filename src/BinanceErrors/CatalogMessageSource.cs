namespace BinanceErrors;

/// <summary>Where the real message text of a code is listed.</summary>
public enum CatalogMessageSource
{
    /// <summary>The code's own message list.</summary>
    Own = 0,

    /// <summary>The matching-engine message table (-1010, -2010, -2011, -2038).</summary>
    MatchingEngine = 1,

    /// <summary>The "Filter failure: X" table (-1013).</summary>
    FilterFailures = 2,
}
