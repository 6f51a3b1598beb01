using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BinanceErrors.Http;

/// <summary>
/// Retries only what is safe, by the classifier's advice, inside a Polly.Core pipeline: reads on transient errors
/// with jittered backoff, any request after a 429 wait or a -1021 clock resync (the exchange refused it before
/// executing). When an order request's outcome is unknown (5XX, -1006, -1007, no answer) it never resends blindly:
/// it looks the order up by client order id, returns it if it exists, resends with the same id only if the exchange
/// says it does not, and otherwise throws <see cref="BinanceExecutionUnknownException"/> with the id.
/// </summary>
public sealed class BinanceResilienceHandler : DelegatingHandler
{
    /// <summary>The header on a response the handler built from an order look-up after an unknown outcome.</summary>
    public const string ReconciledHeader = "X-BinanceErrors-Reconciled";

    private static readonly ResiliencePropertyKey<CallState> CallKey = new("BinanceErrors.Call");

    private readonly BinanceClientOptions _options;
    private readonly BinanceLimitRegistry _registry;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly RequestResolver _resolver = new();

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The client options (retries, timeouts, reconciliation, clock).</param>
    /// <param name="logger">Where retries and reconciliations are logged (never with secrets).</param>
    /// <param name="registry">Where the server clock offset and the metrics live; <see cref="BinanceLimitRegistry.Shared"/> when <see langword="null"/>.</param>
    public BinanceResilienceHandler(BinanceClientOptions options, ILogger<BinanceResilienceHandler>? logger = null, BinanceLimitRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new BinanceClientOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new ArgumentException("Invalid BinanceClientOptions: " + validation.FailureMessage, nameof(options));
        }

