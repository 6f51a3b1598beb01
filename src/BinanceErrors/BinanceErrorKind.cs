namespace BinanceErrors;

/// <summary>
/// A venue-independent family of failures. Decisions (retry, wait, reconcile, stop) hang off the kind, so code that
/// handles errors rarely needs the numeric code.
/// </summary>
public enum BinanceErrorKind
{
    /// <summary>Nothing more specific is known: an unknown code, an unparseable body, or -1000.</summary>
    Unknown = 0,

    /// <summary>A request-weight, raw-request or order-count limit was hit (HTTP 429, -1003, -1015).</summary>
    RateLimited = 1,

    /// <summary>The IP is banned until a stated instant (HTTP 418, "IP banned until …").</summary>
    IpBanned = 2,

    /// <summary>Blocked before the API: a WAF rule (HTTP 403) or a geographic restriction (HTTP 451).</summary>
    AccessBlocked = 3,

    /// <summary>The request timestamp is outside recvWindow or ahead of the server (-1021, futures ME recvWindow).</summary>
    ClockSkew = 4,

    /// <summary>The signature or API key was not accepted (-1022, -2014, -2015).</summary>
    Authentication = 5,

    /// <summary>The caller is known but not allowed to do this (-1002, restricted symbols, trading disabled).</summary>
    PermissionDenied = 6,

    /// <summary>The request itself is malformed or not supported (most 11xx codes).</summary>
    InvalidRequest = 7,

    /// <summary>The symbol does not exist on this venue (-1121).</summary>
    InvalidSymbol = 8,

    /// <summary>An order broke a symbol or exchange filter ("Filter failure: X", futures -40xx limits).</summary>
    FilterRejected = 9,

    /// <summary>The balance or margin does not cover the order.</summary>
    InsufficientBalance = 10,

    /// <summary>The matching engine refused the new order (-2010 and its reasons, futures rejections).</summary>
    OrderRejected = 11,

    /// <summary>The order does not exist or is archived (-2013, -2026, "Unknown order sent.").</summary>
    OrderNotFound = 12,

    /// <summary>A cancel was refused for a reason other than the order being gone.</summary>
    CancelRejected = 13,

    /// <summary>A Spot cancel-replace half succeeded (HTTP 409, -2021): one side happened, the other did not.</summary>
    PartiallyFailed = 14,

    /// <summary>The request may or may not have executed (HTTP 5XX, -1006, -1007, timeouts after sending).</summary>
    ExecutionUnknown = 15,

    /// <summary>The service refused the request before executing it (overload, shutting down, -1001, -1008).</summary>
    ServiceUnavailable = 16,

    /// <summary>
    /// The account, position or order is already in the requested state (futures -4046 "No need to change margin type.",
    /// -4059, -4052, -4171, -5027/-4197 "No need to modify the order."): nothing happened because nothing had to. Treat
    /// as success and do not alert; a start-up routine that sets margin type or position mode sees these every time.
    /// </summary>
    AlreadyInState = 17,
}
