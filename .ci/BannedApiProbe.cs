// Compiled into src/BinanceErrors only by `.ci/check-banned-apis` (-p:BannedApiProbe=true), which expects the build to
// fail with RS0030 on every line below: proof that src/ cannot use the wall clock, untimed waits, timeouts on the real clock
// or Stopwatch.
namespace BinanceErrors.Internal;

internal static class BannedApiProbe
{
    public static async Task UseEveryBannedApiAsync()
    {
        _ = DateTime.Now;
        _ = DateTime.UtcNow;
        _ = DateTimeOffset.Now;
        _ = DateTimeOffset.UtcNow;
        await Task.Delay(1).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromMilliseconds(1), CancellationToken.None).ConfigureAwait(false);
        _ = System.Diagnostics.Stopwatch.StartNew();
        using var byTimeSpan = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        using var byMilliseconds = new CancellationTokenSource(1000);
        byTimeSpan.CancelAfter(TimeSpan.FromSeconds(1));
        byMilliseconds.CancelAfter(1000);
    }
}
