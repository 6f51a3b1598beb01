using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// Every Binance error code, per venue, loaded once from the embedded catalog data. Lookups never throw: an
/// unknown code, a retired code and a number invented by third parties each get their own answer.
/// </summary>
public static class BinanceErrorCatalog
{
    private static readonly Lazy<VenueCatalog[]> VenuesLazy = new(CatalogLoader.LoadVenues, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FabricatedCode[]> FabricatedLazy = new(CatalogLoader.LoadFabricated, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The venues the catalog covers.</summary>
    public static IReadOnlyList<BinanceVenue> Venues { get; } =
        [BinanceVenue.Spot, BinanceVenue.UsdMFutures, BinanceVenue.CoinMFutures, BinanceVenue.BinanceUs];

    /// <summary>Numbers that third-party references present as Binance codes although Binance never sends them.</summary>
    public static IReadOnlyList<FabricatedCode> FabricatedCodes => FabricatedLazy.Value;

    /// <summary>The catalog of one venue.</summary>
    /// <param name="venue">The venue.</param>
    /// <returns>The venue's catalog.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="BinanceVenue"/>.</exception>
    public static VenueCatalog For(BinanceVenue venue)
    {
        if ((uint)venue >= (uint)VenuesLazy.Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(venue), venue, "Not a defined BinanceVenue.");
        }

        return VenuesLazy.Value[(int)venue];
    }

    /// <summary>Finds a code's definition on a venue without allocating; <see langword="false"/> for an undefined venue value.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="code">The error code.</param>
    /// <param name="definition">The definition when the venue has the code.</param>
    /// <returns><see langword="true"/> when the venue has the code.</returns>
    public static bool TryGetDefinition(BinanceVenue venue, int code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ErrorDefinition? definition)
    {
        var venues = VenuesLazy.Value;
        if ((uint)venue < (uint)venues.Length)
        {
            return venues[(int)venue].TryGetDefinition(code, out definition);
        }

        definition = null;
        return false;
    }

    /// <summary>
    /// The text the exchange sends for a code with this many placeholders: the venue's first server text, or Spot's
    /// where the venue documents none (Binance.US and the testnet follow Spot's texts).
    /// </summary>
    /// <param name="venue">The venue.</param>
    /// <param name="code">The code.</param>
    /// <param name="placeholders">How many placeholders the text has.</param>
    /// <returns>The template, or <see langword="null"/> when neither venue has one.</returns>
    public static MessageTemplate? FindServerMessage(BinanceVenue venue, int code, int placeholders)
    {
        static MessageTemplate? Find(BinanceVenue v, int c, int n) =>
            TryGetDefinition(v, c, out var definition)
                ? definition.Messages.FirstOrDefault(m => m.Form == MessageForm.Server && m.ArgumentNames.Count == n)
                : null;

        return Find(venue, code, placeholders) ?? Find(BinanceVenue.Spot, code, placeholders);
    }

    /// <summary>The matching-engine message for a reason: the venue's, or Spot's where the venue does not list it.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The message, or <see langword="null"/> for <see cref="MatchingEngineReason.Unknown"/>.</returns>
    public static MatchingEngineMessage? FindMatchingEngineMessage(BinanceVenue venue, MatchingEngineReason reason) =>
        For(venue).MatchingEngineMessages.FirstOrDefault(m => m.Reason == reason)
        ?? For(BinanceVenue.Spot).MatchingEngineMessages.FirstOrDefault(m => m.Reason == reason);

    /// <summary>Looks a code up on a venue and says what it is, including when it is not a Binance code at all.</summary>
    /// <param name="venue">The venue.</param>
    /// <param name="code">The code, e.g. -2010.</param>
    /// <returns>The answer; never <see langword="null"/>.</returns>
    public static CodeLookup Lookup(BinanceVenue venue, int code)
    {
        var others = Venues
            .Where(v => v != venue)
            .Select(v => TryGetDefinition(v, code, out var d) ? d : null)
            .OfType<ErrorDefinition>()
            .ToArray();

        if (TryGetDefinition(venue, code, out var definition))
        {
            var status = definition.IsRetired ? CodeLookupStatus.Retired : CodeLookupStatus.Defined;
            return new CodeLookup(venue, code, status, definition, null, others);
        }

        var fabricated = FabricatedCodes.FirstOrDefault(f => f.Code == code);
        return fabricated is not null
            ? new CodeLookup(venue, code, CodeLookupStatus.NotABinanceCode, null, fabricated, others)
            : new CodeLookup(venue, code, CodeLookupStatus.NotInCatalog, null, null, others);
    }
}
