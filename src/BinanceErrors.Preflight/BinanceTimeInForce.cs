namespace BinanceErrors.Preflight;

/// <summary>How long an order stays working.</summary>
public enum BinanceTimeInForce
{
    /// <summary><c>GTC</c>: good till cancelled.</summary>
    Gtc = 0,

    /// <summary><c>IOC</c>: fill what can be filled at once, expire the rest.</summary>
    Ioc = 1,

    /// <summary><c>FOK</c>: fill completely at once or expire.</summary>
    Fok = 2,
}
