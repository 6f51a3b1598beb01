using System.Text.RegularExpressions;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// The sandbox's layout, read from its sources: a folder per venue (<c>Spot/</c>, <c>UsdM/</c>, <c>CoinM/</c>) over the
/// shared <c>Pipeline/</c>, <c>Rest/</c>, <c>WebSocket/</c>, <c>Matching/</c> and <c>Futures/</c> (what USDⓈ-M and COIN-M share, written
/// once). The shared folders know no venue, a venue knows no other venue,
/// and a venue's <c>Engine/</c> does not reach back into its API, so no namespace cycle can come back unnoticed.
/// </summary>
public sealed partial class SandboxLayoutTests
{
    private static readonly string[] Shared = ["Pipeline", "Rest", "WebSocket", "Matching", "Futures"];

    [Fact]
    public void Every_source_file_sits_in_the_namespace_of_its_folder()
    {
        foreach (var file in SourceFiles())
        {
            var expected = "BinanceErrors.Sandbox" + string.Concat(file.Folders.Select(f => "." + f));
            NamespaceDeclaration().Match(file.Text).Groups[1].Value.ShouldBe(expected, file.Path);
        }
    }

    [Fact]
    public void Shared_folders_know_no_venue_and_venues_know_no_other_venue()
    {
        var venues = Venues();
        venues.ShouldContain("Spot");
        venues.ShouldContain("UsdM");
        venues.ShouldContain("CoinM");
        foreach (var file in SourceFiles().Where(f => f.Folders.Length > 0))
        {
            var own = file.Folders[0];
            var forbidden = Shared.Contains(own) ? venues : venues.Where(v => v != own).Concat(["Rest"]);
            foreach (var other in forbidden)
            {
                References(file.Text, other).ShouldBeFalse($"{file.Path} refers to {other}/");
            }

            if (Shared.Contains(own) && own != "Pipeline")
            {
                // The fronts and the book sit beside each other over the pipeline: a front knows no book and no other
                // front, the book no transport. Futures/ (what the futures venues share) sits above the book and knows no
                // transport either; nothing shared knows Futures/.
                string[] below = own == "Futures" ? ["Pipeline", "Matching"] : ["Pipeline"];
                foreach (var beside in Shared.Where(s => s != own && !below.Contains(s)))
                {
                    References(file.Text, beside).ShouldBeFalse($"{file.Path} refers to {beside}/");
                }
            }
        }
    }

    [Fact]
    public void A_venue_engine_does_not_reach_back_into_its_api()
    {
        foreach (var file in SourceFiles().Where(f => f.Folders is [_, "Engine"]))
        {
            var venue = file.Folders[0];
            file.Text.ShouldNotContain($"using BinanceErrors.Sandbox.{venue};", Case.Sensitive, file.Path);
            Regex.IsMatch(file.Text, $@"\b{venue}\.(?!Engine\b)[A-Z]\w*").ShouldBeFalse(file.Path);
        }
    }

    private static bool References(string text, string folder) =>
        Regex.IsMatch(text, $@"using BinanceErrors\.Sandbox\.{folder}(\.\w+)*;|(?<![\w.])(BinanceErrors\.Sandbox\.)?{folder}\.[A-Z]\w*\.?");

    private static string[] Venues() =>
        [.. Directory.GetDirectories(SourceRoot()).Select(Path.GetFileName).OfType<string>()
            .Where(d => d is not ("bin" or "obj") && !Shared.Contains(d))];

    private static IEnumerable<SourceFile> SourceFiles()
    {
        var root = SourceRoot();
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path);
            var folders = Path.GetDirectoryName(relative)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            if (folders is ["bin", ..] or ["obj", ..])
            {
                continue;
            }

            yield return new SourceFile(relative, folders, StripComments(File.ReadAllText(path)));
        }
    }

    private static string StripComments(string text) => Comment().Replace(text, string.Empty);

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BinanceErrors.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("BinanceErrors.slnx not found above the test binaries."), "src", "BinanceErrors.Sandbox");
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    private sealed record SourceFile(string Path, string[] Folders, string Text);
}
