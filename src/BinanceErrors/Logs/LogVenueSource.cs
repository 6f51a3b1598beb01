namespace BinanceErrors.Logs;

/// <summary>Where the venue of an occurrence came from.</summary>
public enum LogVenueSource
{
    /// <summary>Nothing in the log named a venue and the code exists on Spot: Spot was assumed.</summary>
    Default = 0,

    /// <summary>The caller chose the venue.</summary>
    Option = 1,

    /// <summary>A Binance host on the line or on a line shortly before it (<c>fapi.binance.com</c>, <c>api.binance.us</c>…).</summary>
    Host = 2,

    /// <summary>A Binance path on the line or shortly before it (<c>/fapi/v1/order</c>, <c>/dapi/</c>, <c>/api/v3/</c>).</summary>
    Path = 3,

    /// <summary>A library's name for the venue on the line or shortly before it (ccxt's <c>binanceusdm</c>, <c>UMFutures</c>, <c>binance_perpetual</c>…).</summary>
    Library = 4,

    /// <summary>The code or message exists on one venue's catalog only (or not on Spot): that venue was taken.</summary>
    Catalog = 5,
}
