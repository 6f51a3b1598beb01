using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Where the WebSocket client's per-call allocations go: the bytes allocated per <c>order.place</c> round trip by the
/// bare <c>ClientWebSocket</c> baseline and by <c>BinanceWebSocketClient</c> (<see cref="GC.GetTotalAllocatedBytes"/>
/// over many calls), and the runtime's allocation sampling (<c>GCAllocationTick</c>, one event per ~100 KB allocated)
/// by type during the client's calls. Run with <c>-- ws-alloc [calls]</c>.
/// </summary>
public static class WebSocketAllocationRunner
{
    public static async Task RunAsync(string[] args)
    {
        var calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var benchmarks = new WebSocketOrderBenchmarks();
        await benchmarks.Setup();
        try
        {
            // Warm both paths (JIT, pools, tiering) before measuring.
            for (var i = 0; i < 2_000; i++)
            {
                await benchmarks.BareOrderPlace();
                await benchmarks.ClientOrderPlace();
            }

            var bare = await PerCallAsync(calls, benchmarks.BareOrderPlace);
            var client = await PerCallAsync(calls, benchmarks.ClientOrderPlace);

            // Sampled in a run of its own: the listener's events allocate too.
            using var listener = new AllocationListener();
            await PerCallAsync(calls, benchmarks.ClientOrderPlace);
            listener.Stop();

            Console.WriteLine($"Bare ClientWebSocket: {bare:N0} B/call; BinanceWebSocketClient: {client:N0} B/call; difference {client - bare:N0} B/call ({calls:N0} calls each).");
            Console.WriteLine("Allocation samples during the client's calls (type: samples, share):");
            var total = listener.Samples.Values.Sum();
            foreach (var (type, samples) in listener.Samples.OrderByDescending(s => s.Value).Take(40))
            {
                Console.WriteLine($"  {type}: {samples} ({(double)samples / total:P1})");
            }
        }
        finally
        {
            await benchmarks.Cleanup();
        }
    }

    private static async Task<double> PerCallAsync(int calls, Func<Task<int>> call)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
    }

    /// <summary>The runtime's <c>GCAllocationTick</c> events by type name.</summary>
    private sealed class AllocationListener : EventListener
    {
        private volatile bool _stopped;

        public ConcurrentDictionary<string, int> Samples { get; } = new(StringComparer.Ordinal);

        public void Stop() => _stopped = true;

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // GC keyword, verbose: includes GCAllocationTick.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (_stopped || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var index = eventData.PayloadNames.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
            Samples.AddOrUpdate(type, 1, static (_, n) => n + 1);
        }
    }
}
