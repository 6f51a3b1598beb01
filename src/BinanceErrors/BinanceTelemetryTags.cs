namespace BinanceErrors;

/// <summary>
/// The tag (attribute) names and values BinanceErrors' meters use, so dashboards, alert rules and code that listens
/// to the meters agree on them. Names follow the OpenTelemetry semantic conventions where one exists
/// (<c>error.type</c>, <c>http.response.status_code</c>, <c>http.request.method</c>, <c>url.template</c>) and are
/// namespaced under <c>binance.</c> otherwise. Values are lower-case: the venue as its wire name, kinds and actions in
/// snake_case, so a Prometheus label reads <c>binance_error_kind="rate_limited"</c>.
/// </summary>
public static class BinanceTelemetryTags
{
    /// <summary>The venue: <c>spot</c>, <c>usdm</c>, <c>coinm</c> or <c>us</c> (<see cref="VenueValue"/>).</summary>
    public const string Venue = "binance.venue";

    /// <summary>The Binance error code, e.g. <c>-1021</c>; absent when the answer carried none (an HTML 502).</summary>
    public const string ErrorCode = "binance.error.code";

    /// <summary>The error's <see cref="BinanceErrorKind"/> in snake_case (<see cref="KindValue"/>).</summary>
    public const string ErrorKind = "binance.error.kind";

    /// <summary>The <see cref="RecoveryAction"/> the classifier advised, in snake_case (<see cref="ActionValue"/>).</summary>
    public const string RecoveryAction = "binance.recovery.action";

    /// <summary>
    /// OpenTelemetry's <c>error.type</c>: the class of the error. The error's NAME from the catalog when it has one
    /// (<c>INVALID_TIMESTAMP</c>), else the HTTP status code as text (<c>502</c>), else the exception's type name.
    /// </summary>
    public const string ErrorType = "error.type";

    /// <summary>OpenTelemetry's <c>http.response.status_code</c> (an integer).</summary>
    public const string HttpStatusCode = "http.response.status_code";

    /// <summary>OpenTelemetry's <c>http.request.method</c>.</summary>
    public const string HttpMethod = "http.request.method";

    /// <summary>
    /// OpenTelemetry's <c>url.template</c>: the endpoint's path (Binance paths carry no identifiers), or <c>_OTHER</c>
    /// for a path the endpoint table does not know, so a typo cannot make a new series per request.
    /// </summary>
    public const string UrlTemplate = "url.template";

    /// <summary>Why a request was sent again or waited: an error kind in snake_case, or what limit it waited for.</summary>
    public const string Reason = "binance.reason";

    /// <summary>How an unknown outcome was settled: <c>found</c>, <c>not_found</c>, <c>resent</c>, <c>found_after_resend</c>, <c>cancel_resent</c>, <c>resend_rejected</c> or <c>unknown</c>.</summary>
    public const string ReconciliationResult = "binance.reconciliation.result";

    /// <summary>The rate-limit window of a used-weight count, as the exchange's header suffix in lower case (<c>1m</c>).</summary>
    public const string RateLimitWindow = "binance.rate_limit.window";

    private static readonly string[] Kinds = Enum.GetNames<BinanceErrorKind>().Select(SnakeCase).ToArray();
    private static readonly string[] Actions = Enum.GetNames<RecoveryAction>().Select(SnakeCase).ToArray();

    /// <summary>The venue's one lower-case name (<see cref="BinanceVenueNames"/>): <c>spot</c>, <c>usdm</c>, <c>coinm</c> or <c>us</c>.</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>The tag value; <c>_OTHER</c> for a value outside the enum.</returns>
    public static string VenueValue(BinanceVenue venue) => Enum.IsDefined(venue) ? BinanceVenueNames.Of(venue) : "_OTHER";

    /// <summary>The kind in snake_case, e.g. <c>rate_limited</c>, <c>ip_banned</c>, <c>clock_skew</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The tag value.</returns>
    public static string KindValue(BinanceErrorKind kind) => (uint)kind < (uint)Kinds.Length ? Kinds[(int)kind] : "_OTHER";

    /// <summary>The action in snake_case, e.g. <c>retry_after</c>, <c>halt_until</c>, <c>reconcile</c>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The tag value.</returns>
    public static string ActionValue(RecoveryAction action) => (uint)action < (uint)Actions.Length ? Actions[(int)action] : "_OTHER";

    /// <summary>Reads a <see cref="Venue"/> tag value back.</summary>
    /// <param name="value">The tag value.</param>
    /// <param name="venue">The venue.</param>
    /// <returns>Whether the value names a venue.</returns>
    public static bool TryParseVenue(string? value, out BinanceVenue venue) => BinanceVenueNames.TryParse(value, out venue);

    /// <summary>Reads a <see cref="ErrorKind"/> tag value back.</summary>
    /// <param name="value">The tag value.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether the value names a kind.</returns>
    public static bool TryParseKind(string? value, out BinanceErrorKind kind)
    {
        var index = Array.IndexOf(Kinds, value);
        kind = (BinanceErrorKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The <see cref="ErrorType"/> of an error: its NAME, else its HTTP status, else <c>_OTHER</c>.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The tag value.</returns>
    public static string ErrorTypeValue(BinanceError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Definition?.Name ?? (error.HttpStatus is { } status ? StatusText(status) : "_OTHER");
    }

    private static string StatusText(int status) => status switch
    {
        400 => "400",
        401 => "401",
        403 => "403",
        404 => "404",
        418 => "418",
        429 => "429",
        500 => "500",
        502 => "502",
        503 => "503",
        504 => "504",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string SnakeCase(string name)
    {
        // Stryker disable once Arithmetic : the initial capacity only sizes the buffer; the text is the same for any capacity
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
