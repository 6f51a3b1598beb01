using BinanceErrors.Http;
using BinanceErrors.Sandbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.WebSocket.Tests;

/// <summary>
/// A reconnect storm inside the sandbox's connection admission limit (<see cref="SandboxOptions.WebSocketConnectionAttempts"/>):
/// eight clients on one IP, each allowed a share of the limit, are dropped by <c>closeAll</c> again and again; once a
/// client's share is used it waits for its window rather than storm the handshake, so the exchange refuses none.
/// </summary>
public sealed class ReconnectStormTests
{
    private const int Clients = 8;
    private const int AttemptsPerWindow = 20;

    [Fact]
    public async Task EightClientsDroppedByCloseAll_StayInsideTheAdmissionLimit_AndWaitInsteadOfBeingRefused()
    {
        // The exchange's window is frozen (no boundary mid-test); the clients run on real time.
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 21, 0, 30, TimeSpan.Zero)),
            WebSocketConnectionAttempts = AttemptsPerWindow,
        });
        using var admissionWaits = new AdmissionWaits(Clients);
        using var registry = new BinanceLimitRegistry();
        var clients = new List<BinanceWebSocketClient>();

        // A logger factory per client, so a client's admission wait is told apart from another's.
        var loggers = Enumerable.Range(0, Clients).Select(_ => LoggerFactory.Create(builder => builder.AddProvider(admissionWaits))).ToList();
        try
        {
            for (var i = 0; i < Clients; i++)
            {
                var ws = Harness.Fast();

                // Each client's share: 2 connects per 5 minutes, 16 for the eight, inside the IP's 20.
                ws.MaxConnectionsPerWindow = 2;
                var options = Harness.Options();
                options.Credentials = null;
                clients.Add(new BinanceWebSocketClient(server.WebSocketAddress!, options, ws, registry, loggers[i]));
            }

            // The first connection each, then a drop of all and a reconnect each: 16 attempts, all admitted.
            await PingAllAsync(clients, CancellationToken.None);
            server.CloseWebSocketConnections();
            await PingAllAsync(clients, CancellationToken.None);
            server.WebSocketHandshakes.ShouldBe(new WebSocketHandshakeCounts(2 * Clients, 0));

            // The storm: dropped again, every client wants a third connection in the window. Each waits for its own
            // window instead (logged), so no handshake reaches the exchange to be refused.
            server.CloseWebSocketConnections();
            using var stop = new CancellationTokenSource();
            var third = PingAllAsync(clients, stop.Token);
            await admissionWaits.AllWaiting.WaitAsync(TimeSpan.FromSeconds(60));

            server.WebSocketHandshakes.ShouldBe(new WebSocketHandshakeCounts(2 * Clients, 0), "every client held back; the exchange saw no third handshake");
            third.IsCompleted.ShouldBeFalse();
            await stop.CancelAsync();
            await Should.ThrowAsync<OperationCanceledException>(() => third);
            server.WebSocketHandshakes.Refused.ShouldBe(0);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            loggers.ForEach(factory => factory.Dispose());
        }
    }

    private static Task PingAllAsync(List<BinanceWebSocketClient> clients, CancellationToken cancellationToken) =>
        Task.WhenAll(clients.Select(async client => (await client.SendAsync("ping", cancellationToken: cancellationToken)).Status.ShouldBe(200)));

    /// <summary>Counts the distinct clients that logged "connection admission limit reached" (event 107).</summary>
    private sealed class AdmissionWaits(int expected) : ILoggerProvider
    {
        private readonly HashSet<object> _waiting = [];
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task AllWaiting => _all.Task;

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private void Waited(object logger)
        {
            lock (_waiting)
            {
                if (_waiting.Add(logger) && _waiting.Count == expected)
                {
                    _all.TrySetResult();
                }
            }
        }

        private sealed class Logger(AdmissionWaits owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (eventId.Id == 107)
                {
                    owner.Waited(this);
                }
            }
        }
    }
}
