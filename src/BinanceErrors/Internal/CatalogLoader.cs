using System.Text.Json;

namespace BinanceErrors.Internal;

/// <summary>Reads the embedded per-venue JSON files into catalog objects, once.</summary>
internal static class CatalogLoader
{
    public static VenueCatalog[] LoadVenues()
    {
        // Each venue's file is named by the venue's name: spot.json, usdm.json, coinm.json, us.json.
        var venues = Enum.GetValues<BinanceVenue>();
        var result = new VenueCatalog[venues.Length];
        foreach (var venue in venues)
        {
            using var document = JsonDocument.Parse(ReadResource(BinanceVenueNames.Of(venue)));
            result[(int)venue] = ReadVenue(venue, document.RootElement);
        }

        return result;
    }

    public static FabricatedCode[] LoadFabricated()
    {
        using var document = JsonDocument.Parse(ReadResource("not-binance-codes"));
        return
        [
            .. document.RootElement.GetProperty("codes").EnumerateArray().Select(e => new FabricatedCode(
                e.GetProperty("code").GetInt32(),
                e.GetProperty("claimedMeaning").GetString()!,
                FilterTypeNames.TryParse(e.GetProperty("filter").GetString(), out var f) ? f : null,
                e.GetProperty("origin").GetString()!,
                e.GetProperty("realForm").GetString()!)),
        ];
    }

    private static byte[] ReadResource(string file)
    {
        var name = $"BinanceErrors.Catalog.{file}.json";
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The catalog resource '{name}' is missing from {typeof(CatalogLoader).Assembly.GetName().Name}.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static VenueCatalog ReadVenue(BinanceVenue venue, JsonElement root)
    {
        var categories = root.GetProperty("categories").EnumerateArray()
            .Select(c => new ErrorCategory(c.GetProperty("id").GetString()!, c.GetProperty("title").GetString()!))
            .ToArray();
        var categoryById = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);

        var definitions = root.GetProperty("errors").EnumerateArray().Select(e => new ErrorDefinition(
            venue,
            e.GetProperty("code").GetInt32(),
            e.GetProperty("name").GetString()!,
            Strings(e, "aliases"),
            categoryById[e.GetProperty("category").GetString()!],
            [.. e.GetProperty("messages").EnumerateArray().Select(ReadTemplate)],
            e.GetProperty("meaning").GetString()!,
            e.GetProperty("hint").GetString()!,
            Enum.Parse<BinanceErrorKind>(e.GetProperty("kind").GetString()!),
            Bool(e, "executionUnknown"),
            Bool(e, "retrySafe"),
            Bool(e, "retired"),
            e.TryGetProperty("filter", out var filter) && FilterTypeNames.TryParse(filter.GetString(), out var type) ? type : null,
            e.TryGetProperty("messagesFrom", out var from) ? Enum.Parse<CatalogMessageSource>(from.GetString()!, ignoreCase: true) : CatalogMessageSource.Own,
            e.TryGetProperty("note", out var note) ? note.GetString() : null)).ToArray();

        var matchingEngine = root.GetProperty("matchingEngineMessages").EnumerateArray().Select(m => new MatchingEngineMessage(
            ReadTemplate(m),
            Enum.Parse<MatchingEngineReason>(m.GetProperty("reason").GetString()!),
            m.GetProperty("meaning").GetString()!,
            m.TryGetProperty("kind", out var kind) ? Enum.Parse<BinanceErrorKind>(kind.GetString()!) : null)).ToArray();

        var filters = root.GetProperty("filterFailures").EnumerateArray().Select(m => new FilterFailureMessage(
            ReadTemplate(m),
            FilterTypeNames.TryParse(m.GetProperty("filter").GetString(), out var f) ? f : FilterType.Unknown,
            m.GetProperty("meaning").GetString()!)).ToArray();

        var statusMessages = root.GetProperty("statusMessages").EnumerateArray().Select(m => new HttpStatusMessage(
            m.GetProperty("status").ValueKind == JsonValueKind.Number ? m.GetProperty("status").GetInt32() : null,
            ReadTemplate(m),
            Enum.Parse<BinanceErrorKind>(m.GetProperty("kind").GetString()!),
            m.GetProperty("meaning").GetString()!)).ToArray();

        return new VenueCatalog(
            venue,
            root.GetProperty("title").GetString()!,
            Strings(root, "sources"),
            categories,
            definitions,
            matchingEngine,
            filters,
            statusMessages);
    }

    private static MessageTemplate ReadTemplate(JsonElement m) => new(
        m.GetProperty("text").GetString()!,
        m.TryGetProperty("form", out var form) ? Enum.Parse<MessageForm>(form.GetString()!, ignoreCase: true) : MessageForm.Server,
        Strings(m, "args"),
        m.TryGetProperty("source", out var source) ? source.GetString() : null);

    private static string[] Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var array) ? [.. array.EnumerateArray().Select(x => x.GetString()!)] : [];

    private static bool Bool(JsonElement e, string property) => e.TryGetProperty(property, out var value) && value.GetBoolean();
}
