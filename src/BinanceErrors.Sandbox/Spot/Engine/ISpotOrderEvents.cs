namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// What the Spot engine reports as it changes orders and balances, for user data streams: each accepted order, each
/// fill, each order that leaves the book otherwise (cancelled, expired), order lists starting and ending, and balance
/// changes outside trading. Called inside the engine's lock, in the order of events.
/// </summary>
internal interface ISpotOrderEvents
{
    /// <summary>An order changed.</summary>
    /// <param name="order">The order, as it is after the change.</param>
    /// <param name="executionType">NEW, TRADE, CANCELED, EXPIRED or TRADE_PREVENTION.</param>
    /// <param name="trade">The fill, for TRADE.</param>
    /// <param name="now">The engine's clock.</param>
    void OrderChanged(EngineOrder order, string executionType, EngineTrade? trade, long now);

    /// <summary>An order list started executing or is all done (reported after its legs' changes).</summary>
    /// <param name="list">The list, as it is after the change.</param>
    /// <param name="now">The engine's clock.</param>
    void ListChanged(EngineOrderList list, long now);

    /// <summary>A balance changed outside trading (a deposit or withdrawal through the admin API).</summary>
    /// <param name="account">The account.</param>
    /// <param name="asset">The asset.</param>
    /// <param name="delta">The change (negative for a withdrawal).</param>
    /// <param name="now">The engine's clock.</param>
    void BalanceChanged(string account, string asset, decimal delta, long now);
}