        _options = options;
        _registry = registry ?? BinanceLimitRegistry.Shared;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ShouldHandleAsync(args.Context, args.Outcome),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Context.Properties.GetValue(CallKey, null!).NextDelay),
                OnRetry = args => OnRetryAsync(args.Context, args),
            });
        }

        // The attempt timeout is applied by BinanceLimitHandler around the send itself: a wait for a limit window is
        // not "no answer" and must not turn an order into an unknown outcome.
        _pipeline = builder.Build();
    }

    /// <summary>Everything one call needs across its attempts: the request's resolved state and what the retries and reconciliation need.</summary>
    private sealed class CallState(in RequestFacts facts) : RequestState(facts)
    {
        public required HttpMethod Method { get; init; }

        public required Uri Uri { get; set; }

        public required byte[]? Body { get; init; }

        public required MediaTypeHeaderValue? ContentType { get; init; }

        /// <summary>The caller's request: sent as it is on the first attempt, copied (headers, options, body) for a retry.</summary>
        public required HttpRequestMessage Original { get; init; }

        /// <summary>Whether the original has been sent, so the next attempt needs a copy.</summary>
        public bool OriginalSent { get; set; }

        public string? ClientOrderId { get; set; }

        public long? OrderId { get; set; }

        public string? Symbol { get; set; }

        public BinanceError? LastError { get; set; }

        public bool ClockResynced { get; set; }

        /// <summary>An OCO/OTO/OTOCO placement or list cancel, identified by <c>listClientOrderId</c> (or <c>orderListId</c>) and looked up at GET /api/v3/orderList.</summary>
        public bool IsOrderList { get; set; }

        /// <summary>Set once an unknown outcome is being settled: from then on a refusal no longer proves the order absent.</summary>
        public bool Reconciling { get; set; }

        public TimeSpan? NextDelay { get; set; }

        public int Retries { get; set; }

        /// <summary>
        /// The first attempt's outcome, already judged worth a retry outside the pipeline: the pipeline's first
        /// "attempt" returns it instead of sending, so Polly numbers, delays and reports the retries as it always has.
        /// </summary>
        public Outcome<HttpResponseMessage>? Replay { get; set; }

        /// <summary>Set while the pipeline judges the replayed outcome: the decision was already taken (and its error recorded).</summary>
        public bool Replayed { get; set; }

        public string Path => Uri.AbsolutePath;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A request without a body is captured synchronously and, unless it is journalled, goes straight to the
        // attempts: one asynchronous method per call in this handler, not three.
        if (request.Content is null)
        {
            var call = Capture(request, null);
            return IsJournalled(call) ? SendJournalledAsync(call, cancellationToken) : SendCallAsync(call, cancellationToken);
        }

        return CaptureAndSendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> CaptureAndSendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var call = Capture(request, body);
        return IsJournalled(call)
            ? await SendJournalledAsync(call, cancellationToken).ConfigureAwait(false)
            : await SendCallAsync(call, cancellationToken).ConfigureAwait(false);
    }

    private bool IsJournalled(CallState call) =>
        _options.OrderJournal is not null && call.Endpoint.PlacesOrder && call.ClientOrderId is not null && call.Symbol is not null;

    private async Task<HttpResponseMessage> SendJournalledAsync(CallState call, CancellationToken cancellationToken)
    {
        var journal = _options.OrderJournal!;
        var clientOrderId = call.ClientOrderId!;
        var symbol = call.Symbol!;

        // Durable before the request leaves: a process killed from here on leaves a record recovery can settle.
        var bodyText = call.Body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(call.Body);
        await journal.RecordIntentAsync(
            JournalEntries.Intent(_options.Venue, call.Method, call.Uri, call.Body, clientOrderId, symbol, JournalEntries.RecvWindowMs(call.Uri, bodyText, _options.RecvWindow), _options.TimeProvider.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await SendCallAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceRateLimitException) when (!call.Reconciling)
        {
            // Refused before sending (ban or halt): it never left.
            await journal.RecordOutcomeAsync(clientOrderId, BinanceOrderIntentState.NotPlaced, null, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        // Anything else thrown (unknown outcome, cancellation) leaves the intent open for recovery.
        await JournalEntries.RecordAsync(journal, clientOrderId, response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    private async Task<HttpResponseMessage> SendCallAsync(CallState call, CancellationToken cancellationToken)
    {
        if (call.Endpoint.Signed && call.Clock(_registry, _options.Venue, _options.TimeProvider).IsStale(_options.ClockResyncInterval))
        {
            await SyncClockAsync(call.Uri, cancellationToken).ConfigureAwait(false);
        }

        Outcome<HttpResponseMessage> outcome;
        if (_options.MaxRetries > 0)
        {
            // The first attempt runs outside Polly: most calls need no retry, and then no pipeline runs at all.
            // Polly catches whatever an attempt throws, so this does too; the decision is the one the pipeline asks for.
            try
            {
                if (InnerHandler is BinanceLimitHandler limits)
                {
                    // BinanceLimitHandler.SendResolvedAsync's steps, run here: one state machine for both handlers.
                    call.OriginalSent = true;
                    await limits.BeforeSendAsync(call.Original, call, cancellationToken).ConfigureAwait(false);
                    HttpResponseMessage answer;
                    using (var timeout = limits.StartAttemptTimeout(cancellationToken))
                    {
                        try
                        {
                            answer = await limits.SendOnAsync(call.Original, call, timeout.Token(cancellationToken)).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException ex) when (timeout.Expired(cancellationToken))
                        {
                            throw limits.AttemptTimedOut(ex);
                        }
                    }

                    await limits.AfterSendAsync(call, answer, cancellationToken).ConfigureAwait(false);
                    outcome = Outcome.FromResult(answer);
                }
                else
                {
                    outcome = Outcome.FromResult(await AttemptAsync(call, cancellationToken).ConfigureAwait(false));
                }
            }
            catch (Exception ex)
            {
                outcome = Outcome.FromException<HttpResponseMessage>(ex);
            }

            // As in the pipeline: no retry once the caller has cancelled. A success is judged here without the
            // asynchronous method (what ShouldRetryAsync does for it).
            if (outcome.Exception is null && outcome.Result!.IsSuccessStatusCode)
            {
                call.NextDelay = null;
                call.LastError = null;
            }
            else if (await ShouldRetryAsync(call, outcome, cancellationToken).ConfigureAwait(false) && !cancellationToken.IsCancellationRequested)
            {
                outcome = await RetryAsync(call, outcome, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            outcome = await RunPipelineAsync(call, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Exception is { } exception)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (exception is BinanceException || !call.Endpoint.ChangesState || !IsNoAnswer(exception))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
            }

            return await ReconcileAsync(call, "no answer: " + exception.GetType().Name, exception, cancellationToken).ConfigureAwait(false);
        }

        var response = outcome.Result!;
        if (!response.IsSuccessStatusCode && call.LastError is null && _options.MaxRetries == 0)
        {
            // Without a retry strategy nothing classified the answer; an unknown outcome must still be settled.
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            call.LastError = BinanceErrorClassifier.Classify(_options.Venue, (int)response.StatusCode, body, new BinanceResponseHeaders(response.Headers), call.Endpoint.Intent, _options.TimeProvider);
        }

        if (!response.IsSuccessStatusCode && call.Endpoint.ChangesState && call.LastError is { Advice.Action: RecoveryAction.Reconcile } error
            && error.Kind != BinanceErrorKind.PartiallyFailed)
        {
            response.Dispose();
            return await ReconcileAsync(call, $"{error.Code?.ToString(CultureInfo.InvariantCulture) ?? "HTTP " + error.HttpStatus} {error.Kind}", null, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>
    /// Enters the retry pipeline after a first attempt that wants a retry: the pipeline's attempt 0 is that outcome
    /// (replayed, not sent again), so the retries are numbered, delayed and logged exactly as if Polly had run it.
    /// </summary>
    private Task<Outcome<HttpResponseMessage>> RetryAsync(CallState call, Outcome<HttpResponseMessage> first, CancellationToken cancellationToken)
    {
        call.Replay = first;
        return RunPipelineAsync(call, cancellationToken);
    }

    private async Task<Outcome<HttpResponseMessage>> RunPipelineAsync(CallState call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(CallKey, call);
        try
        {
            return await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    if (state.Call.Replay is { } replay)
                    {
                        state.Call.Replay = null;
                        state.Call.Replayed = true;
                        return replay;
                    }

                    try
                    {
                        return Outcome.FromResult(await state.Handler.AttemptAsync(state.Call, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !state.Token.IsCancellationRequested)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Call: call, Token: cancellationToken)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool IsNoAnswer(Exception exception) => exception is HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException;

    private CallState Capture(HttpRequestMessage request, byte[]? body)
    {
        var uri = RequestEndpoint.UriOf(request);

        // Resolved once here and handed to the inner handlers on every attempt (through the request's options only
        // when another handler sits between them). The call is that state.
        var facts = RequestEndpoint.TryGet(request, out var attached) ? attached.Facts : _resolver.Facts(request);
        var endpoint = facts.Endpoint;
        var call = new CallState(facts)
        {
            Method = request.Method,
            Uri = uri,
            Body = body,
            ContentType = request.Content?.Headers.ContentType,
            Original = request,
        };

        if (!endpoint.PlacesOrder && !endpoint.CancelsOrder)
        {
            // Only orders are journalled and reconciled, and only they need the symbol and the ids.
            return call;
        }

        var bodyText = body is null ? string.Empty : System.Text.Encoding.UTF8.GetString(body);
        call.Symbol = QueryText.Get(uri.Query, "symbol") ?? QueryText.Get(bodyText, "symbol");
        if (endpoint.PlacesOrder)
        {
            // Every order carries a client order id, so an unknown outcome can be looked up; an order list carries a
            // listClientOrderId instead (newClientOrderId is not one of its parameters).
            call.IsOrderList = OrderListQuery.IsPlacement(uri.AbsolutePath);
            var idName = call.IsOrderList ? "listClientOrderId" : endpoint.Reconciliation.ClientIdParameter;
            call.ClientOrderId = QueryText.Get(uri.Query, idName) ?? QueryText.Get(bodyText, idName);
            if (call.ClientOrderId is null)
            {
                call.ClientOrderId = _options.ClientOrderIdFactory();
                call.Uri = new UriBuilder(uri) { Query = QueryText.Append(QueryText.Without(uri.Query), idName, Uri.EscapeDataString(call.ClientOrderId)) }.Uri;
                request.RequestUri = call.Uri;
            }
        }
        else if (endpoint.CancelsOrder)
        {
            // A list is cancelled by listClientOrderId or orderListId, and confirmed at GET /api/v3/orderList.
            var lookup = endpoint.Reconciliation;
            call.IsOrderList = OrderListQuery.IsCancel(request.Method, uri.AbsolutePath);
            var (clientIdName, idName) = call.IsOrderList ? ("listClientOrderId", "orderListId") : (lookup.LookupClientIdParameter, lookup.OrderIdParameter);
            call.ClientOrderId = QueryText.Get(uri.Query, clientIdName) ?? QueryText.Get(bodyText, clientIdName);
            call.OrderId = long.TryParse(QueryText.Get(uri.Query, idName) ?? QueryText.Get(bodyText, idName), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }

        return call;
    }

    /// <summary>
    /// Sends the caller's request itself on the first attempt; a retry or a resend gets a copy built from what was
    /// captured, because the first attempt's request was signed (and may have been consumed) on its way out.
    /// </summary>
    private Task<HttpResponseMessage> AttemptAsync(CallState call, CancellationToken cancellationToken)
    {
        if (call.OriginalSent)
        {
            return SendOnAsync(Build(call), call, cancellationToken);
        }

        call.OriginalSent = true;
        return SendOnAsync(call.Original, call, cancellationToken);
    }

    /// <summary>Hands the request and its state to the limit handler directly; through the options when another handler sits between.</summary>
    private Task<HttpResponseMessage> SendOnAsync(HttpRequestMessage request, RequestState state, CancellationToken cancellationToken)
    {
        if (InnerHandler is BinanceLimitHandler limits)
        {
            return limits.SendResolvedAsync(request, state, cancellationToken);
        }

        RequestEndpoint.Attach(request, state);
        return base.SendAsync(request, cancellationToken);
    }

    private static HttpRequestMessage Build(CallState call)
    {
        // The original's headers and options: the signing handler replaces its key header and signature on every
        // attempt, the options carry the request's resolved state.
        var request = new HttpRequestMessage(call.Method, call.Uri);
        foreach (var header in call.Original.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var option in call.Original.Options)
        {
            if (option.Key != ResponseClassification.KeyName)
            {
                ((IDictionary<string, object?>)request.Options)[option.Key] = option.Value;
            }
        }

        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            request.Content.Headers.ContentType = call.ContentType;
        }

        return request;
    }

    private ValueTask<bool> ShouldHandleAsync(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        var call = context.Properties.GetValue(CallKey, null!);
        if (call.Replayed)
        {
            // The first attempt's outcome, judged (and its error counted) before the pipeline was entered.
            call.Replayed = false;
            return new ValueTask<bool>(true);
        }

        return ShouldRetryAsync(call, outcome, context.CancellationToken);
    }

    private async ValueTask<bool> ShouldRetryAsync(CallState call, Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken)
    {
        call.NextDelay = null;
        if (outcome.Exception is { } exception)
        {
            // No answer: a read is simply asked again; a write is looked up afterwards, never resent here.
            return exception is not BinanceException && IsNoAnswer(exception) && !call.Endpoint.ChangesState && !cancellationToken.IsCancellationRequested;
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            call.LastError = null;
            return false;
        }

        var error = await ResponseClassification.ClassifyAsync(response, _options.Venue, call.Endpoint.Intent, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        call.LastError = error;
        _registry.Metrics.Error(error, call.Method, call.Path, call.Uri.Query, call.Body, _options.TimeProvider);
        switch (error.Advice.Action)
        {
            case RecoveryAction.ResyncClockThenRetry when !call.ClockResynced:
                call.NextDelay = TimeSpan.Zero;
                return true;
            case RecoveryAction.RetryAfter when _options.WaitForLimits && error.Advice.RetryAfter <= _options.MaxLimitWait:
                // A 429 is answered before execution; waiting is what the exchange asks for.
                call.NextDelay = error.Advice.RetryAfter;
                return error.Kind is BinanceErrorKind.RateLimited or BinanceErrorKind.ServiceUnavailable || !call.Endpoint.ChangesState;
            case RecoveryAction.RetryWithBackoff:
                // Not executed (overload, shutting down, a 429 without Retry-After) or a read: safe to send again.
                return error.Kind is BinanceErrorKind.ServiceUnavailable or BinanceErrorKind.RateLimited || !call.Endpoint.ChangesState;
            default:
                return false;
        }
    }

    private async ValueTask OnRetryAsync(ResilienceContext context, OnRetryArguments<HttpResponseMessage> args)
    {
        var call = context.Properties.GetValue(CallKey, null!);
        call.Retries++;
        var reason = call.LastError?.Kind.ToString() ?? args.Outcome.Exception?.GetType().Name ?? "unknown";
        _registry.Metrics.Retry(_options.Venue, BinanceHttpMetrics.RetryReason(call.LastError, args.Outcome.Exception));
        Log.Retrying(_logger, call.Method.Method, call.Path, call.LastError?.Code?.ToString(CultureInfo.InvariantCulture) ?? reason, call.LastError?.Kind ?? BinanceErrorKind.Unknown, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
        args.Outcome.Result?.Dispose();
        if (call.LastError?.Kind == BinanceErrorKind.ClockSkew && !call.ClockResynced)
        {
            call.ClockResynced = true;
            await SyncClockAsync(call.Uri, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Measures the server clock offset from the midpoint of a GET time round trip.</summary>
    private async Task SyncClockAsync(Uri uri, CancellationToken cancellationToken)
    {
        var clock = _registry.Clock(_options.Venue, uri.Authority, _options.TimeProvider);
        var timeUri = new UriBuilder(uri) { Path = EndpointTable.TimePath(_options.Venue), Query = string.Empty }.Uri;
        var sent = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        using var request = new HttpRequestMessage(HttpMethod.Get, timeUri);
        var state = new RequestState(_resolver.Facts(request));
        using var response = await SendOnAsync(request, state, cancellationToken).ConfigureAwait(false);
        var received = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

        // A wait for a limit window before the request left is not part of the round trip.
        if (state.SentAtMs is >= 0 and var left)
        {
            sent = left;
        }

        if (!response.IsSuccessStatusCode)
        {
            return;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        if (json.RootElement.TryGetProperty("serverTime", out var serverTime) && serverTime.TryGetInt64(out var ms))
        {
            var offset = clock.Record(ms, sent, received);
            _registry.Metrics.ClockResynced(_options.Venue, offset);
            Log.ClockSynced(_logger, _options.Venue, offset, received - sent);
        }
    }

    /// <summary>Settles an unknown outcome by looking the order up; resends (same client order id) only when absence is proven (<see cref="OrderReconciler"/>).</summary>
    private async Task<HttpResponseMessage> ReconcileAsync(CallState call, string reason, Exception? cause, CancellationToken cancellationToken)
    {
        if ((call.ClientOrderId is null && call.OrderId is null) || (call.Symbol is null && call.Endpoint.Reconciliation.WithSymbol))
        {
            throw Unknown(call, cause);
        }

        call.Reconciling = true;
        var id = call.ClientOrderId ?? call.OrderId!.Value.ToString(CultureInfo.InvariantCulture);
        Log.Reconciling(_logger, call.Method.Method, call.Path, reason, id);
        var clock = call.Clock(_registry, _options.Venue, _options.TimeProvider);
        var recvWindow = long.TryParse(QueryText.Get(call.Uri.Query, "recvWindow"), NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : (long)_options.RecvWindow.TotalMilliseconds;
        var reconciler = new OrderReconciler(_options, () => clock.NowMs, recvWindow, call.Endpoint.CancelsOrder);
        var result = await reconciler.RunAsync(ct => LookUpAsync(call, ct), ct => TryOnceAsync(call, ct), cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case OrderReconciler.Outcome.Found:
                return Settled(call, result.Resent ? "found after resend" : "found", result.Response!, reconciled: true);
            case OrderReconciler.Outcome.NotFound:
                return Settled(call, "not found", result.Response!);
            case OrderReconciler.Outcome.Resent:
                return Settled(call, "resent", result.Response!);
            case OrderReconciler.Outcome.ResendRejected:
                return Settled(call, "resend rejected", result.Response!);
            case OrderReconciler.Outcome.CancelResent:
                return Settled(call, "cancel resent", result.Response!);
            default:
                _registry.Metrics.Reconciliation(_options.Venue, "unknown");
                Log.Reconciled(_logger, id, "still unknown");
                throw Unknown(call, cause);
        }
    }

    private HttpResponseMessage Settled(CallState call, string result, HttpResponseMessage response, bool reconciled = false)
    {
        _registry.Metrics.Reconciliation(_options.Venue, result.Replace(' ', '_'));
        Log.Reconciled(_logger, call.ClientOrderId ?? call.OrderId?.ToString(CultureInfo.InvariantCulture) ?? "?", result);
        if (reconciled)
        {
            response.Headers.TryAddWithoutValidation(ReconciledHeader, result);
        }

        response.RequestMessage = call.Original;
        return response;
    }

    private BinanceExecutionUnknownException Unknown(CallState call, Exception? cause)
    {
        var error = call.LastError ?? BinanceErrorClassifier.Classify(_options.Venue, null, ReadOnlySpan<byte>.Empty, default, call.Endpoint.Intent, _options.TimeProvider) with
        {
            Kind = BinanceErrorKind.ExecutionUnknown,
            ExecutionUnknown = true,
            Advice = new RecoveryAdvice(RecoveryAction.Reconcile),
        };
        return new BinanceExecutionUnknownException(error, call.ClientOrderId, cause);
    }

    /// <summary>One attempt outside the retry pipeline, classified; a missing answer counts as unknown.</summary>
    private async Task<(HttpResponseMessage? Response, BinanceError? Error)> TryOnceAsync(CallState call, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.AttemptTimeout);
            var response = await AttemptAsync(call, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return (response, null);
            }

            var error = await ResponseClassification.ClassifyAsync(response, _options.Venue, call.Endpoint.Intent, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            call.LastError = error;
            return (response, error);
        }
        catch (Exception ex) when (ex is not BinanceException && IsNoAnswer(ex) && !cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }
    }

    private async Task<(HttpResponseMessage? Response, BinanceError? Error)> LookUpAsync(CallState call, CancellationToken cancellationToken)
    {
        var lookup = call.Endpoint.Reconciliation;
        var query = call.IsOrderList
            ? OrderListQuery.Query(call.ClientOrderId, call.OrderId)
            : (lookup.WithSymbol ? "symbol=" + Uri.EscapeDataString(call.Symbol!) + "&" : string.Empty) + (call.ClientOrderId is { } clientId
                ? lookup.LookupClientIdParameter + "=" + Uri.EscapeDataString(clientId)
                : lookup.OrderIdParameter + "=" + call.OrderId!.Value.ToString(CultureInfo.InvariantCulture));
        var uri = new UriBuilder(call.Uri) { Path = call.IsOrderList ? OrderListQuery.Path : lookup.Path ?? EndpointTable.OrderPath(_options.Venue), Query = query }.Uri;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.AttemptTimeout);
            var response = await base.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return (response, null);
            }

            var error = await ResponseClassification.ClassifyAsync(response, _options.Venue, RequestIntent.Read, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            return (response, call.IsOrderList ? OrderListQuery.NotFoundAware(error) : error);
        }
        catch (Exception ex) when (ex is not BinanceException && IsNoAnswer(ex) && !cancellationToken.IsCancellationRequested)
        {
            return (null, null);
        }
    }
}
