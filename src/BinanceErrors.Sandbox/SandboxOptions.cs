namespace BinanceErrors.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> is set up. Every default is documented and fits tests.</summary>
public sealed record SandboxOptions
{
    /// <summary>The port; 0 picks a free one.</summary>
    /// <value>The default value is 0.</value>
    public int Port { get; init; }

    /// <summary>Whether to listen on every interface instead of loopback only.</summary>
    /// <value>The default value is <see langword="false"/>: 127.0.0.1 only.</value>
    public bool AllowRemote { get; init; }

    /// <summary>The exchangeInfo document (JSON) served and enforced; its rate limits are the sandbox's.</summary>
    /// <value>The default value is <see langword="null"/>: the built-in BTCUSDT, ETHUSDT, ETHBTC, BNBUSDT and halted LUNAUSDT.</value>
    public string? ExchangeInfoJson { get; init; }

    /// <summary>Rate limits that replace the exchangeInfo's own (served and enforced), e.g. short windows for tests.</summary>
    /// <value>The default value is <see langword="null"/>: the exchangeInfo's <c>rateLimits</c>.</value>
    public IReadOnlyList<BinanceRateLimit>? RateLimits { get; init; }

    /// <summary>The API keys (one account each).</summary>
    /// <value>The default value is one HMAC key <c>sandboxkey</c> with secret <c>sandbox-secret</c>.</value>
    public IReadOnlyList<SandboxApiKey> ApiKeys { get; init; } = [new SandboxApiKey { ApiKey = "sandboxkey", HmacSecret = "sandbox-secret" }];

    /// <summary>
    /// The price each symbol's house liquidity is seeded around (and its last price until the first trade). Not the
    /// exchange's reference price: a symbol has none until one is set (<see cref="SandboxServer.SetReferencePrice"/>).
    /// </summary>
    /// <value>The default value is BTCUSDT 30000, ETHUSDT 3000, ETHBTC 0.05, BNBUSDT 600; others 1.</value>
    public IReadOnlyDictionary<string, decimal> SeedPrices { get; init; } = new Dictionary<string, decimal>
    {
        ["BTCUSDT"] = 30000m,
        ["ETHUSDT"] = 3000m,
        ["ETHBTC"] = 0.05m,
        ["BNBUSDT"] = 600m,
    };

    /// <summary>Whether each trading symbol starts with resting house orders on both sides.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool SeedLiquidity { get; init; } = true;

    /// <summary>How many requests sent while limited (429) earn a ban (418).</summary>
    /// <value>The default value is 3.</value>
    public int ViolationsBeforeBan { get; init; } = 3;

    /// <summary>Ban lengths for the first, second, … ban of an IP; the last repeats.</summary>
    /// <value>The default value is 2 min, 10 min, 1 h, 6 h, 3 days, as the exchange escalates.</value>
    public IReadOnlyList<TimeSpan> BanDurations { get; init; } =
        [TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromDays(3)];

    /// <summary>
    /// Whether successful Spot order placements and cancels cost no request weight, the exchange's rule since
    /// 2026-04-02 (failed ones still cost their documented weight, and <c>X-MBX-USED-WEIGHT-*</c> shows it).
    /// </summary>
    /// <value>The default value is <see langword="true"/>; <see langword="false"/> charges every call its documented weight, as before 2026-04-02.</value>
    public bool FreeSuccessfulOrders { get; init; } = true;

