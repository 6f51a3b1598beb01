namespace BinanceErrors.Tests;

/// <summary>The README's code example is this file's snippet, compiled and run; a test keeps the two identical.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_CompilesRunsAndIsQuotedVerbatim()
    {
        var body = """{"code":-1003,"msg":"Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans."}"""u8.ToArray();
        var statusCode = 418;

        // snippet: readme
        var error = BinanceErrorClassifier.Classify(BinanceVenue.Spot, statusCode, body);
        Console.WriteLine($"{error.Code} {error.Name}: {error.Kind}"); // -1003 TOO_MANY_REQUESTS: IpBanned
        if (error.Advice.Action == RecoveryAction.HaltUntil)
        {
            Console.WriteLine($"Stop all traffic until {error.Advice.Until:u}"); // 2025-11-21 04:40:00Z
        }

        var lookup = BinanceErrorCatalog.Lookup(BinanceVenue.UsdMFutures, -2021);
        Console.WriteLine(lookup.Definition?.Name); // ORDER_WOULD_IMMEDIATELY_TRIGGER (Spot: cancel-replace partially failed)
        // end snippet

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.Advice.Until.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1763700000000));
        $"{error.Advice.Until:u}".ShouldBe("2025-11-21 04:40:00Z");
        lookup.Definition!.Name.ShouldBe("ORDER_WOULD_IMMEDIATELY_TRIGGER");

        var source = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "BinanceErrors.Tests", "ReadmeExampleTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// snippet: readme") + 1;
        var end = Array.FindIndex(source, l => l.Trim() == "// end snippet");
        var snippet = source[start..end].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()).ToArray();
        snippet.Length.ShouldBeLessThanOrEqualTo(10);
        File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ShouldContain(string.Join("\n", snippet));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BinanceErrors.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (BinanceErrors.slnx) was not found above the test output.");
    }
}
