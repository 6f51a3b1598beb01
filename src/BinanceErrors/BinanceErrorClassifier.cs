using System.Buffers;
using System.Text;
using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// Turns any Binance HTTP response (venue, status, headers, body) into a <see cref="BinanceError"/> with recovery
/// advice. A pure function driven by the catalog: it never throws, whatever the body holds.
/// </summary>
public static class BinanceErrorClassifier
{
    private const int MessageBufferLength = MessageText.MaxNormalizedLength;

    /// <summary>Classifies a response whose body is available as bytes (the allocation-light path).</summary>
    /// <param name="venue">The venue the request went to.</param>
    /// <param name="httpStatus">The HTTP status, when known.</param>
    /// <param name="body">The response body; only its first 64 KB are read.</param>
    /// <param name="headers">The response headers (Retry-After is read).</param>
    /// <param name="intent">What the request did; decides between "reconcile" and "retry" when the outcome is unknown.</param>
    /// <param name="timeProvider">The clock for Retry-After dates and window ends; <see cref="TimeProvider.System"/> by default.</param>
    /// <returns>The classification; never <see langword="null"/>.</returns>
    public static BinanceError Classify(
        BinanceVenue venue,
        int? httpStatus,
        ReadOnlySpan<byte> body,
        BinanceResponseHeaders headers = default,
        RequestIntent intent = RequestIntent.Unspecified,
        TimeProvider? timeProvider = null)
    {
        try
        {
            return ClassifyCore(venue, httpStatus, body, headers, intent, timeProvider ?? TimeProvider.System);
        }
#pragma warning disable CA1031 // The classifier's contract is to never throw; a bug here must not take down error handling.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new BinanceError
            {
                Venue = venue,
                HttpStatus = httpStatus,
                Kind = BinanceErrorKind.Unknown,
                Advice = RecoveryAdvice.DoNotRetry,
                BodyKind = body.IsEmpty ? ResponseBodyKind.Empty : ResponseBodyKind.Text,
            };
        }
    }

    /// <summary>Classifies a response whose body is available as text.</summary>
    /// <param name="venue">The venue the request went to.</param>
    /// <param name="httpStatus">The HTTP status, when known.</param>
    /// <param name="body">The response body; <see langword="null"/> means empty.</param>
    /// <param name="headers">The response headers (Retry-After is read).</param>
    /// <param name="intent">What the request did.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> by default.</param>
    /// <returns>The classification; never <see langword="null"/>.</returns>
    public static BinanceError Classify(
        BinanceVenue venue,
        int? httpStatus,
        string? body,
        BinanceResponseHeaders headers = default,
        RequestIntent intent = RequestIntent.Unspecified,
        TimeProvider? timeProvider = null)
    {
        if (string.IsNullOrEmpty(body))
        {
            return Classify(venue, httpStatus, ReadOnlySpan<byte>.Empty, headers, intent, timeProvider);
        }

        var max = Math.Min(body.Length, ResponseBodyReader.MaxBodyBytes);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(body.AsSpan(0, max), rented);
            return Classify(venue, httpStatus, rented.AsSpan(0, length), headers, intent, timeProvider);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The classification without the never-throw guard, so tests and fuzzing see real failures.</summary>
    internal static BinanceError ClassifyUnguarded(
        BinanceVenue venue,
        int? httpStatus,
        ReadOnlySpan<byte> body,
        BinanceResponseHeaders headers,
        RequestIntent intent,
        TimeProvider timeProvider) => ClassifyCore(venue, httpStatus, body, headers, intent, timeProvider);

    private static BinanceError ClassifyCore(
        BinanceVenue venue,
        int? httpStatus,
        ReadOnlySpan<byte> body,
        BinanceResponseHeaders headers,
        RequestIntent intent,
        TimeProvider time)
    {
        var catalog = BinanceErrorCatalog.For(venue);
        Span<char> messageBuffer = stackalloc char[MessageBufferLength];
        ResponseBodyReader.Read(body, messageBuffer, out var parsed);
        var status = httpStatus ?? parsed.Status;
        var received = messageBuffer[..parsed.MessageLength];

        Span<char> normalizedBuffer = stackalloc char[MessageText.MaxNormalizedLength];
        var normalized = MessageText.Normalize(received, normalizedBuffer, parsed.PlainMessage);

        ErrorDefinition? definition = null;
        if (parsed.Code is { } code)
        {
            catalog.TryGetDefinition(code, out definition);
        }

        Span<Range> captures = stackalloc Range[TemplatePattern.MaxPlaceholders];
        var match = default(MessageMatch);
        MatchMessage(catalog, definition, parsed.Code is null, status, normalized, captures, ref match);
        // A filter named by the shared filter-failure table comes with the FilterRejected kind; one named by the code's
        // own definition comes with the definition's kind.
        var kind = match.Kind ?? definition?.Kind ?? BinanceErrorKind.Unknown;
        var filter = match.Filter ?? definition?.Filter;

        // The clock is read only when an answer depends on it (a header to date, a window or a ban to time).
        var now = DateTimeOffset.MinValue;
        var hasRetryAfter = false;
        var retryAfter = TimeSpan.Zero;
        if (!headers.IsEmpty)
        {
            hasRetryAfter = ReadRetryAfter(headers, time, ref now, out retryAfter);
        }
        // Arguments stay ranges into the normalized message; only texts no template matched get a list (below).
        var argumentCount = match.Template?.ArgumentCount ?? 0;
        IReadOnlyList<TemplateArgument>? found = null;
        DateTimeOffset? bannedUntil = null;

        if (IsRateLimitCode(parsed.Code) || status is 418 or 429)
        {
            if (FindCaptured(match.Template?.BannedUntilIndex, normalized, captures, out var banText) && RateLimitText.TryEpochToInstant(banText, out var banEnd))
            {
                bannedUntil = banEnd;
            }
            else
            {
                found = FindUntemplatedRateLimit(normalized, argumentCount, ref bannedUntil);
            }
        }

        kind = ApplyHttpStatus(kind, status, parsed, definition, match, bannedUntil is not null);
        if (now == DateTimeOffset.MinValue && kind is BinanceErrorKind.RateLimited or BinanceErrorKind.IpBanned or BinanceErrorKind.ServiceUnavailable or BinanceErrorKind.AccessBlocked or BinanceErrorKind.ExecutionUnknown or BinanceErrorKind.Unknown)
        {
            now = time.GetUtcNow();
        }
        if (kind == BinanceErrorKind.IpBanned && bannedUntil is null)
        {
            bannedUntil = now + (hasRetryAfter ? retryAfter : DefaultBan);
        }
        else if (bannedUntil is { } statedEnd && now != DateTimeOffset.MinValue && statedEnd - now > BinanceResponseHeaders.MaxRetryAfter)
        {
            // A stated end further away than the longest real ban (year 5138, say) halts for the longest real ban,
            // the same bound Retry-After gets; the text keeps the number as sent (argument bannedUntil).
            bannedUntil = now + BinanceResponseHeaders.MaxRetryAfter;
        }

        // The window a message states is read only where the advice uses it: a rate limit without Retry-After.
        var window = kind == BinanceErrorKind.RateLimited && !hasRetryAfter ? StatedWindow(match.Template, found, normalized, captures) : null;

        var advice = Advise(kind, parsed.Code, intent, now, hasRetryAfter ? retryAfter : null, bannedUntil, window, status);
        var executionUnknown = kind == BinanceErrorKind.ExecutionUnknown
            || (advice.Action == RecoveryAction.Reconcile && kind == BinanceErrorKind.Unknown);

        // A known message with no arguments and no time in its advice always classifies the same: share one instance.
        var cacheable = match.Template is { } matched && argumentCount == 0 && found is null && advice.RetryAfter is null && advice.Until is null
            && bannedUntil is null && !parsed.Truncated && parsed.DataLength == 0 && received.SequenceEqual(matched.Text);
        var cacheKey = cacheable ? new SharedErrorKey(venue, status, parsed.Code, match.Template!, intent) : default;
        if (cacheable && catalog.SharedErrors.TryGetValue(cacheKey, out var shared))
        {
            return shared;
        }

        var error = new BinanceError
        {
            Venue = venue,
            HttpStatus = status,
            Code = parsed.Code,
            Definition = definition,
            Reason = match.Reason,
            Filter = filter,
            Kind = kind,
            Advice = advice,
            ExecutionUnknown = executionUnknown,
            BannedUntil = bannedUntil,
            BodyKind = parsed.Kind,
            BodyTruncated = parsed.Truncated,
            CancelReplace = parsed.DataLength > 0 ? CancelReplaceReader.Read(body.Slice(parsed.DataStart, parsed.DataLength)) : null,
        };

        if (found is not null)
        {
            error.SetMessage(received.ToString(), match.Template, found);
        }
        else if (match.Template is { } template)
        {
            error.SetMatchedMessage(template, received, normalized, captures, match.Exact);
        }
        else if (!received.IsEmpty)
        {
            error.SetMessage(received.ToString(), null, []);
        }

        if (cacheable && catalog.SharedErrors.Count < MaxCached)
        {
            catalog.SharedErrors.TryAdd(cacheKey, error);
        }

        return error;
    }

    // Bounds each venue's shared errors; the keys are catalog templates, statuses and intents, so real traffic stays far below.
    private const int MaxCached = 4096;

    /// <summary>A ban whose end is not stated lasts at least this long (the exchange's shortest ban).</summary>
    private static readonly TimeSpan DefaultBan = TimeSpan.FromMinutes(2);

    // The rarer steps live in methods of their own, not inlined: their locals (enumerators, strings, spans) would
    // otherwise join the classifier's frame, which is zeroed on every call, the common one included.

    /// <summary>Reads Retry-After (seconds or an HTTP date), reading the clock to date it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool ReadRetryAfter(in BinanceResponseHeaders headers, TimeProvider time, ref DateTimeOffset now, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!headers.TryGetValue("Retry-After", out _))
        {
            return false;
        }

        now = time.GetUtcNow();
        return headers.TryGetRetryAfter(now, out retryAfter);
    }

    /// <summary>A ban end or a limit in a rate-limit text no template captured: found by scanning, kept as arguments.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static TemplateArgument[]? FindUntemplatedRateLimit(ReadOnlySpan<char> normalized, int argumentCount, ref DateTimeOffset? bannedUntil)
    {
        List<TemplateArgument>? found = null;
        if (RateLimitText.TryFindBannedUntil(normalized, out var looseBanEnd))
        {
            bannedUntil = looseBanEnd;
            found = [new TemplateArgument("bannedUntil", looseBanEnd.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
        else if (argumentCount == 0 && RateLimitText.TryFindLimit(normalized, out var limit, out var per))
        {
            found = per is null
                ? [new TemplateArgument("limit", limit)]
                : [new TemplateArgument("limit", limit), new TemplateArgument("interval", per)];
        }

        // Futures texts name the caller's IP ("IP(1.2.3.4) banned until …", "limit of IP(1.2.3.4) is …").
        if (found is not null && RateLimitText.TryFindIp(normalized, out var ip))
        {
            found.Add(new TemplateArgument("ip", ip));
        }

        return found?.ToArray();
    }

    /// <summary>The window a rate-limit message states ("per 1 MINUTE"), captured by its template or found by scanning.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static TimeSpan? StatedWindow(MessageTemplate? template, IReadOnlyList<TemplateArgument>? found, ReadOnlySpan<char> normalized, ReadOnlySpan<Range> captures)
    {
        scoped ReadOnlySpan<char> interval = default;
        var hasInterval = found is null
            ? FindCaptured(template?.IntervalIndex, normalized, captures, out interval)
            : FindArgument(found, "interval", out interval);
        if (!hasInterval && RateLimitText.TryFindLimit(normalized, out _, out var stated) && stated is not null)
        {
            interval = stated;
            hasInterval = true;
        }

        return hasInterval && RateLimitText.TryParseInterval(interval, out var window) ? window : null;
    }

    private static bool IsRateLimitCode(int? code) => code is BinanceErrorCodes.TooManyRequests or BinanceErrorCodes.TooManyOrders;

    private static bool FindArgument(IReadOnlyList<TemplateArgument> arguments, string name, out ReadOnlySpan<char> value)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name == name)
            {
                value = argument.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The captured value of a matched template's placeholder (by its position, -1 for none), as a slice of the message: no string.</summary>
    private static bool FindCaptured(int? index, ReadOnlySpan<char> normalized, ReadOnlySpan<Range> captures, out ReadOnlySpan<char> value)
    {
        if (index is >= 0 and var i)
        {
            value = CapturedArguments.Unquote(normalized[captures[i]]);
            return true;
        }

        value = default;
        return false;
    }

    private struct MessageMatch
    {
        public MessageTemplate? Template;
        public MatchingEngineReason? Reason;
        public FilterType? Filter;
        public BinanceErrorKind? Kind;
        public HttpStatusMessage? StatusMessage;

        /// <summary>Every literal piece of the template matched in its documented case.</summary>
        public bool Exact;
    }

    // The match is filled in place rather than returned: returning the struct cost a copy on every classification.
    // Not inlined: its locals would join the classifier's frame, which is zeroed on every call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void MatchMessage(VenueCatalog catalog, ErrorDefinition? definition, bool noCode, int? status, ReadOnlySpan<char> normalized, Span<Range> captures, ref MessageMatch match)
    {
        if (normalized.IsEmpty)
        {
            return;
        }

        // Codes whose meaning lives in the message (and bodies without a code) look in the shared tables first.
        var tables = noCode || definition is null || definition.MessagesFrom != CatalogMessageSource.Own;
        if (tables)
        {
            if (catalog.TryMatchFilterFailure(normalized, out var filterMessage, out var filter))
            {
                match.Template = filterMessage?.Template;
                match.Filter = filter;
                match.Kind = BinanceErrorKind.FilterRejected;
                return;
            }

            if (catalog.TryMatchMatchingEngine(normalized, out var engineMessage))
            {
                match.Template = engineMessage.Template;
                match.Reason = engineMessage.Reason;
                // Without a code, a matching-engine reason that names no kind of its own is still a refused order:
                // these texts come with -2010 (NEW_ORDER_REJECTED) and the other order-rejection codes.
                match.Kind = engineMessage.Kind ?? (noCode ? BinanceErrorKind.OrderRejected : null);
                return;
            }
        }

        if (definition is not null)
        {
            // Indexed, not foreach: an enumerator over the interface would be an allocation per classification.
            var messages = definition.Messages;
            for (var i = 0; i < messages.Count; i++)
            {
                var template = messages[i];
                if (template.Pattern.TryMatch(normalized, captures, out match.Exact))
                {
                    match.Template = template;
                    return;
                }
            }
        }

        // Bodies without a code, and codes no venue documents (the geo block's "code": 0), may be one of the texts the
        // gateway sends for an HTTP status. A text tied to a status is only that status's (CloudFront's page also
        // comes with a 503, which is no block). A documented code keeps its meaning under a gateway text, with one
        // exception on a 5XX: a text documenting an unknown outcome ("Unknown error, please check your request or try
        // again later." on USDⓈ-M) is looked up under any code, since resending on the code's word (-1001 says not
        // processed) could place an order twice.
        var documented = !noCode && definition is not null;
        if (!documented || status is >= 500 and <= 599)
        {
            var statusMessages = catalog.StatusMessages;
            for (var i = 0; i < statusMessages.Count; i++)
            {
                var statusMessage = statusMessages[i];
                if ((statusMessage.HttpStatus is { } expected && status is { } actual && expected != actual)
                    || (documented && statusMessage.Kind != BinanceErrorKind.ExecutionUnknown))
                {
                    continue;
                }

                if (statusMessage.Template.Pattern.TryMatch(normalized, captures, out match.Exact))
                {
                    match.Template = statusMessage.Template;
                    match.StatusMessage = statusMessage;
                    match.Kind = statusMessage.Kind;
                    return;
                }
            }
        }
    }

    private static BinanceErrorKind ApplyHttpStatus(
        BinanceErrorKind kind,
        int? status,
        in ParsedBody parsed,
        ErrorDefinition? definition,
        in MessageMatch match,
        bool banned)
    {
        if (banned || status == 418)
        {
            return BinanceErrorKind.IpBanned;
        }

        if (status == 429)
        {
            return BinanceErrorKind.RateLimited;
        }

        if (status == 451)
        {
            return BinanceErrorKind.AccessBlocked;
        }

        var hasCode = parsed.Code is not null;
        if (status == 403 && !hasCode)
        {
            return BinanceErrorKind.AccessBlocked;
        }

        if (status == 409 && definition?.Kind == BinanceErrorKind.PartiallyFailed)
        {
            return BinanceErrorKind.PartiallyFailed;
        }

        if (status is 408 or (>= 500 and <= 599))
        {
            // A status text documenting an unknown outcome wins over any code: resending on the code's word could
            // place the order twice. Otherwise a code or status message that proves the request was refused before
            // execution wins; everything else on a 5XX is an unknown outcome, as the API documents.
            if (match.StatusMessage is { Kind: BinanceErrorKind.ExecutionUnknown })
            {
                return BinanceErrorKind.ExecutionUnknown;
            }

            if (kind is BinanceErrorKind.ServiceUnavailable or BinanceErrorKind.RateLimited or BinanceErrorKind.ClockSkew)
            {
                return kind;
            }

            if (match.StatusMessage is not null)
            {
                return match.StatusMessage.Kind;
            }

            return hasCode && definition is not null && definition.Kind is not (BinanceErrorKind.Unknown or BinanceErrorKind.ExecutionUnknown)
                ? kind
                : BinanceErrorKind.ExecutionUnknown;
        }

        if (status == 401 && !hasCode)
        {
            return BinanceErrorKind.Authentication;
        }

        return kind;
    }

    private static RecoveryAdvice Advise(
        BinanceErrorKind kind,
        int? code,
        RequestIntent intent,
        DateTimeOffset now,
        TimeSpan? retryAfter,
        DateTimeOffset? bannedUntil,
        TimeSpan? window,
        int? status)
    {
        var changesState = intent != RequestIntent.Read;
        switch (kind)
        {
            case BinanceErrorKind.IpBanned:
                var until = bannedUntil ?? now + (retryAfter ?? DefaultBan);
                return new RecoveryAdvice(RecoveryAction.HaltUntil, until > now ? until - now : TimeSpan.Zero, until);

            case BinanceErrorKind.RateLimited:
                if (retryAfter is { } wait)
                {
                    return new RecoveryAdvice(RecoveryAction.RetryAfter, wait, now + wait);
                }

                if (window is { } stated)
                {
                    var left = RateLimitText.UntilWindowEnds(now, stated);
                    return new RecoveryAdvice(RecoveryAction.RetryAfter, left, now + left);
                }

                return new RecoveryAdvice(RecoveryAction.RetryWithBackoff);

            case BinanceErrorKind.ClockSkew:
                return new RecoveryAdvice(RecoveryAction.ResyncClockThenRetry);

            case BinanceErrorKind.ExecutionUnknown:
                return changesState ? new RecoveryAdvice(RecoveryAction.Reconcile) : Backoff(retryAfter, now);

            case BinanceErrorKind.PartiallyFailed:
                return new RecoveryAdvice(RecoveryAction.Reconcile);

            case BinanceErrorKind.ServiceUnavailable:
                return Backoff(retryAfter, now);

            case BinanceErrorKind.AccessBlocked:
                return status == 451 ? RecoveryAdvice.DoNotRetry : Backoff(retryAfter, now);

            case BinanceErrorKind.Unknown:
                // -1000 may have executed: a read is simply repeated, a write is looked up first.
                if (code == BinanceErrorCodes.Unknown)
                {
                    return changesState ? new RecoveryAdvice(RecoveryAction.Reconcile) : Backoff(retryAfter, now);
                }

                return RecoveryAdvice.DoNotRetry;

            default:
                return RecoveryAdvice.DoNotRetry;
        }
    }

    private static RecoveryAdvice Backoff(TimeSpan? retryAfter, DateTimeOffset now) =>
        retryAfter is { } wait ? new RecoveryAdvice(RecoveryAction.RetryAfter, wait, now + wait) : new RecoveryAdvice(RecoveryAction.RetryWithBackoff);
}
