namespace BinanceErrors.Sandbox;

/// <summary>Which exchange a <see cref="SandboxServer"/> plays.</summary>
public enum SandboxVenue
{
    /// <summary>Spot: <c>/api/v3</c>.</summary>
    Spot = 0,

    /// <summary>USDⓈ-M futures: <c>/fapi</c>, with margin, leverage, positions and the Algo Service.</summary>
    UsdM = 1,

    /// <summary>COIN-M futures: <c>/dapi</c>, inverse contracts margined in the coin, with leverage and positions.</summary>
    CoinM = 2,
}
