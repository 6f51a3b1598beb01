namespace BinanceErrors.Http.CrashProbe;

/// <summary>Announces the step on stdout and blocks for ever when it is the one the probe must die at.</summary>
internal sealed class StepGate(string step)
{
    /// <summary>Announces the step without blocking (the test decides when to kill).</summary>
    public void AnnounceOnly(string here)
    {
        if (here == step)
        {
            Console.WriteLine("AT " + here);
            Console.Out.Flush();
        }
    }

    public void At(string here)
    {
        if (here != step)
        {
            return;
        }

        Console.WriteLine("AT " + here);
        Console.Out.Flush();

        // Wait for the SIGKILL; the test never writes to stdin.
        Console.In.ReadLine();
        Thread.Sleep(Timeout.Infinite);
    }
}
