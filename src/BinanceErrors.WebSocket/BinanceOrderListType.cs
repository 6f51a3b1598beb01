namespace BinanceErrors.WebSocket;

/// <summary>The order lists the Spot WebSocket API places (<c>orderList.place.oco|oto|otoco</c>).</summary>
public enum BinanceOrderListType
{
    /// <summary>One-cancels-the-other: <c>orderList.place.oco</c> (2 orders).</summary>
    Oco,

    /// <summary>One-triggers-the-other: <c>orderList.place.oto</c> (2 orders).</summary>
    Oto,

    /// <summary>One-triggers-a-one-cancels-the-other: <c>orderList.place.otoco</c> (3 orders).</summary>
    Otoco,
}
