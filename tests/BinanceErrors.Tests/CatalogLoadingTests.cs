using System.Collections;
using System.Reflection;
using System.Text.Json;
using BinanceErrors.Internal;

namespace BinanceErrors.Tests;

/// <summary>
/// Every field of the embedded catalog data reaches the catalog objects, for every venue: a fresh load is checked
/// against the embedded JSON read independently with <see cref="JsonDocument"/>.
/// </summary>
public sealed class CatalogLoadingTests
{
    private static readonly (BinanceVenue Venue, string File)[] Files =
        [(BinanceVenue.Spot, "spot"), (BinanceVenue.UsdMFutures, "usdm"), (BinanceVenue.CoinMFutures, "coinm"), (BinanceVenue.BinanceUs, "us")];

    [Fact]
    public void FreshLoad_CarriesEveryFieldOfTheEmbeddedData()
    {
        // The loader is called here rather than read through the process-wide catalog, so the load runs inside this
        // test (as it does in a host that loads the library afresh) and nothing it drops can hide behind a load that
        // happened earlier in another test.
        var assembly = typeof(BinanceErrorCatalog).Assembly;
        var venues = CatalogLoader.LoadVenues();
        venues.Length.ShouldBe(Files.Length);
        foreach (var (venue, file) in Files)
        {
            using var json = JsonDocument.Parse(Resource(assembly, file));
            CheckVenue(venue, json.RootElement, venues[(int)venue]);
        }

        using var fabricatedJson = JsonDocument.Parse(Resource(assembly, "not-binance-codes"));
        var fabricated = Items(CatalogLoader.LoadFabricated());
        var codes = fabricatedJson.RootElement.GetProperty("codes").EnumerateArray().ToList();
        fabricated.Count.ShouldBe(codes.Count);
        codes.Count.ShouldBeGreaterThan(0);
        for (var i = 0; i < codes.Count; i++)
        {
            Get(fabricated[i], "Code").ShouldBe(codes[i].GetProperty("code").GetInt32());
            Get(fabricated[i], "ClaimedMeaning").ShouldBe(codes[i].GetProperty("claimedMeaning").GetString());
            Get(fabricated[i], "Origin").ShouldBe(codes[i].GetProperty("origin").GetString());
            Get(fabricated[i], "RealForm").ShouldBe(codes[i].GetProperty("realForm").GetString());
            SameFilter(Get(fabricated[i], "Filter"), codes[i].GetProperty("filter").GetString());
        }
    }

    [Fact]
    public void EveryVenue_IsLoaded_AndUnknownVenuesAreRefused()
    {
        foreach (var (venue, _) in Files)
        {
            BinanceErrorCatalog.For(venue).Venue.ShouldBe(venue);
            BinanceErrorCatalog.TryGetDefinition(venue, -1000, out var unknown).ShouldBeTrue();
            unknown.Venue.ShouldBe(venue);
        }

        Should.Throw<ArgumentOutOfRangeException>(() => BinanceErrorCatalog.For((BinanceVenue)4)).ParamName.ShouldBe("venue");
        Should.Throw<ArgumentOutOfRangeException>(() => BinanceErrorCatalog.For((BinanceVenue)(-1)));
        BinanceErrorCatalog.TryGetDefinition((BinanceVenue)4, -1000, out var none).ShouldBeFalse();
        none.ShouldBeNull();
        BinanceErrorCatalog.TryGetDefinition((BinanceVenue)(-1), -1000, out _).ShouldBeFalse();
    }

