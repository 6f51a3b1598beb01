using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StackExchange.Redis;

namespace BinanceErrors.Http.Redis;

/// <summary>
/// An <see cref="IBinanceLimitStore"/> on Redis, shared by every process behind one IP: each reservation is one
/// atomic Lua script (check every window, then take the slot in all of them), the exchange's header counts are
/// merged (a higher count wins), and 429 halts and 418 bans are keys every process reads before it sends, so all stop
/// at once. Keys expire with their windows. When Redis is slow or down, each call is answered from local limits
/// (a share of each limit, <see cref="RedisLimitStoreOptions.FallbackShare"/>) behind a circuit breaker: trading never
/// waits on Redis longer than <see cref="RedisLimitStoreOptions.OperationTimeout"/>, and the fallback is logged and
/// counted (<c>binance.client.limit_store.fallbacks</c>, <c>binance.client.limit_store.shared</c>).
/// </summary>
public sealed class RedisBinanceLimitStore : IBinanceLimitStore, IAsyncDisposable, IDisposable
{
    private readonly RedisLimitStoreOptions _options;
    private readonly ILogger _logger;
    private readonly InMemoryBinanceLimitStore _local = new();
    private readonly Task<ConnectionMultiplexer> _connection;
    private readonly TaskCompletionSource<bool> _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _endpoints;
    private string? _problem;
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerManualControl _breaker = new();
    private readonly Meter? _ownedMeter;
    private readonly Counter<long> _fallbacks;
    private int _shared = 1;

    /// <summary>The request-weight window lengths each scope reserves in, so a give-back knows which counters to lower.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<BinanceLimitScope, long[]> _weightWindows = new();

    /// <summary>Creates the store and starts connecting (in the background: until connected, calls use local limits).</summary>
    /// <param name="options">Where Redis is and when to give up on it.</param>
    /// <param name="meterFactory">Makes the <c>BinanceErrors.Http</c> meter; a meter of its own when <see langword="null"/>.</param>
    /// <param name="logger">Where the switch to local limits and back is logged.</param>
    public RedisBinanceLimitStore(RedisLimitStoreOptions options, IMeterFactory? meterFactory = null, ILogger<RedisBinanceLimitStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FallbackShare is <= 0 or > 1)
        {
            throw new ArgumentException($"FallbackShare must be more than 0 and at most 1; it is {options.FallbackShare}.", nameof(options));
        }

        if (options.OperationTimeout < TimeSpan.FromMilliseconds(10) || options.BreakDuration < TimeSpan.FromSeconds(0.5))
        {
            throw new ArgumentException("OperationTimeout must be at least 10 ms and BreakDuration at least 0.5 s.", nameof(options));
        }

        _options = options;
        RedactedConfiguration = RedisUrl.Redact(options.Configuration);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var meter = meterFactory?.Create(BinanceHttpMetrics.MeterName) ?? (_ownedMeter = new Meter(BinanceHttpMetrics.MeterName));
        _fallbacks = meter.CreateCounter<long>("binance.client.limit_store.fallbacks", "{operation}", "Limit-store calls answered from local limits because Redis was slow or down, by reason.");
        meter.CreateObservableGauge("binance.client.limit_store.shared", () => Volatile.Read(ref _shared), "{state}", "1 while limits are shared on Redis, 0 while this process uses local limits.");

