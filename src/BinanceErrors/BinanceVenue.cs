namespace BinanceErrors;

/// <summary>
/// A Binance API family whose error codes form one code space. The same number can mean different things on
/// different venues, so every catalog lookup and every classification names its venue.
/// </summary>
public enum BinanceVenue
{
    /// <summary>Binance Spot, <c>/api/v3</c> on api.binance.com; the Spot testnet uses the same codes.</summary>
    Spot = 0,

    /// <summary>USDⓈ-M futures, <c>/fapi</c> on fapi.binance.com.</summary>
    UsdMFutures = 1,

    /// <summary>COIN-M futures, <c>/dapi</c> on dapi.binance.com.</summary>
    CoinMFutures = 2,

    /// <summary>Binance.US, <c>/api/v3</c> on api.binance.us.</summary>
    BinanceUs = 3,
}
