namespace BinanceErrors.Http.Internal;

/// <summary>What the client knows about an endpoint before sending: its weight, whether it is signed, and what it does.</summary>
internal readonly record struct EndpointInfo(int Weight, bool Signed, RequestIntent Intent, OrderLookup? Lookup = null, bool FreeOnSuccess = false)
{
    /// <summary>How orders of this endpoint are reconciled.</summary>
    public OrderLookup Reconciliation => Lookup ?? OrderLookup.Orders;

    public bool PlacesOrder => Intent == RequestIntent.PlaceOrder;

    public bool CancelsOrder => Intent == RequestIntent.CancelOrder;

    public bool ChangesState => Intent != RequestIntent.Read;
}
