using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Error responses users posted in public issue trackers (Fixtures/RealWorld/corpus.jsonl), each with its source URL.
/// Where the post showed the raw body, <c>body</c> keeps it character for character; where a client library printed
/// only the code and the message (<c>APIError(code=-2010): …</c>), <c>msg</c> keeps the message exactly as printed
/// and <c>quote</c> the line it came from, and the test sends <c>{"code":…,"msg":…}</c> the way the server did.
/// </summary>
public sealed partial class RealWorldCorpusTests
{
    private static readonly Lazy<IReadOnlyList<CorpusEntry>> Entries = new(Load);

    /// <summary>Codes users saw that no venue documents; the geo block answers 451 with <c>"code": 0</c>.</summary>
    private static readonly int[] UndocumentedCodes = [0];

    private static IReadOnlyList<CorpusEntry> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "RealWorld", "corpus.jsonl");
        var entries = new List<CorpusEntry>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var entry = JsonSerializer.Deserialize<CorpusEntry>(text, JsonOptions)
                ?? throw new InvalidDataException($"corpus.jsonl line {line} is null.");
            entries.Add(entry with { Line = line });
        }

        return entries;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static BinanceError Classify(CorpusEntry entry) =>
        BinanceErrorClassifier.Classify(entry.VenueValue, entry.Status, entry.ResponseBody, timeProvider: FixedClock);

    /// <summary>A fixed "now" so that bans in the past and windows are computed the same on every run.</summary>
    private static readonly ManualTimeProvider FixedClock = new(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Corpus_HasAtLeastTwoHundredDistinctRealResponses_EachWithItsSource()
    {
        var entries = Entries.Value;
        entries.Select(e => (e.Source, e.ResponseBody)).Distinct().Count().ShouldBeGreaterThanOrEqualTo(200);
        foreach (var entry in entries)
        {
            entry.Source.ShouldStartWith("https://", customMessage: $"line {entry.Line}");
            (entry.Body is null ^ entry.Msg is null).ShouldBeTrue($"line {entry.Line}: either the raw body or the printed message");
            if (entry.Msg is not null && entry.Quote is not null)
            {
                // The message was read off the quoted line (pretty-printed Python dicts wrap it, so compare without layout).
                Squeeze(entry.Quote).ShouldContain(Squeeze(entry.Msg), customMessage: $"line {entry.Line}");
            }
        }

        entries.Select(e => e.VenueValue).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, "Spot, USDⓈ-M and at least one more venue");
    }

    [Fact]
    public void EveryCodedResponse_KeepsItsCodeAndTheCatalogName()
    {
        foreach (var entry in Entries.Value.Where(e => e.Code is not null))
        {
            var error = Classify(entry);
            var where = $"line {entry.Line} {entry.Source}";
            error.Code.ShouldBe(entry.Code, where);
            if (UndocumentedCodes.Contains(entry.Code!.Value))
            {
                continue;
            }

            BinanceErrorCatalog.For(entry.VenueValue).TryGetDefinition(entry.Code.Value, out var definition).ShouldBeTrue(where);
            error.Definition.ShouldBeSameAs(definition, where);
            error.Name.ShouldBe(definition!.Name, where);
        }
    }

    [Fact]
    public void AtLeastNinetySevenPercent_MatchATemplate()
    {
        var entries = Entries.Value;
        var unmatched = entries.Where(e => Classify(e).Template is null).Select(e => $"line {e.Line} {e.Code} \"{e.Message}\" {e.Source}").ToArray();
        var matched = entries.Count - unmatched.Length;
        ((double)matched / entries.Count).ShouldBeGreaterThanOrEqualTo(0.97, string.Join(Environment.NewLine, unmatched));
    }

    [Fact]
    public void RecurringWordings_AllMatchATemplate()
    {
        // A wording two or more posts share is a real, recurring server text: it must be in the catalog.
        var recurring = Entries.Value.GroupBy(e => (e.VenueValue, e.Code, Wording: Wording(e.Message))).Where(g => g.Count() >= 2);
        foreach (var group in recurring)
        {
            var error = Classify(group.First());
            error.Template.ShouldNotBeNull($"{group.Key} seen {group.Count()} times, e.g. {group.First().Source}");
        }
    }

    [Fact]
    public void BanEnds_AreExtractedWhereverPresent()
    {
        var checkedCount = 0;
        foreach (var entry in Entries.Value)
        {
            var found = BannedUntilText().Match(entry.Message);
            if (!found.Success)
            {
                continue;
            }

            var error = Classify(entry);
            var expected = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(found.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
            error.BannedUntil.ShouldBe(expected, $"line {entry.Line}");
            error.GetArgument("bannedUntil").ShouldBe(found.Groups[1].Value, $"line {entry.Line}");
            error.Kind.ShouldBe(BinanceErrorKind.IpBanned, $"line {entry.Line}");
            error.Advice.Action.ShouldBe(RecoveryAction.HaltUntil, $"line {entry.Line}");
            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Limits_AndIntervals_AreExtractedWhereverPresent()
    {
        var checkedCount = 0;
        foreach (var entry in Entries.Value)
        {
            var found = LimitText().Match(entry.Message);
            if (!found.Success)
            {
                continue;
            }

            var error = Classify(entry);
            var where = $"line {entry.Line} \"{entry.Message}\"";
            error.GetArgument("limit").ShouldBe(found.Groups["limit"].Value, where);
            if (found.Groups["interval"].Success)
            {
                error.GetArgument("interval").ShouldBe(found.Groups["interval"].Value, where);
            }

            error.Kind.ShouldBe(BinanceErrorKind.RateLimited, where);
            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void IpAddresses_AreExtractedWhereverPresent()
    {
        var checkedCount = 0;
        foreach (var entry in Entries.Value)
        {
            var found = IpText().Match(entry.Message);
            if (!found.Success)
            {
                continue;
            }

            var error = Classify(entry);
            error.GetArgument("ip").ShouldBe(found.Groups["ip"].Value, $"line {entry.Line} \"{entry.Message}\"");
            checkedCount++;
        }

        checkedCount.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void ObservedTemplates_NameTheirSource()
    {
        foreach (var venue in BinanceErrorCatalog.Venues)
        {
            foreach (var template in BinanceErrorCatalog.For(venue).Definitions.SelectMany(d => d.Messages).Where(t => t.Form == MessageForm.Observed))
            {
                template.Source.ShouldNotBeNull(template.Text);
                template.Source.ShouldStartWith("https://", customMessage: template.Text);
                Entries.Value.ShouldContain(e => e.Source == template.Source, $"the source of \"{template.Text}\" is in the corpus");
            }
        }
    }

    private static string Squeeze(string text) => WhiteSpaceOrWrap().Replace(text.Replace("\\n", " ", StringComparison.Ordinal), string.Empty);

    private static string Wording(string message) => Digits().Replace(message.TrimEnd('.', ' '), "#");

    [GeneratedRegex("""banned until (\d{10,16})""")]
    private static partial Regex BannedUntilText();

    [GeneratedRegex("""limit (?:of IP\([^)]*\) )?is (?<limit>\d+) (?:request weight |requests |orders )?per (?<interval>\d+ [A-Z]+)?""")]
    private static partial Regex LimitText();

    [GeneratedRegex("""(?:IP\(|request ip: )(?<ip>[0-9a-fx*.:]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex IpText();

    [GeneratedRegex("""[\s"'`]+""")]
    private static partial Regex WhiteSpaceOrWrap();

    [GeneratedRegex("""\d+""")]
    private static partial Regex Digits();

    private sealed record CorpusEntry
    {
        public required string Venue { get; init; }

        public int? Status { get; init; }

        public int? Code { get; init; }

        public string? Body { get; init; }

        public string? Msg { get; init; }

        public string? Quote { get; init; }

        public required string Source { get; init; }

        public int Line { get; init; }

        public BinanceVenue VenueValue => Enum.Parse<BinanceVenue>(Venue);

        /// <summary>The body as the server sent it: the posted body, or the posted code and message re-serialized.</summary>
        public string ResponseBody => Body ?? (Code is { } code
            ? JsonSerializer.Serialize(new { code, msg = Msg })
            : JsonSerializer.Serialize(new { msg = Msg }));

        /// <summary>The server's message text, whichever way it was posted.</summary>
        public string Message => Msg ?? MessageOf(Body!);

        private static string MessageOf(string body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                return document.RootElement.TryGetProperty("msg", out var msg) ? msg.GetString() ?? string.Empty : string.Empty;
            }
            catch (JsonException)
            {
                return body;
            }
        }
    }
}