        _pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = options.BreakDuration,
                ManualControl = _breaker,
                ShouldHandle = new PredicateBuilder().Handle<RedisException>().Handle<TimeoutException>().Handle<TimeoutRejectedException>().Handle<ObjectDisposedException>(),
            })
            .AddTimeout(options.OperationTimeout)
            .Build();

        ArgumentException.ThrowIfNullOrWhiteSpace(options.Configuration);
        var configuration = RedisUrl.IsUrl(options.Configuration) ? RedisUrl.Parse(options.Configuration) : ConfigurationOptions.Parse(options.Configuration);
        options.ConfigureConnection?.Invoke(configuration);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = Math.Max(100, (int)options.OperationTimeout.TotalMilliseconds * 4);
        configuration.AsyncTimeout = Math.Max(50, (int)options.OperationTimeout.TotalMilliseconds);
        configuration.SyncTimeout = configuration.AsyncTimeout;
        configuration.ConnectRetry = 1;
        _endpoints = string.Join(", ", configuration.EndPoints.Select(e => e switch
        {
            System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port.ToString(CultureInfo.InvariantCulture)}",
            _ => e.ToString(),
        }));
        _connection = ConnectAsync(configuration);
    }

    /// <summary>Where the store connects, as configured but with any password replaced by <c>***</c>: for logs and messages.</summary>
    public string RedactedConfiguration { get; }

    /// <summary>Whether limits are shared on Redis right now (rather than local).</summary>
    public bool IsShared => Volatile.Read(ref _shared) == 1 && _connection.IsCompletedSuccessfully && _connection.Result.IsConnected;

    /// <summary>
    /// Why limits are not shared right now: the last connection failure (authentication refused, unreachable, a TLS
    /// certificate not trusted, not a Redis server…), or <see langword="null"/> while connected. Never holds a password.
    /// </summary>
    public string? ConnectionProblem => IsShared ? null : Volatile.Read(ref _problem) ?? (_firstAttempt.Task.IsCompleted ? "not connected" : "connecting");

    /// <summary>
    /// Waits for the first connection attempt to finish: <see langword="true"/> when limits are shared on Redis,
    /// <see langword="false"/> when it failed (<see cref="ConnectionProblem"/> says why). Either way the store keeps
    /// trying in the background and answers from local limits until connected, so a caller may refuse to start or
    /// carry on.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the store is connected.</returns>
    public async Task<bool> TryConnectAsync(CancellationToken cancellationToken = default)
    {
        if (!await _firstAttempt.Task.WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        // The first attempt succeeded, and the connection task completes just after it (once its events are wired):
        // only then can IsShared see the connection. Reading IsShared on the success signal alone raced with that
        // hand-over, and a loaded machine answered false for a store that was connected.
        await _connection.WaitAsync(cancellationToken).ConfigureAwait(false);
        return IsShared;
    }

    /// <summary>Completes when the store is connected to Redis (at start, or again after it was lost).</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when connected.</returns>
    public async Task WaitUntilConnectedAsync(CancellationToken cancellationToken = default)
    {
        var multiplexer = await _connection.WaitAsync(cancellationToken).ConfigureAwait(false);
        while (!multiplexer.IsConnected)
        {
            var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnRestored(object? sender, ConnectionFailedEventArgs e) => restored.TrySetResult();
            multiplexer.ConnectionRestored += OnRestored;
            try
            {
                if (!multiplexer.IsConnected)
                {
                    await restored.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                multiplexer.ConnectionRestored -= OnRestored;
            }
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        // The first attempt fails loudly (AbortOnConnectFail), so the reason is known: a wrong password or a TLS
        // certificate never heals by itself, and the caller may want to say so at start. Then the connection is made
        // the tolerant way, retrying in the background until Redis answers.
        ConnectionMultiplexer multiplexer;
        var first = configuration.Clone();
        first.AbortOnConnectFail = true;
        first.ConnectRetry = 1;
        first.ConnectTimeout = Math.Max(configuration.ConnectTimeout, 5000); // Off the trading path: a loaded machine still gets its answer.
        try
        {
            multiplexer = await ConnectionMultiplexer.ConnectAsync(first).ConfigureAwait(false);
            _firstAttempt.TrySetResult(true);
        }
        catch (RedisException ex)
        {
            Volatile.Write(ref _problem, Describe(ex));
            RedisLog.CannotConnect(_logger, _problem!);
            _firstAttempt.TrySetResult(false);
            try
            {
                multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
            }
            catch (Exception second)
            {
                _firstAttempt.TrySetResult(false);
                Volatile.Write(ref _problem, Describe(second));
                throw;
            }
        }
        catch (Exception ex)
        {
            Volatile.Write(ref _problem, Describe(ex));
            _firstAttempt.TrySetResult(false);
            throw;
        }

        multiplexer.ConnectionFailed += (_, e) =>
        {
            Volatile.Write(ref _problem, e.Exception is { } failure ? Describe(failure) : e.FailureType.ToString());
            SwitchToLocal("connection lost: " + e.FailureType);
        };
        multiplexer.ConnectionRestored += (_, _) =>
        {
            Volatile.Write(ref _problem, null);

            // Redis is back: try it at once rather than after the break.
            _ = _breaker.CloseAsync();
        };
        return multiplexer;
    }

    /// <summary>
    /// A connection failure in one line, in terms of what to fix (the client's own advice, e.g. "use abortConnect=false",
    /// is about its API, not the user's Redis). Never a password: neither the client nor Redis echoes it.
    /// </summary>
    private string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var detail = innermost == exception ? null : innermost.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        var at = _endpoints;
        return exception switch
        {
            RedisConnectionException { FailureType: ConnectionFailureType.AuthenticationFailure } when innermost is System.Security.Authentication.AuthenticationException
                => $"the TLS handshake with {at} failed: {detail}",
            RedisConnectionException { FailureType: ConnectionFailureType.AuthenticationFailure }
                => $"Redis at {at} refused the credentials: {detail ?? "authentication failed"}",
            RedisConnectionException { FailureType: ConnectionFailureType.ProtocolFailure }
                => $"{at} does not answer as a Redis server{(detail is null ? string.Empty : $" ({detail})")}",
            RedisConnectionException connection
                => $"no Redis answers at {at} ({connection.FailureType}{(detail is null ? string.Empty : ": " + detail)})",
            _ => exception.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.'),
        };
    }

    /// <inheritdoc />
    public async ValueTask<BinanceLimitDecision> TryReserveAsync(BinanceLimitReservation reservation, CancellationToken cancellationToken)
    {
        var windows = reservation.Windows.Where(w => reservation.AmountFor(w) > 0).ToArray();
        RememberWeightWindows(reservation);
        var keys = new RedisKey[windows.Length + 2];
        var args = new RedisValue[1 + (windows.Length * 3)];
        keys[0] = Key(reservation.Scope, "ban");
        keys[1] = Key(reservation.Scope, "halt");
        args[0] = reservation.NowMs;
        for (var i = 0; i < windows.Length; i++)
        {
            var window = windows[i];
            keys[i + 2] = CounterKey(reservation.Scope, window.Kind, window.WindowMs, reservation.Account, window.StartOf(reservation.NowMs));
            args[1 + (i * 3)] = reservation.AmountFor(window);
            args[2 + (i * 3)] = window.Allowed;
            args[3 + (i * 3)] = window.EndOf(reservation.NowMs);
        }

        var result = await TryRedisAsync(RedisLimitScripts.Reserve, keys, args, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return _local.TryReserve(Shared(reservation));
        }

        var answer = (RedisResult[])result!;
        var verdict = (int)answer[0];
        var until = (long)answer[1];
        switch (verdict)
        {
            case 0:
                // Keep local counts close, so a switch to local limits starts from what this process used.
                _local.TryReserve(reservation);
                return BinanceLimitDecision.Go;
            case 1:
                _local.Halt(reservation.Scope, until, banned: true);
                return new BinanceLimitDecision(true, until, "banned");
            case 2:
                _local.Halt(reservation.Scope, until, banned: false);
                return new BinanceLimitDecision(false, until, "429 halt");
            default:
                return new BinanceLimitDecision(false, until, windows[(int)answer[2] - 1].Reason);
        }
    }

    /// <inheritdoc />
    public async ValueTask ObserveAsync(BinanceLimitScope scope, string? account, long nowMs, IReadOnlyList<BinanceLimitUsage> usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usage);
        _local.Observe(scope, account, nowMs, usage);
        var counts = usage.Where(u => u.Kind != BinanceLimitKind.Orders || account is not null).ToArray();
        if (counts.Length == 0)
        {
            return;
        }

        var keys = new RedisKey[counts.Length];
        var args = new RedisValue[counts.Length * 2];
        for (var i = 0; i < counts.Length; i++)
        {
            var window = new BinanceLimitWindow(counts[i].Kind, counts[i].WindowMs, 0);
            keys[i] = CounterKey(scope, counts[i].Kind, counts[i].WindowMs, account, window.StartOf(nowMs));
            args[i * 2] = counts[i].Used;
            args[(i * 2) + 1] = window.EndOf(nowMs) - nowMs + 1000;
        }

        await TryRedisAsync(RedisLimitScripts.Observe, keys, args, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask HaltAsync(BinanceLimitScope scope, long untilMs, bool banned, long nowMs, CancellationToken cancellationToken)
    {
        _local.Halt(scope, untilMs, banned);
        RedisKey[] keys = banned ? [Key(scope, "halt"), Key(scope, "ban")] : [Key(scope, "halt")];
        await TryRedisAsync(RedisLimitScripts.Halt, keys, [untilMs, Math.Max(1000, untilMs - nowMs + 1000)], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// On Redis: every weight counter of the scope whose window holds both the reservation and now goes down by
    /// <paramref name="weight"/> in one atomic script, never below zero, so every process sharing the IP sees the
    /// weight the exchange did not charge. Local counts follow; when Redis cannot answer the give-back is dropped
    /// (counted as a fallback): the weight then stays counted until its window ends, the safe side.
    /// </remarks>
    public async ValueTask GiveBackAsync(BinanceLimitScope scope, long reservedAtMs, int weight, long nowMs, CancellationToken cancellationToken)
    {
        if (weight <= 0)
        {
            return;
        }

        await _local.GiveBackAsync(scope, reservedAtMs, weight, nowMs, cancellationToken).ConfigureAwait(false);
        if (!_weightWindows.TryGetValue(scope, out var windowLengths))
        {
            return;
        }

        var keys = new List<RedisKey>(windowLengths.Length);
        foreach (var windowMs in windowLengths)
        {
            var window = new BinanceLimitWindow(BinanceLimitKind.RequestWeight, windowMs, long.MaxValue);
            var start = window.StartOf(nowMs);
            if (start == window.StartOf(reservedAtMs))
            {
                keys.Add(CounterKey(scope, BinanceLimitKind.RequestWeight, windowMs, null, start));
            }
        }

        if (keys.Count > 0)
        {
            await TryRedisAsync(RedisLimitScripts.GiveBack, [.. keys], [weight], cancellationToken).ConfigureAwait(false);
        }
    }

    private void RememberWeightWindows(BinanceLimitReservation reservation)
    {
        var lengths = reservation.Windows.Where(w => w.Kind == BinanceLimitKind.RequestWeight).Select(w => w.WindowMs).ToArray();
        if (lengths.Length > 0 && (!_weightWindows.TryGetValue(reservation.Scope, out var known) || !known.AsSpan().SequenceEqual(lengths)))
        {
            _weightWindows[reservation.Scope] = lengths;
        }
    }

    /// <summary>Runs a script, or returns <see langword="null"/> (after logging and counting) when Redis cannot answer in time.</summary>
    private async ValueTask<RedisResult?> TryRedisAsync(string script, RedisKey[] keys, RedisValue[] args, CancellationToken cancellationToken)
    {
        if (!_connection.IsCompletedSuccessfully || !_connection.Result.IsConnected)
        {
            Fallback(_connection.IsCompleted ? "disconnected" : "connecting");
            return null;
        }

        var database = _connection.Result.GetDatabase();
        try
        {
            var result = await _pipeline.ExecuteAsync(
                static async (state, token) => await state.database.ScriptEvaluateAsync(state.script, state.keys, state.args).WaitAsync(token).ConfigureAwait(false),
                (database, script, keys, args),
                cancellationToken).ConfigureAwait(false);
            SwitchToShared();
            return result;
        }
        catch (BrokenCircuitException)
        {
            Fallback("circuit-open");
        }
        catch (TimeoutRejectedException)
        {
            Fallback("timeout");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Fallback(ex switch { TimeoutException => "timeout", RedisServerException => "server-error", _ => "error" });
        }

        return null;
    }

    private void Fallback(string reason)
    {
        _fallbacks.Add(1, new TagList { { BinanceTelemetryTags.Reason, reason } });
        SwitchToLocal(reason);
    }

    private void SwitchToLocal(string reason)
    {
        if (Interlocked.Exchange(ref _shared, 0) == 1)
        {
            RedisLog.Unavailable(_logger, reason);
        }
    }

    private void SwitchToShared()
    {
        if (Interlocked.Exchange(ref _shared, 1) == 0)
        {
            RedisLog.Back(_logger);
        }
    }

    /// <summary>The reservation with this process's share of each limit, for local answers while Redis is down.</summary>
    private BinanceLimitReservation Shared(BinanceLimitReservation reservation) => _options.FallbackShare >= 1
        ? reservation
        : reservation with { Windows = [.. reservation.Windows.Select(w => w with { Allowed = Math.Max(1, (long)decimal.Floor(w.Allowed * _options.FallbackShare)) })] };

    // One hash tag per venue and IP group: every key a script touches lives in the same cluster slot.
    private RedisKey Key(BinanceLimitScope scope, string name) =>
        $"{_options.KeyPrefix}:{{{scope.Venue}:{scope.IpGroup}}}:{name}";

    private RedisKey CounterKey(BinanceLimitScope scope, BinanceLimitKind kind, long windowMs, string? account, long start) => kind == BinanceLimitKind.Orders
        ? Key(scope, $"orders:{account}:{windowMs.ToString(CultureInfo.InvariantCulture)}:{start.ToString(CultureInfo.InvariantCulture)}")
        : Key(scope, $"{(kind == BinanceLimitKind.RequestWeight ? "weight" : "raw")}:{windowMs.ToString(CultureInfo.InvariantCulture)}:{start.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Closes the connection.</summary>
    /// <returns>A task that completes when closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_connection.IsCompletedSuccessfully)
        {
            await _connection.Result.DisposeAsync().ConfigureAwait(false);
        }

        _ownedMeter?.Dispose();
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        if (_connection.IsCompletedSuccessfully)
        {
            _connection.Result.Dispose();
        }

        _ownedMeter?.Dispose();
    }
}
