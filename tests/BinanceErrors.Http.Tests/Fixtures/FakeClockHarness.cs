using BinanceErrors.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace BinanceErrors.Http.Tests.Fixtures;

/// <summary>
/// A sandbox and a client sharing one <see cref="FakeTimeProvider"/>. Time moves only through <see cref="DriveAsync{T}"/>,
/// and only while no request is on the wire, so what the server sees of a request never depends on how fast the
/// machine is: late executions, recvWindow checks and the pipeline's waits all happen at exact fake instants.
/// </summary>
public sealed class FakeClockHarness : IAsyncDisposable
{
    private FakeClockHarness(SandboxServer server, HttpClient client, BinanceClientOptions options, FakeTimeProvider time, InFlightHandler wire)
    {
        Server = server;
        Client = client;
        Options = options;
        Time = time;
        Wire = wire;
    }

    public SandboxServer Server { get; }

    public HttpClient Client { get; }

    public BinanceClientOptions Options { get; }

    public FakeTimeProvider Time { get; }

    public InFlightHandler Wire { get; }

    public static async Task<FakeClockHarness> StartAsync(Action<BinanceClientOptions>? configure = null, SandboxVenue venue = SandboxVenue.Spot)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = time, Venue = venue });
        var options = new BinanceClientOptions
        {
            Credentials = BinanceCredentials.Hmac(Harness.ApiKey, Harness.Secret),
            TimeProvider = time,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            AttemptTimeout = TimeSpan.FromSeconds(30),
            LearnLimitsFromExchange = false,
        };
        configure?.Invoke(options);
        var wire = new InFlightHandler(new SocketsHttpHandler());
        var client = BinanceHttpClientFactory.Create(server.BaseAddress, options, wire, registry: new BinanceLimitRegistry());
        return new FakeClockHarness(server, client, options, time, wire);
    }

    /// <summary>Runs <paramref name="work"/>, advancing the fake clock in steps whenever nothing is on the wire.</summary>
    public async Task<T> DriveAsync<T>(Func<Task<T>> work, int stepMs = 50)
    {
        var task = Task.Run(work);
        while (!task.IsCompleted)
        {
            if (Wire.InFlight == 0)
            {
                Time.Advance(TimeSpan.FromMilliseconds(stepMs));
            }

            // Lets the client's continuations run; the clock does not depend on how long this takes.
            await Task.WhenAny(task, Task.Delay(1));
        }

        return await task;
    }

    /// <summary>Moves the clock far enough that every held-back execution has run or been dropped.</summary>
    public void SettleLateExecutions()
    {
        for (var i = 0; i < 200 && Server.DelayedExecutions.Pending > 0; i++)
        {
            Time.Advance(TimeSpan.FromMilliseconds(100));
        }
    }

    public int Orders(string clientOrderId) => Server.AcceptedOrders().Count(o => o.ClientOrderId == clientOrderId);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>The network handler, counting requests on the wire.</summary>
public sealed class InFlightHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
