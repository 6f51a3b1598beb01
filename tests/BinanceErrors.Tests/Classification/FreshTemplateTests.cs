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

    [Fact]
    public void EveryTemplate_ComposesTheReceivedTextBack_AsTheClassifierKeepsIt()
    {
        // The classifier keeps a matched message as its template plus the values and writes the text on first read;
        // here that is done with the freshly loaded templates, the way the classifier does it with the shared ones.
        var composed = 0;
        foreach (var catalog in CatalogLoader.LoadVenues())
        {
            foreach (var template in Templates(catalog).Where(t => t.HasArguments))
            {
                var values = template.ArgumentNames.Select((_, i) => new string((char)('a' + i), i + 2)).ToArray();
                var received = Fill(template.Text, values);
                var where = $"{catalog.Venue} \"{template.Text}\"";

                var error = Match(catalog.Venue, template, received);

                error.Message.ShouldBe(received, where);
                error.Arguments.Select(a => a.Value).ShouldBe(values, where);
                Match(catalog.Venue, template, received).ShouldBe(error, where);

                // Texts that match but differ from the template's (the final period, case, spacing, a quoted value)
                // are kept as received, whichever way the classifier decides they differ.
                var quoted = Fill(template.Text, [.. values.Select((v, i) => i == 0 ? $"'{v}'" : v)]);
                string[] variants = [received.TrimEnd('.'), received + ".", received + " ", received.ToUpperInvariant(), " " + received, received.Replace(" ", "  ", StringComparison.Ordinal), quoted];
                foreach (var variant in variants)
                {
                    Match(catalog.Venue, template, variant).Message.ShouldBe(variant, $"{where} as \"{variant}\"");
                }

                composed++;
            }
        }

        composed.ShouldBeGreaterThan(100);
    }

    private static BinanceError Match(BinanceVenue venue, MessageTemplate template, string received)
    {
        Span<char> buffer = stackalloc char[MessageText.MaxNormalizedLength];
        var normalized = MessageText.Normalize(received, buffer);
        Span<Range> captures = stackalloc Range[TemplatePattern.MaxPlaceholders];
        template.Pattern.TryMatch(normalized, captures, out var exact).ShouldBeTrue(received);
        var error = new BinanceError { Venue = venue };
        error.SetMatchedMessage(template, received, normalized, captures, exact);
        return error;
    }
}
