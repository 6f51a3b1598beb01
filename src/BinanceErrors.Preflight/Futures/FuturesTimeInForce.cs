namespace BinanceErrors.Preflight.Futures;

/// <summary>How long a futures order stays working.</summary>
public enum FuturesTimeInForce
{
    /// <summary><c>GTC</c>: good till cancelled.</summary>
    Gtc = 0,

    /// <summary><c>IOC</c>: fill what can be filled at once, expire the rest.</summary>
    Ioc = 1,

    /// <summary><c>FOK</c>: fill completely at once or expire.</summary>
    Fok = 2,

    /// <summary><c>GTX</c>: post only; expires instead of taking.</summary>
    Gtx = 3,

    /// <summary><c>GTD</c>: good till the <c>goodTillDate</c> timestamp.</summary>
    Gtd = 4,

    /// <summary><c>RPI</c>: retail price improvement (post only, hidden from the public book).</summary>
    Rpi = 5,

    /// <summary><c>GTE_GTC</c>: good till the position is closed (close-position conditional orders).</summary>
    GteGtc = 6,
}
