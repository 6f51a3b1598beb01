using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BinanceErrors.Http.Internal;
using Microsoft.Extensions.Logging;
using Polly;

namespace BinanceErrors.Http.Calls;

/// <summary>
/// One attempt of a request, whatever the transport: limits → attempt timer → sign → send → classify → observe, each
/// step a collaborator (<see cref="LimitGate"/>, <see cref="AttemptTimer"/>, <see cref="IRequestSigner{TRequest}"/>,
/// <see cref="ICallTransport{TRequest, TResponse}"/>, <see cref="IResponseReader{TResponse}"/>). A core runs the steps
/// it was built with that have not run on the attempt yet (<see cref="CallState.Done"/>): a client's core runs all of
/// them; a handler used on its own runs only its own. One per client (or handler), shared by its calls; the calls'
/// state lives in their <see cref="CallState"/>.
/// </summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <typeparam name="TResponse">What it answers with.</typeparam>
internal sealed class CallCore<TRequest, TResponse>
    where TRequest : class
    where TResponse : class
{
    // The exchange reports up to three counts per answer (weight, and an order's short and long windows); more than four
    // go to a list. The span is zeroed on every answer, so it is no larger than that.
    private const int UsageOnStack = 4;

    private readonly CallSteps _steps;
    private readonly ILogger _logger;
    private readonly LimitGate? _limits;
    private readonly IRequestSigner<TRequest>? _signer;

    /// <summary>Creates the core.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="registry">Where limits, clocks and metrics live.</param>
    /// <param name="logger">Where the steps log.</param>
    /// <param name="steps">The steps this core runs.</param>
    /// <param name="transport">The send step.</param>
    /// <param name="reader">Reads answers for the classify and observe steps.</param>
    /// <param name="signer">The sign step, when <paramref name="steps"/> has it.</param>
    public CallCore(BinanceClientOptions options, BinanceLimitRegistry registry, ILogger logger, CallSteps steps, ICallTransport<TRequest, TResponse> transport, IResponseReader<TResponse> reader, IRequestSigner<TRequest>? signer = null)
    {
        Options = options;
        Registry = registry;
        _logger = logger;
        _steps = steps;
        Transport = transport;
        Reader = reader;
        _signer = signer;
        _limits = (steps & CallSteps.Limits) != 0 ? new LimitGate(options, registry, logger, FetchLimitsAsync) : null;
    }

    public BinanceClientOptions Options { get; }

    public BinanceLimitRegistry Registry { get; }

    public ICallTransport<TRequest, TResponse> Transport { get; }

    public IResponseReader<TResponse> Reader { get; }

    /// <summary>
    /// Runs what is left of the attempt and returns the answer, throwing what the attempt threw: what a handler does.
    /// When every step of this core has run already, the request is only passed on.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="state">Its state.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The answer.</returns>
    public Task<TResponse> SendAsync(TRequest request, CallState state, CancellationToken cancellationToken) =>
        (_steps & ~state.Done) == CallSteps.None
            ? Transport.SendAsync(request, state, cancellationToken)
            : SendStepsAsync(request, state, cancellationToken);

    /// <summary>
    /// One attempt: the steps of this core not yet run on it, around the send. Never throws: a refusal by the limits, a
    /// failed send, an attempt timeout or a cancellation is the outcome's exception, as Polly expects of a callback.
    /// </summary>
    /// <param name="request">The request as prepared for this attempt.</param>
    /// <param name="state">Its state; <see cref="CallState.Done"/> says what ran already.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The answer, or what was thrown.</returns>
    /// <remarks>
    /// Every caller awaits the result once (Polly, the handlers, the clock sync, the look-ups), so the state machine of
    /// an attempt that completes asynchronously comes from a pool instead of being allocated per attempt.
    /// </remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<Outcome<TResponse>> AttemptAsync(TRequest request, CallState state, CancellationToken cancellationToken)
    {
        var steps = _steps & ~state.Done;
        state.Done |= steps;
        TResponse? response = null;
        try
        {
            if ((steps & CallSteps.Limits) != 0)
            {
                await _limits!.AcquireAsync(state, cancellationToken).ConfigureAwait(false);
            }

            // The timer starts after any wait for a window: a wait is not "no answer" and must not turn an order into
            // an unknown outcome.
            using (var timer = (steps & CallSteps.Timeout) != 0 ? AttemptTimer.Start(Options.AttemptTimeout, Options.TimeProvider, cancellationToken) : default)
            {
                if ((steps & CallSteps.Sign) != 0 && _signer is not null)
                {
                    await _signer.SignAsync(request, state, cancellationToken).ConfigureAwait(false);
                }

                try
                {
                    response = await Transport.SendAsync(request, state, timer.Token(cancellationToken)).ConfigureAwait(false);
                }
                catch (OperationCanceledException ex) when (timer.Expired(cancellationToken))
                {
                    throw AttemptTimer.Rejection(Options.AttemptTimeout, ex);
                }
            }

            if ((steps & (CallSteps.Classify | CallSteps.Limits)) != 0)
            {
                state.LastError = Reader.Succeeded(response)
                    ? null
                    : await Reader.ClassifyAsync(response, state.Endpoint.Intent, cancellationToken).ConfigureAwait(false);
                if ((steps & CallSteps.Limits) != 0)
                {
                    await ObserveAsync(response, state, state.LastError, cancellationToken).ConfigureAwait(false);
                }
            }

            return Outcome.FromResult(response);
        }
        catch (Exception ex)
        {
            if (response is not null)
            {
                // The answer came but reading or recording it failed (a cancellation): nobody else will release it.
                Reader.Release(response);
            }

            return Outcome.FromException<TResponse>(ex);
        }
    }

    private async Task<TResponse> SendStepsAsync(TRequest request, CallState state, CancellationToken cancellationToken)
    {
        var outcome = await AttemptAsync(request, state, cancellationToken).ConfigureAwait(false);
        outcome.ThrowIfException();
        return outcome.Result!;
    }

    /// <summary>The observe step: the counts the answer carried (read onto the stack) and a halt or ban.</summary>
    private ValueTask ObserveAsync(TResponse response, CallState state, BinanceError? error, CancellationToken cancellationToken)
    {
        Span<BinanceLimitUsage> found = stackalloc BinanceLimitUsage[UsageOnStack];
        var count = Reader.ReadUsage(response, found, out var more);
        ReadOnlySpan<BinanceLimitUsage> usage = more is null ? found[..count] : CollectionsMarshal.AsSpan(more);
        return _limits!.ObserveAsync(state, usage, more, error, cancellationToken);
    }

    /// <summary>
    /// The venue's limits from exchangeInfo at the host of <paramref name="like"/>, sent below the limits step (its
    /// weight, 20, is taken from the answer's counts), or <see langword="null"/> when the exchange cannot say.
    /// </summary>
    private async Task<IReadOnlyList<VenueLimit>?> FetchLimitsAsync(CallState like)
    {
        var info = Transport.ExchangeInfo(like);
        info.State.Done = CallSteps.All;

        // Shared by every request waiting for it, so no caller's token cancels it; the attempt timer bounds it.
        using var timer = AttemptTimer.Start(Options.AttemptTimeout, Options.TimeProvider, CancellationToken.None);
        var token = timer.Token(CancellationToken.None);
        TResponse? response = null;
        try
        {
            response = await Transport.SendAsync(info.Request, info.State, token).ConfigureAwait(false);
            await ObserveAsync(response, info.State, null, token).ConfigureAwait(false);
            if (!Reader.Succeeded(response))
            {
                var error = await Reader.ClassifyAsync(response, RequestIntent.Read, token).ConfigureAwait(false);
                Log.LimitsNotLearnt(_logger, BinanceVenueNames.Of(Options.Venue), "HTTP " + error.HttpStatus?.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            var limits = VenueLimits.Parse((await Reader.ReadResultAsync(response, token).ConfigureAwait(false)).Span);
            if (limits is null)
            {
                Log.LimitsNotLearnt(_logger, BinanceVenueNames.Of(Options.Venue), "no rateLimits in exchangeInfo");
                return null;
            }

            Log.LimitsLearnt(_logger, BinanceVenueNames.Of(Options.Venue), string.Join(", ", limits.Select(l => $"{l.Kind} {LimitWindowText.Suffix(l.WindowMs)}={l.Limit}")));
            return limits;
        }
        catch (Exception ex) when (Transport.IsNoAnswer(ex))
        {
            Log.LimitsNotLearnt(_logger, BinanceVenueNames.Of(Options.Venue), ex.GetType().Name);
            return null;
        }
        finally
        {
            if (response is not null)
            {
                Reader.Release(response);
            }
        }
    }
}
