namespace BinanceErrors.Docs.Tests;

/// <summary>Every fenced block of README.md and docs/**/*.md does what the text says (see docs/testing.md).</summary>
public sealed class DocExampleTests(ExampleServices services) : IClassFixture<ExampleServices>
{
    public static TheoryData<string> Examples => [.. DocExamples.Blocks.Select(b => b.Id)];

    [Theory]
    [MemberData(nameof(Examples))]
    public Task Example_DoesWhatTheDocSays(string id) => new DocExampleChecker(services).CheckAsync(DocExamples.Find(id));

    [Fact]
    public void Discovery_FindsTheBlocksOfEveryDoc()
    {
        var files = DocExamples.Blocks.Select(b => b.File).Distinct().ToArray();

        files.ShouldContain("README.md");
        files.ShouldContain("docs/cli.md");
        files.ShouldContain("docs/mcp.md");
        DocExamples.Blocks.Count(b => b.Language == "csharp").ShouldBeGreaterThanOrEqualTo(7);
        DocExamples.Blocks.ShouldContain(b => b.File == "README.md" && b.Language == "csharp" && b.Code.Contains("BinanceErrorClassifier.Classify", StringComparison.Ordinal));
    }
}