    /// <summary>How often the WebSocket API pings each connection (Spot and Binance.US since 2026-08-31: every 20 seconds).</summary>
    /// <value>The default value is 20 seconds.</value>
    public TimeSpan WebSocketPingInterval { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a WebSocket API connection may leave a ping unanswered before the server closes it.</summary>
    /// <value>The default value is 60 seconds.</value>
    public TimeSpan WebSocketPongTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The WebSocket API's connection admission limit: connection attempts allowed per IP in each
    /// <see cref="WebSocketConnectionWindow"/> (Spot documents 300 every 5 minutes; the sandbox applies the same to
    /// <c>/ws-fapi/v1</c>). An attempt over it is refused before the upgrade with HTTP 429 and -1003.
    /// </summary>
    /// <value>The default value is 300.</value>
    public int WebSocketConnectionAttempts { get; init; } = 300;

    /// <summary>The window of <see cref="WebSocketConnectionAttempts"/>, aligned to the UTC clock like the exchange's limits.</summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan WebSocketConnectionWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where the server's host logs (Kestrel and ASP.NET Core: an unhandled exception in a request or a WebSocket
    /// connection, a connection error), e.g. to see in a test that hostile input caused none. The factory is the
    /// caller's: the server does not dispose it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: nothing is logged.</value>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The clock the server's time comes from.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The commission rate charged on every fill, in the received asset.</summary>
    /// <value>The default value is 0.001 (0.1%).</value>
    public decimal CommissionRate { get; init; } = 0.001m;

    /// <summary>Which exchange the sandbox plays: Spot (<c>/api/v3</c>), USDⓈ-M futures (<c>/fapi</c>) or COIN-M futures (<c>/dapi</c>).</summary>
    /// <value>The default value is <see cref="SandboxVenue.Spot"/>.</value>
    public SandboxVenue Venue { get; init; }

    /// <summary>
    /// Further futures venues served by the same server, e.g. <see cref="SandboxVenue.CoinM"/> beside a
    /// <see cref="SandboxVenue.UsdM"/> <see cref="Venue"/>: as on the exchange since 2026-06-30, they share one limit
    /// pool per IP and per account (the first venue's rate limits) and one position mode per account (a change on
    /// either venue applies to both; -4067/-4068 while either has open orders or positions). Each uses its built-in
    /// exchangeInfo (<see cref="ExchangeInfoJson"/> is the first venue's). Spot is served alone.
    /// </summary>
    /// <value>The default value is empty: one venue.</value>
    public IReadOnlyList<SandboxVenue> AlsoServe { get; init; } = [];

    /// <summary>USDⓈ-M and COIN-M: the starting mark price per symbol (the house liquidity is quoted around it).</summary>
    /// <value>
    /// The default value is late-2026 levels: BTCUSDT 95000, ETHUSDT 3200, BNBUSDT 900, SOLUSDT 180, XRPUSDT 2.2,
    /// DOGEUSDT 0.25, BTCUSDT_260327 95400; COIN-M BTCUSD_PERP 95000, ETHUSD_PERP 3200, BNBUSD_PERP 900, SOLUSD_PERP 180,
    /// XRPUSD_PERP 2.2, DOGEUSD_PERP 0.25, BTCUSD_261225 95300, BTCUSD_270326 95600; each must lie within the
    /// symbol's PRICE_FILTER.
    /// </value>
    public IReadOnlyDictionary<string, decimal> MarkPrices { get; init; } = new Dictionary<string, decimal>
    {
        ["BTCUSDT"] = 95000m,
        ["ETHUSDT"] = 3200m,
        ["BNBUSDT"] = 900m,
        ["SOLUSDT"] = 180m,
        ["XRPUSDT"] = 2.2m,
        ["DOGEUSDT"] = 0.25m,
        ["BTCUSDT_260327"] = 95400m,
        ["BTCUSD_PERP"] = 95000m,
        ["ETHUSD_PERP"] = 3200m,
        ["BNBUSD_PERP"] = 900m,
        ["SOLUSD_PERP"] = 180m,
        ["XRPUSD_PERP"] = 2.2m,
        ["DOGEUSD_PERP"] = 0.25m,
        ["BTCUSD_261225"] = 95300m,
        ["BTCUSD_270326"] = 95600m,
    };

    /// <summary>USDⓈ-M and COIN-M: a seeded random walk of the mark prices; <see langword="null"/> keeps them where they are set.</summary>
    /// <value>The default value is <see langword="null"/>: mark prices move only through the admin API.</value>
    public FuturesMarkWalk? MarkPriceWalk { get; init; }

    /// <summary>USDⓈ-M and COIN-M: the leverage of every symbol until changed with <c>POST /fapi/v1/leverage</c> (<c>/dapi/v1/leverage</c>).</summary>
    /// <value>The default value is 20.</value>
    public int DefaultLeverage { get; init; } = 20;

    /// <summary>USDⓈ-M and COIN-M: the maker and taker commission rates, charged on the fill's notional in the margin asset (USDT; the coin on COIN-M).</summary>
    /// <value>The default value is 0.0002 maker and 0.0005 taker (0.02 % / 0.05 %, the regular tier).</value>
    public (decimal Maker, decimal Taker) FuturesCommission { get; init; } = (0.0002m, 0.0005m);
}
