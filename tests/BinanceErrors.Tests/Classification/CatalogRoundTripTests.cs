using System.Text;
using System.Text.Json;
using BinanceErrors.Internal;

namespace BinanceErrors.Tests.Classification;

/// <summary>Every message the catalog knows, sent back as a response, classifies to its own code, template and arguments.</summary>
public sealed class CatalogRoundTripTests
{
    public static TheoryData<BinanceVenue> Venues() => [.. BinanceErrorCatalog.Venues];

    internal static byte[] Body(int code, string message) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { code, msg = message }));

    /// <summary>Fills placeholders with distinct values that look like what the server puts there.</summary>
    private static (string Message, string[] Values) Instantiate(MessageTemplate template)
    {
        var values = template.ArgumentNames.Select((name, i) => name switch
        {
            "limit" => "6000",
            "interval" => "1 MINUTE",
            "bannedUntil" => "1763700000000",
            "parameter" => "timeInForce",
            _ => $"value{i + 1}",
        }).ToArray();
        var text = new StringBuilder(template.Text);
        foreach (var value in values)
        {
            var next = IndexOfPlaceholder(text.ToString());
            text.Remove(next.Index, next.Length).Insert(next.Index, value);
        }

        return (text.ToString(), values);
    }

    private static (int Index, int Length) IndexOfPlaceholder(string text)
    {
        var candidates = new[] { "%s", "%d", "%b", "{param}" }
            .Select(t => (Index: text.IndexOf(t, StringComparison.Ordinal), t.Length))
            .Where(c => c.Index >= 0)
            .OrderBy(c => c.Index)
            .ToArray();
        return candidates[0];
    }

    [Theory]
    [MemberData(nameof(Venues))]
    public void EveryMessageVariant_ClassifiesBackToItsCodeTemplateAndArguments(BinanceVenue venue)
    {
        var checkedCount = 0;
        foreach (var definition in BinanceErrorCatalog.For(venue).Definitions)
        {
            foreach (var template in definition.Messages)
            {
                var (message, values) = Instantiate(template);
                var error = BinanceErrorClassifier.Classify(venue, 400, Body(definition.Code, message));

                var where = $"{venue} {definition.Code} \"{message}\"";
                error.Code.ShouldBe(definition.Code, where);
                error.Definition.ShouldBeSameAs(definition, where);
                error.Message.ShouldBe(message, where);
                error.Template.ShouldNotBeNull(where);
                error.Template.Pattern.Normalized.ShouldBe(template.Pattern.Normalized, where, StringCompareShould.IgnoreCase);
                error.Arguments.Select(a => a.Name).ShouldBe(template.ArgumentNames, where);
                error.Arguments.Select(a => a.Value).ShouldBe(values, where);
                checkedCount++;
            }
        }

        checkedCount.ShouldBeGreaterThan(venue == BinanceVenue.BinanceUs ? 60 : 150);
    }

    [Theory]
    [MemberData(nameof(Venues))]
    public void EveryMatchingEngineMessage_ClassifiesToItsTypedReason_UnderEachOfItsCodes(BinanceVenue venue)
    {
        var catalog = BinanceErrorCatalog.For(venue);
        var codes = catalog.Definitions.Where(d => d.MessagesFrom == CatalogMessageSource.MatchingEngine).Select(d => d.Code).ToArray();
        foreach (var entry in catalog.MatchingEngineMessages)
        {
            foreach (var code in codes)
            {
                var error = BinanceErrorClassifier.Classify(venue, 400, Body(code, entry.Template.Text));
                error.Reason.ShouldBe(entry.Reason, $"{code} {entry.Template.Text}");
                error.Template.ShouldBeSameAs(entry.Template);
                error.Message.ShouldBeSameAs(entry.Template.Text, "an exact known message reuses the catalog's string");
                error.Kind.ShouldBe(entry.Kind ?? catalog.Definitions.Single(d => d.Code == code).Kind);
                error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Venues))]
    public void EveryFilterFailure_ClassifiesToItsFilterType(BinanceVenue venue)
    {
        foreach (var entry in BinanceErrorCatalog.For(venue).FilterFailures)
        {
            foreach (var code in new[] { BinanceErrorCodes.InvalidMessage, BinanceErrorCodes.NewOrderRejected })
            {
                var error = BinanceErrorClassifier.Classify(venue, 400, Body(code, entry.Template.Text));
                error.Filter.ShouldBe(entry.Filter, entry.Template.Text);
                error.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
                error.Template.ShouldBeSameAs(entry.Template);
                error.Advice.Action.ShouldBe(RecoveryAction.DoNotRetry);
            }
        }
    }

    [Fact]
    public void Templates_NormalizeDocFormattingAway()
    {
        MessageText.Normalize("  `strategyType` was less  than\t1000000. ").ShouldBe("strategyType was less than 1000000");
        MessageText.Normalize("Unknown order sent.").ShouldBe(MessageText.Normalize("Unknown order sent"));
        MessageText.Normalize("bans..").ShouldBe("bans");
    }
}
