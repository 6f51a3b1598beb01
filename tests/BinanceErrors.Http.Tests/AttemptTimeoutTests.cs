using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace BinanceErrors.Http.Tests;

/// <summary>
/// The attempt timeout (<see cref="BinanceClientOptions.AttemptTimeout"/>) against a server that accepts the request
/// and never answers: a timeout is reported as <see cref="TimeoutRejectedException"/> (no answer), on the options'
/// clock and on the system clock, and the caller's own cancellation stays a cancellation.
/// </summary>
public sealed class AttemptTimeoutTests
{
    /// <summary>A real TCP server on loopback that reads requests and never answers them.</summary>
    private sealed class SilentServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _clients = [];
        private readonly CancellationTokenSource _stop = new();
        private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly SemaphoreSlim _arrivals = new(0);
        private readonly Task _accepting;
        private int _requests;

        public SilentServer()
        {
            _listener.Start();
            _accepting = AcceptAsync();
        }

        public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

        public int Requests => Volatile.Read(ref _requests);

        public Task FirstRequest => _firstRequest.Task;

        /// <summary>Completes when the next request (in arrival order) has been read in full.</summary>
        public async Task NextRequestAsync()
        {
            if (!await _arrivals.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException("No request reached the server within 30 s.");
            }
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    lock (_clients)
                    {
                        _clients.Add(client);
                    }

                    _ = ReadAsync(client);
                }
            }
            catch (OperationCanceledException)
            {
            }
        }

        private async Task ReadAsync(TcpClient client)
        {
            var buffer = new byte[4096];
            var seen = new System.Text.StringBuilder();
            try
            {
                var stream = client.GetStream();
                int read;
                while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
                {
                    seen.Append(System.Text.Encoding.ASCII.GetString(buffer, 0, read));
                    var text = seen.ToString();
                    var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    if (end >= 0)
                    {
                        seen.Remove(0, end + 4);
                        Interlocked.Increment(ref _requests);
                        _firstRequest.TrySetResult();
                        _arrivals.Release();
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _accepting;
            lock (_clients)
            {
                foreach (var client in _clients)
                {
                    client.Dispose();
                }
            }

            _stop.Dispose();
            _arrivals.Dispose();
        }
    }

    // No delay between attempts: the fake clock then only has to pass each attempt's timeout, which is armed before
    // the request reaches the server, so the test moves the clock after each arrival and never has to guess.
    private static BinanceClientOptions Options(TimeProvider time, TimeSpan attemptTimeout) => new()
    {
        TimeProvider = time,
        AttemptTimeout = attemptTimeout,
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.Zero,
        LearnLimitsFromExchange = false,
    };

    [Fact]
    public async Task NoAnswer_OnTheOptionsClock_IsATimeoutAfterTheRetry()
    {
        await using var server = new SilentServer();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var client = BinanceHttpClientFactory.Create(server.BaseAddress, Options(time, TimeSpan.FromSeconds(5)), registry: new BinanceLimitRegistry());

        var call = Task.Run(() => client.GetAsync("/api/v3/time"));
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            // Each attempt is on the server (its timeout armed) before the clock passes the timeout.
            await server.NextRequestAsync();
            call.IsCompleted.ShouldBeFalse($"attempt {attempt} was answered or failed before its timeout");
            time.Advance(TimeSpan.FromSeconds(5));
        }

        var thrown = await Should.ThrowAsync<TimeoutRejectedException>(call);
        thrown.Timeout.ShouldBe(TimeSpan.FromSeconds(5));
        server.Requests.ShouldBe(2, "the read is tried once more after the first timeout, then the timeout is reported");
    }

    [Fact]
    public async Task NoAnswer_OnTheSystemClock_IsATimeout()
    {
        await using var server = new SilentServer();
        using var client = BinanceHttpClientFactory.Create(server.BaseAddress, Options(TimeProvider.System, TimeSpan.FromMilliseconds(200)), registry: new BinanceLimitRegistry());

        var thrown = await Should.ThrowAsync<TimeoutRejectedException>(() => client.GetAsync("/api/v3/time"));

        thrown.Timeout.ShouldBe(TimeSpan.FromMilliseconds(200));
        server.Requests.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task CallerCancels_WhileWaitingForTheAnswer_IsACancellationNotATimeout()
    {
        await using var server = new SilentServer();
        using var client = BinanceHttpClientFactory.Create(server.BaseAddress, Options(TimeProvider.System, TimeSpan.FromMinutes(5)), registry: new BinanceLimitRegistry());
        using var cancel = new CancellationTokenSource();

        var call = client.GetAsync("/api/v3/time", cancel.Token);
        await server.FirstRequest.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        var thrown = await Should.ThrowAsync<Exception>(call);
        thrown.ShouldBeAssignableTo<OperationCanceledException>();
        server.Requests.ShouldBe(1, "a cancelled read is not sent again");
    }
}