    private static void CheckVenue(BinanceVenue venue, JsonElement root, object catalog)
    {
        var name = venue.ToString();
        Get(catalog, "Venue")!.ToString().ShouldBe(name);
        Get(catalog, "Title").ShouldBe(root.GetProperty("title").GetString());
        Strings(Get(catalog, "Sources")).ShouldBe(JsonStrings(root, "sources"));

        var categories = Items(Get(catalog, "Categories")!);
        var jsonCategories = root.GetProperty("categories").EnumerateArray().ToList();
        categories.Count.ShouldBe(jsonCategories.Count, name);
        for (var i = 0; i < categories.Count; i++)
        {
            Get(categories[i], "Id").ShouldBe(jsonCategories[i].GetProperty("id").GetString());
            Get(categories[i], "Title").ShouldBe(jsonCategories[i].GetProperty("title").GetString());
        }

        var definitions = Items(Get(catalog, "Definitions")!);
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        definitions.Count.ShouldBe(errors.Count, name);
        for (var i = 0; i < errors.Count; i++)
        {
            var e = errors[i];
            var d = definitions[i];
            var where = $"{name} {e.GetProperty("code").GetInt32()}";
            Get(d, "Venue")!.ToString().ShouldBe(name, where);
            Get(d, "Code").ShouldBe(e.GetProperty("code").GetInt32(), where);
            Get(d, "Name").ShouldBe(e.GetProperty("name").GetString(), where);
            Strings(Get(d, "Aliases")).ShouldBe(JsonStrings(e, "aliases"), where);
            Get(Get(d, "Category")!, "Id").ShouldBe(e.GetProperty("category").GetString(), where);
            Get(d, "Meaning").ShouldBe(e.GetProperty("meaning").GetString(), where);
            Get(d, "Hint").ShouldBe(e.GetProperty("hint").GetString(), where);
            Get(d, "Kind")!.ToString().ShouldBe(e.GetProperty("kind").GetString(), where);
            Get(d, "ExecutionUnknown").ShouldBe(Flag(e, "executionUnknown"), where);
            Get(d, "RetrySafe").ShouldBe(Flag(e, "retrySafe"), where);
            Get(d, "IsRetired").ShouldBe(Flag(e, "retired"), where);
            Get(d, "Note").ShouldBe(e.TryGetProperty("note", out var note) ? note.GetString() : null, where);
            Get(d, "MessagesFrom")!.ToString()!.ToUpperInvariant().ShouldBe((e.TryGetProperty("messagesFrom", out var from) ? from.GetString()! : "Own").ToUpperInvariant(), where);
            SameFilter(Get(d, "Filter"), e.TryGetProperty("filter", out var filter) ? filter.GetString() : null);
            CheckTemplates(Items(Get(d, "Messages")!), [.. e.GetProperty("messages").EnumerateArray()], where);
        }

        var engine = Items(Get(catalog, "MatchingEngineMessages")!);
        var jsonEngine = root.GetProperty("matchingEngineMessages").EnumerateArray().ToList();
        engine.Count.ShouldBe(jsonEngine.Count, name);
        for (var i = 0; i < engine.Count; i++)
        {
            CheckTemplate(Get(engine[i], "Template")!, jsonEngine[i], name);
            Get(engine[i], "Reason")!.ToString().ShouldBe(jsonEngine[i].GetProperty("reason").GetString());
            Get(engine[i], "Meaning").ShouldBe(jsonEngine[i].GetProperty("meaning").GetString());
            Get(engine[i], "Kind")?.ToString().ShouldBe(jsonEngine[i].TryGetProperty("kind", out var kind) ? kind.GetString() : null);
        }

        var filters = Items(Get(catalog, "FilterFailures")!);
        var jsonFilters = root.GetProperty("filterFailures").EnumerateArray().ToList();
        filters.Count.ShouldBe(jsonFilters.Count, name);
        for (var i = 0; i < filters.Count; i++)
        {
            CheckTemplate(Get(filters[i], "Template")!, jsonFilters[i], name);
            Get(filters[i], "Meaning").ShouldBe(jsonFilters[i].GetProperty("meaning").GetString());
            SameFilter(Get(filters[i], "Filter"), jsonFilters[i].GetProperty("filter").GetString());
        }

        var statuses = Items(Get(catalog, "StatusMessages")!);
        var jsonStatuses = root.GetProperty("statusMessages").EnumerateArray().ToList();
        statuses.Count.ShouldBe(jsonStatuses.Count, name);
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = jsonStatuses[i].GetProperty("status");
            Get(statuses[i], "HttpStatus").ShouldBe(status.ValueKind == JsonValueKind.Number ? status.GetInt32() : null);
            CheckTemplate(Get(statuses[i], "Template")!, jsonStatuses[i], name);
            Get(statuses[i], "Kind")!.ToString().ShouldBe(jsonStatuses[i].GetProperty("kind").GetString());
            Get(statuses[i], "Meaning").ShouldBe(jsonStatuses[i].GetProperty("meaning").GetString());
        }
    }

    private static void CheckTemplates(List<object> templates, List<JsonElement> json, string where)
    {
        templates.Count.ShouldBe(json.Count, where);
        for (var i = 0; i < json.Count; i++)
        {
            CheckTemplate(templates[i], json[i], where);
        }
    }

    private static void CheckTemplate(object template, JsonElement json, string where)
    {
        Get(template, "Text").ShouldBe(json.GetProperty("text").GetString(), where);
        Get(template, "Form")!.ToString()!.ToUpperInvariant().ShouldBe((json.TryGetProperty("form", out var form) ? form.GetString()! : "Server").ToUpperInvariant(), where);
        Strings(Get(template, "ArgumentNames")).ShouldBe(JsonStrings(json, "args"), where);
        Get(template, "Source").ShouldBe(json.TryGetProperty("source", out var source) ? source.GetString() : null, where);

        // What the template works out from its text once, at load, checked here on the fresh load: the process-wide
        // catalog is built once per process, so a load that computes these wrongly would go unseen there.
        var t = (MessageTemplate)template;
        var text = json.GetProperty("text").GetString()!;
        var args = JsonStrings(json, "args");
        var literals = Placeholder.Split(text);
        t.Literals.ShouldBe(literals, where);
        t.Pattern.Normalized.ShouldBe(MessageText.Normalize(text), where);
        t.Pattern.PlaceholderCount.ShouldBe(Math.Min(literals.Length - 1, TemplatePattern.MaxPlaceholders), where);
        (t.ArgumentCount, t.HasArguments).ShouldBe((args.Length, args.Length > 0), where);
        (t.BannedUntilIndex, t.IntervalIndex).ShouldBe((Array.IndexOf(args, "bannedUntil"), Array.IndexOf(args, "interval")), where);
        // The tail is what normalizing cut off the end (a final period), kept only when it changed nothing else.
        var onlyTheEndCut = text.StartsWith(t.Pattern.Normalized, StringComparison.Ordinal) && args.Length == literals.Length - 1;
        t.ExactTail.ShouldBe(onlyTheEndCut ? text[t.Pattern.Normalized.Length..] : null, where);
    }

    // FilterType names are the exchange's names in PascalCase ("LOT_SIZE" → LotSize); unknown names are no filter.
    private static void SameFilter(object? actual, string? documented)
    {
        if (documented is null)
        {
            actual.ShouldBeNull();
            return;
        }

        var expected = FilterTypeNames.TryParse(documented, out var type) ? type.ToString() : null;
        (actual?.ToString() is "Unknown" ? null : actual?.ToString()).ShouldBe(expected is "Unknown" ? null : expected, documented);
    }

    private static readonly System.Text.RegularExpressions.Regex Placeholder = new("%s|%d|%b|\\{param\\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool Flag(JsonElement e, string property) => e.TryGetProperty(property, out var value) && value.GetBoolean();

    private static object? Get(object target, string property) =>
        (target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{target.GetType().Name} has no property {property}")).GetValue(target);

    private static List<object> Items(object list) => [.. ((IEnumerable)list).Cast<object>()];

    private static string[] Strings(object? list) => [.. ((IEnumerable)list!).Cast<string>()];

    private static string[] JsonStrings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var array) ? [.. array.EnumerateArray().Select(x => x.GetString()!)] : [];

    private static byte[] Resource(Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream($"BinanceErrors.Catalog.{file}.json")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
