using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Where the WebSocket client's per-call allocations go: the bytes allocated per <c>order.place</c> round trip by the
/// bare <c>ClientWebSocket</c> baseline and by <c>BinanceWebSocketClient</c> (<see cref="GC.GetTotalAllocatedBytes"/>
/// over many calls), and the runtime's allocation sampling (<c>GCAllocationTick</c>, one event per ~100 KB allocated)
/// by type during the client's calls; then the round trip's time, bare and client interleaved in blocks of 250 calls
/// (medians, tenth percentiles and means), which a loaded machine skews less than one class run after the other.
/// Run with <c>-- ws-alloc [calls]</c>.
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

            // Time, interleaved in blocks so a load change on the shared machine hits both sides alike.
            var bareTimes = new List<double>(calls);
            var clientTimes = new List<double>(calls);
            for (var block = 0; block < calls / 250; block++)
            {
                await TimeAsync(250, benchmarks.BareOrderPlace, bareTimes);
                await TimeAsync(250, benchmarks.ClientOrderPlace, clientTimes);
            }

            var (bareMedian, clientMedian) = (Percentile(bareTimes, 0.5), Percentile(clientTimes, 0.5));
            Console.WriteLine($"Round trip, median: bare {bareMedian:0.0} µs, client {clientMedian:0.0} µs, ratio {clientMedian / bareMedian:0.000}; " +
                $"p10 {Percentile(bareTimes, 0.1):0.0} / {Percentile(clientTimes, 0.1):0.0} µs (ratio {Percentile(clientTimes, 0.1) / Percentile(bareTimes, 0.1):0.000}); " +
                $"mean {bareTimes.Average():0.0} / {clientTimes.Average():0.0} µs (ratio {clientTimes.Average() / bareTimes.Average():0.000}).");
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

    private static async Task TimeAsync(int calls, Func<Task<int>> call, List<double> microseconds)
    {
        for (var i = 0; i < calls; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await call();
            microseconds.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)(share * (sorted.Length - 1))];
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
