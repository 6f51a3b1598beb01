namespace BinanceErrors.Http.Internal;

/// <summary>
/// What the handlers of one request share, resolved once by the outermost handler and handed to the inner handlers
/// directly (or, when another handler sits between them, in the request's options, which retries copy): the endpoint,
/// the host, the caller's per-request overrides, its server clock, and when the current attempt left. The handlers of
/// one request run one after another, so nothing here needs a lock. The resilience handler's per-call state derives
/// from it, so a call is one object.
/// </summary>
internal class RequestState(in RequestFacts facts)
{
    private ServerClock? _clock;
    private BinanceLimitRegistry? _clockRegistry;
    private BinanceVenue _clockVenue;

    /// <summary>What was resolved about the request.</summary>
    public RequestFacts Facts { get; } = facts;

    public EndpointInfo Endpoint => Facts.Endpoint;

    /// <summary>The host and port the request goes to, the key of the clock and the limits.</summary>
    public string Authority => Facts.Authority;

    /// <summary>The weight to reserve: the caller's <see cref="BinanceRequestOptions.Weight"/> or the endpoint's.</summary>
    public int Weight => Facts.Weight;

    /// <summary>Whether to sign: the caller's <see cref="BinanceRequestOptions.Signed"/> or the endpoint's.</summary>
    public bool Signed => Facts.Signed;

    /// <summary>What the request adds to the account's order-count windows.</summary>
    public OrderCountCost Orders => Facts.Orders;

    /// <summary>A USER_STREAM path (<c>userDataStream</c>): the key without a signature.</summary>
    public bool UserStream => Facts.UserStream;

    /// <summary>The local instant (ms) the limit handler let the current attempt go, after any wait for a window; -1 before.</summary>
    public long SentAtMs { get; set; } = -1;

    /// <summary>The server clock of this host, looked up in the registry once per request.</summary>
    public ServerClock Clock(BinanceLimitRegistry registry, BinanceVenue venue, TimeProvider time)
    {
        if (_clock is { } clock && ReferenceEquals(_clockRegistry, registry) && _clockVenue == venue && ReferenceEquals(clock.Time, time))
        {
            return clock;
        }

        clock = registry.Clock(venue, Authority, time);
        (_clock, _clockRegistry, _clockVenue) = (clock, registry, venue);
        return clock;
    }
}
