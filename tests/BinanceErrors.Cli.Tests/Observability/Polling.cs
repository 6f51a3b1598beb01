namespace BinanceErrors.Cli.Tests.Observability;

/// <summary>Waits for a condition another process makes true, by asking it again until a deadline (there is no event to wait on).</summary>
public static class Polling
{
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, Func<bool>? giveUp = null)
    {
        using var timeout = new CancellationTokenSource(deadline);
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (timeout.IsCancellationRequested || giveUp?.Invoke() == true)
            {
                return false;
            }

            // The pace of asking, not a stand-in for synchronization: the condition is re-checked each time.
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }
}
