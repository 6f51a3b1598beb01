namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// What the Spot engine reports as it changes orders, for user data streams: each accepted order, each fill, each
/// order that leaves the book otherwise (cancelled, expired). Called inside the engine's lock, in the order of events.
/// </summary>
internal interface ISpotOrderEvents
{
    /// <summary>An order changed.</summary>
    /// <param name="order">The order, as it is after the change.</param>
    /// <param name="executionType">NEW, TRADE, CANCELED, EXPIRED or TRADE_PREVENTION.</param>
    /// <param name="trade">The fill, for TRADE.</param>
    /// <param name="now">The engine's clock.</param>
    void OrderChanged(EngineOrder order, string executionType, EngineTrade? trade, long now);
}
