namespace BinanceErrors.Http;

/// <summary>
/// How the Binance handlers behave. Every property has a safe default; the values are checked when the client is built
/// (an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> or <see cref="ArgumentException"/> names each
/// option that is out of range).
/// </summary>
public sealed class BinanceClientOptions
{
    /// <summary>The venue the client talks to; decides error meanings and endpoint paths.</summary>
    /// <value>The default value is <see cref="BinanceVenue.Spot"/>.</value>
    public BinanceVenue Venue { get; set; } = BinanceVenue.Spot;

    /// <summary>The key that signs SIGNED endpoints; public endpoints work without it.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public BinanceCredentials? Credentials { get; set; }

    /// <summary>The <c>recvWindow</c> added to signed requests that do not set one.</summary>
    /// <value>The default value is 5 seconds (the exchange's default; at most 60 s).</value>
    public TimeSpan RecvWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether a request that would cross a limit, or that meets a 429 halt, waits for the window instead of failing fast.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool WaitForLimits { get; set; } = true;

    /// <summary>The longest the client waits for a limit window or a 429 halt before failing fast.</summary>
    /// <value>The default value is 90 seconds.</value>
    public TimeSpan MaxLimitWait { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The name of the egress IP this client leaves through. The exchange counts request weight, raw requests, 429
    /// halts and 418 bans per IP, so every client (any key, or none) with the same group shares them.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: the host of the base address (clients of one host share; the
    /// <c>fapi.</c> and <c>dapi.</c> hosts of one domain count as one, as USDⓈ-M and COIN-M share one pool).
    /// </value>
    public string? IpGroup { get; set; }

    /// <summary>Whether the venue's limits are read from exchangeInfo's <c>rateLimits</c> on the first request of a host (weight 20 once).</summary>
    /// <value>The default value is <see langword="true"/>; when <see langword="false"/>, or when the exchange cannot be asked, the documented defaults apply.</value>
    public bool LearnLimitsFromExchange { get; set; } = true;

    /// <summary>Request-weight limits per IP, enforced before sending and corrected from <c>X-MBX-USED-WEIGHT-*</c>; any entry overrides the learnt ones.</summary>
    /// <value>The default value is empty: learnt from exchangeInfo (Spot documents 6000 per minute).</value>
    public IList<BinanceRateLimit> RequestWeightLimits { get; } = [];

    /// <summary>Raw-request limits per IP (every request counts 1); any entry overrides the learnt ones.</summary>
    /// <value>The default value is empty: learnt from exchangeInfo (Spot documents 300000 per 5 minutes).</value>
    public IList<BinanceRateLimit> RawRequestLimits { get; } = [];

    /// <summary>Unfilled-order limits per account, enforced before placing and corrected from <c>X-MBX-ORDER-COUNT-*</c>; any entry overrides the learnt ones.</summary>
    /// <value>The default value is empty: learnt from exchangeInfo (Spot documents 50 per 10 seconds and 160000 per day).</value>
    public IList<BinanceRateLimit> OrderLimits { get; } = [];

    /// <summary>The share of each limit kept free for other clients and estimates that run short, 0 to 0.5.</summary>
    /// <value>The default value is 0.05 (5%).</value>
    public decimal LimitHeadroom { get; set; } = 0.05m;

    /// <summary>Retries of a request that failed without executing (reads on transient errors, 429 waits, -1021 resyncs).</summary>
    /// <value>The default value is 3.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; later ones double, with jitter.</summary>
    /// <value>The default value is 200 milliseconds.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one attempt may take before it counts as "sent, no answer".</summary>
    /// <value>The default value is 10 seconds (the exchange times out at 10 s with -1007).</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Look-ups of an order whose outcome is unknown before giving up with <see cref="BinanceExecutionUnknownException"/>.</summary>
    /// <value>The default value is 4.</value>
    public int ReconcileAttempts { get; set; } = 4;

    /// <summary>
    /// Not-found (-2013) look-ups needed before an order whose outcome is unknown may be sent again; the last of them must
    /// be sent after the order's window to reach the matching engine has closed (see <see cref="ReconcileSettleMargin"/>).
    /// </summary>
    /// <value>The default value is 3.</value>
    public int MinNotFoundLookups { get; set; } = 3;

    /// <summary>
    /// Time past <c>timestamp + recvWindow</c> on the server's clock before a not-found answer counts as proof that the
    /// order will never exist. Covers the error of the measured clock offset, queueing inside the matching engine after
    /// the exchange's last recvWindow check, and the lag between the engine and the order query.
    /// </summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan ReconcileSettleMargin { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long one call may spend settling an unknown outcome (look-ups, the wait for the window to close, resends);
    /// when absence cannot be proven within it, the call ends with <see cref="BinanceExecutionUnknownException"/>.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan MaxReconcileWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where order intents are written before they leave and their outcomes after; none when <see langword="null"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public IBinanceOrderJournal? OrderJournal { get; set; }

    /// <summary>How often the server clock offset is measured again even without -1021.</summary>
    /// <value>The default value is 10 minutes.</value>
    public TimeSpan ClockResyncInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Makes client order ids for orders sent without <c>newClientOrderId</c>.</summary>
    /// <value>The default value is a 22-character random id prefixed <c>be-</c>.</value>
    public Func<string> ClientOrderIdFactory { get; set; } = () => "be-" + Guid.NewGuid().ToString("N")[..19];

    /// <summary>The clock for timestamps, windows and delays; tests substitute their own.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
