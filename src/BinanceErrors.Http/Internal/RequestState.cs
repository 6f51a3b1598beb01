namespace BinanceErrors.Http.Internal;

/// <summary>
/// What the handlers of one request share, resolved once by the outermost handler and carried in the request's
/// options (which retries copy): the endpoint, the host, its server clock, and when the current attempt left. The
/// handlers of one request run one after another, so nothing here needs a lock.
/// </summary>
internal sealed class RequestState(EndpointInfo endpoint, string authority)
{
    private ServerClock? _clock;
    private BinanceLimitRegistry? _clockRegistry;
    private BinanceVenue _clockVenue;

    public EndpointInfo Endpoint { get; } = endpoint;

    /// <summary>The host and port the request goes to, the key of the clock and the limits.</summary>
    public string Authority { get; } = authority;

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
