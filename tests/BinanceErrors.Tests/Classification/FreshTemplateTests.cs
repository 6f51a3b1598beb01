using System.Text;
using BinanceErrors.Internal;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Every template of a freshly loaded catalog (the load runs inside this test, as in a host that starts afresh) splits
/// at its placeholders as documented: <see cref="MessageTemplate.Format"/> puts each value where its placeholder was,
/// and <see cref="MessageTemplate.TryMatch"/> reads the same values back from that text, in another case too.
/// </summary>
public sealed class FreshTemplateTests
{
    private static readonly string[] Tokens = ["%s", "%d", "%b", "{param}"];

    // The expected text, built without the library: each placeholder, leftmost first, replaced by its value.
    private static string Fill(string text, IReadOnlyList<string> values)
    {
        var result = new StringBuilder();
        var rest = text;
        foreach (var value in values)
        {
            var (index, length) = Tokens
                .Select(t => (Index: rest.IndexOf(t, StringComparison.Ordinal), t.Length))
                .Where(c => c.Index >= 0)
                .MinBy(c => c.Index);
            result.Append(rest, 0, index).Append(value);
            rest = rest[(index + length)..];
        }

        return result.Append(rest).ToString();
    }

    private static IEnumerable<MessageTemplate> Templates(VenueCatalog catalog) =>
        catalog.Definitions.SelectMany(d => d.Messages)
            .Concat(catalog.MatchingEngineMessages.Select(m => m.Template))
            .Concat(catalog.FilterFailures.Select(m => m.Template))
            .Concat(catalog.StatusMessages.Select(m => m.Template));

    [Fact]
    public void EveryTemplate_FormatsAndMatchesItsOwnValues()
    {
        var checkedWithArguments = 0;
        foreach (var catalog in CatalogLoader.LoadVenues())
        {
            foreach (var template in Templates(catalog))
            {
                var values = template.ArgumentNames.Select((_, i) => $"v{i + 1}x").ToArray();
                var expected = Fill(template.Text, values);
                var where = $"{catalog.Venue} \"{template.Text}\"";

                template.Format(values).ShouldBe(expected, where);
                template.TryMatch(expected, out var arguments).ShouldBeTrue(where);
                arguments.Select(a => a.Value).ShouldBe(values, where);
                arguments.Select(a => a.Name).ShouldBe(template.ArgumentNames, where);
                template.TryMatch(expected.ToUpperInvariant(), out var shouted).ShouldBeTrue(where);
                shouted.Select(a => a.Value).ShouldBe(values.Select(v => v.ToUpperInvariant()), where);
                if (!Tokens.Any(t => template.Text.TrimEnd('.', ' ').EndsWith(t, StringComparison.Ordinal)))
                {
                    // Text after the template's last literal is another message (a final placeholder takes it).
                    template.TryMatch(expected + " and more", out _).ShouldBeFalse(where);
                }

                if (values.Length > 0)
                {
                    checkedWithArguments++;
                }
            }
        }

        checkedWithArguments.ShouldBeGreaterThan(100);
    }
}
