using BinanceErrors.Http.Internal;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// What the steps of one request share, whatever carries it: the resolved facts (endpoint, host, weight, signing), its
/// server clock, which steps have run on the current attempt, when that attempt left, and how its answer was
/// classified. Resolved once by the first core that sees the request and handed along with it (in an HTTP chain with
/// another handler between ours, in the request's options). The steps of one request run one after another, so
/// nothing here needs a lock. A call hosted by a <see cref="CallHost{TRequest, TResponse}"/> is one of these
/// (<see cref="ExchangeCall{TRequest, TResponse}"/>), so a call is one object.
/// </summary>
internal class CallState(in RequestFacts facts)
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

    /// <summary>A USER_STREAM path (<c>userDataStream</c>, the futures <c>listenKey</c>): the key without a signature.</summary>
    public bool UserStream => Facts.UserStream;

    /// <summary>The steps already run on the current attempt; a core runs only the others.</summary>
    public CallSteps Done { get; set; }

    /// <summary>The local instant (ms) the limits let the current attempt go, after any wait for a window; -1 before.</summary>
    public long SentAtMs { get; set; } = -1;

    /// <summary>
    /// The classification of the last answer that was not a success; <see langword="null"/> after a success. An attempt
    /// that got no answer leaves it as it was.
    /// </summary>
    public BinanceError? LastError { get; set; }

    /// <summary>
    /// The clock measurement the current attempt's timestamp was taken from (see <see cref="SigningTimestampMs"/>);
    /// <see langword="null"/> when it was not signed. After -1021 it tells whether a new measurement corrected the clock
    /// the attempt was refused with.
    /// </summary>
    public ServerClockReading? SignedWith { get; set; }

    /// <summary>The server time to sign the current attempt with; the measurement it comes from is kept in <see cref="SignedWith"/>.</summary>
    /// <param name="registry">Where the host's clock lives.</param>
    /// <param name="venue">The venue.</param>
    /// <param name="time">The local clock.</param>
    /// <returns>The timestamp, in server milliseconds.</returns>
    public long SigningTimestampMs(BinanceLimitRegistry registry, BinanceVenue venue, TimeProvider time)
    {
        var reading = Clock(registry, venue, time).Reading;
        SignedWith = reading;
        return time.GetUtcNow().ToUnixTimeMilliseconds() + reading.OffsetMs;
    }

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
