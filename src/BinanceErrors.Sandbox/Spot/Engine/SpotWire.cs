using System.Globalization;
using BinanceErrors.Preflight;

namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>The wire spelling of Spot values (<c>/api/v3</c>): decimals with eight places, sides, time in force.</summary>
internal static class SpotWire
{
    /// <summary>A decimal as <c>/api/v3</c> prints it: eight places, e.g. <c>0.10000000</c>.</summary>
    public static string Decimal(decimal value) => value.ToString("F8", CultureInfo.InvariantCulture);

    /// <summary><c>BUY</c> or <c>SELL</c>.</summary>
    public static string Side(BinanceOrderSide side) => side == BinanceOrderSide.Buy ? "BUY" : "SELL";

    /// <summary><c>GTC</c>, <c>IOC</c> or <c>FOK</c> (GTC when none was sent).</summary>
    public static string TimeInForceText(BinanceTimeInForce? tif) => tif switch
    {
        BinanceTimeInForce.Ioc => "IOC",
        BinanceTimeInForce.Fok => "FOK",
        _ => "GTC",
    };
}
